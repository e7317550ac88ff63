import { plural } from "../words";
/**
 * A content problem names the file, the line when known, the field, and what is
 * expected, so that the author can fix it without reading any code.
 */
export type ContentProblem = {
  /** Path relative to the project root, e.g. "content/talks/foo.mdx". */
  file: string;
  /** 1-based line in the file, when the problem can be placed. */
  line?: number;
  /** Front-matter field path such as "events[1].date", or "body" for the MDX. */
  field?: string;
  message: string;
};

/** `content/talks/foo.mdx:7: events[1].date: expected …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/**
 * Thrown when any content file (a talk, the profile) is invalid. It carries every problem in every file,
 * not just the first, so one build shows the author everything to fix.
 */
export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];

  /** `what` begins the message: "Invalid talk content: 2 problems in 1 file". */
  constructor(problems: readonly ContentProblem[], what = "talk content") {
    const files = new Set(problems.map((problem) => problem.file)).size;
    const heading = `Invalid ${what}: ${plural(problems.length, "problem", "problems")} in ${plural(files, "file", "files")}`;
    super([heading, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join("\n"));
    this.name = "ContentError";
    // Not enumerable: the message already lists every problem, and Node would print the array again.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
  }
}

/** ["events", 1, "date"] -> "events[1].date" */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/**
 * The message of a custom field check: "is required: expected X" for a missing field,
 * "is empty: …" for `field:` alone, else "expected X, got …".
 */
export function expectation(value: unknown, expected: string): string {
  if (value === undefined) return `is required: expected ${expected}`;
  if (value === null) return `is empty: expected ${expected}`;
  return `expected ${expected}, got ${describeValue(value)}`;
}

/** A short, quoted rendering of what the author wrote, for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return value === "" ? "an empty string" : JSON.stringify(truncate(value));
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  return JSON.stringify(value);
}

/** What the author wrote, cut to 60 characters for a message: a name or value can be any length. */
export function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
