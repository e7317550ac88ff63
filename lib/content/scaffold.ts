/**
 * The text `npm run new-talk` writes for the author to replace, in one place: the scaffold
 * writes it, and the content check refuses it in a published talk (a draft may keep it while
 * it is being written), so that it can never reach a page.
 */

/** The summary's placeholder, two lines of the scaffold's folded `summary: >-`. */
export const SUMMARY_PLACEHOLDER = [
  "One or two sentences on what the talk is about, for the index and search results.",
  "Replace this summary (280 characters at most).",
] as const;

/** The abstract's placeholder paragraph. */
export const ABSTRACT_PLACEHOLDER = [
  "Replace this paragraph with the talk's abstract: what it covers and what the audience",
  "takes away. Markdown works, and so do the link components, e.g.",
  '<EventLink href="https://example.com/schedule">the session page</EventLink>.',
] as const;

// What gives each placeholder away, even after the rest of its text was edited.
const SUMMARY_MARK = "Replace this summary";
const ABSTRACT_MARKS = ["Replace this paragraph with the talk's abstract", "https://example.com/schedule"];

type PlaceholderProblem = { line?: number; field: string; message: string };

/**
 * The placeholders still in a talk's summary (with the line of its field) and abstract;
 * `bodyStartLine` is the file line the abstract starts on.
 */
export function scaffoldPlaceholders(
  summary: { text: string; line?: number },
  body: string,
  bodyStartLine: number,
): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  if (summary.text.includes(SUMMARY_MARK)) {
    problems.push({
      line: summary.line,
      field: "summary",
      message: "still holds the text npm run new-talk wrote to be replaced; write the talk's summary, or keep the talk a draft (draft: true) until it is ready",
    });
  }
  const lines = body.split("\n");
  const index = lines.findIndex((line) => ABSTRACT_MARKS.some((mark) => line.includes(mark)));
  if (index !== -1) {
    problems.push({
      line: bodyStartLine + index,
      field: "body",
      message: "still holds the paragraph npm run new-talk wrote to be replaced; write the talk's abstract, or keep the talk a draft (draft: true) until it is ready",
    });
  }
  return problems;
}
