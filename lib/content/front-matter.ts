import matter from "gray-matter";
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";

import { describeCharacter, findUnsafeCharacter, unsafeCharacters, unsafeReason } from "./characters";
import { fileStateProblem, formatBytes, readTextFile } from "./files";
import { MAX_CONTENT_FILE_BYTES } from "./limits";
import { describeValue, expectation, formatFieldPath, truncate, type ContentProblem } from "./problems";

/**
 * Reading an MDX file's front matter, shared by every kind of content file (talks, the
 * speaker's profile), so that each gets the same encoding rules, YAML rules, line numbers
 * and wording of messages.
 */

/** YAML syntax errors reported for one file, at most. */
const MAX_YAML_PROBLEMS = 10;

/** The line of a field (`["events", 1, "date"]`) in the file, or of its unknown `key` there. */
export type LocateField = (fieldPath: readonly PropertyKey[], key?: string) => number | undefined;

export type FrontMatterFile =
  | {
      ok: true;
      /** The front matter as plain data, not yet validated. */
      data: unknown;
      /** The MDX after the closing ---. */
      content: string;
      /** The file line the body starts on. */
      bodyStartLine: number;
      locate: LocateField;
    }
  | { ok: false; problems: ContentProblem[] };

/**
 * Reads `filePath` and parses its front matter; `bodyName` names what follows it in
 * messages ("the abstract"). Problems name `sourcePath`, the path relative to the project.
 */
export function readFrontMatterFile(filePath: string, sourcePath: string, bodyName: string): FrontMatterFile {
  const fail = (problem: Omit<ContentProblem, "file">): FrontMatterFile => ({
    ok: false,
    problems: [{ file: sourcePath, ...problem }],
  });

  const fix = "put a text file here";
  const read = readTextFile(filePath, {
    maxBytes: MAX_CONTENT_FILE_BYTES,
    fix,
    tooLarge: (size) =>
      `the file is ${formatBytes(size)}, more than the ${formatBytes(MAX_CONTENT_FILE_BYTES)} a content file may be; keep the text to what a page shows (a transcript goes in content/transcripts/)`,
  });
  if (!read) return fail({ line: 1, message: fileStateProblem("missing", "the file", fix)! });
  if (!read.ok) return fail({ line: 1, message: read.message });
  // A byte-order mark and Windows line endings are harmless; normalise them once here.
  const source = read.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  const unsafe = unsafeCharacters(source);
  if (unsafe.length > 0) {
    return { ok: false, problems: unsafe.map(({ line, message }) => ({ file: sourcePath, line, message: `the line ${message}` })) };
  }

  if (source.trim() === "") {
    return fail({ line: 1, message: `the file is empty; expected front matter between two --- lines, then ${bodyName}` });
  }
  if (!/^---[ \t]*\n/.test(source)) {
    return fail({ line: 1, message: "expected the file to start with front matter: a line of three dashes (---), the fields, then another ---" });
  }
  // gray-matter looks for the closing fence as "\n---"; without one it would take the whole file as YAML.
  if (source.indexOf("\n---", 3) === -1) {
    return fail({ line: 1, message: "the front matter is never closed: add a line of three dashes (---) after the last field" });
  }

  // gray-matter finds the front matter; YAML 1.2's core schema parses it, so that
  // unquoted dates stay text (js-yaml would turn 2021-02-30 into 2 March) and so
  // that each field keeps its position for messages.
  const lineCounter = new LineCounter();
  let yamlDocument: Document | undefined;
  // Anchors, aliases and tags, found once by the engine before anything is converted.
  let featureProblems: Omit<ContentProblem, "file">[] = [];
  const parsed = matter(source, {
    engines: {
      yaml: (frontMatter: string): object => {
        yamlDocument = parseDocument(frontMatter, { schema: "core", uniqueKeys: true, lineCounter });
        if (yamlDocument.errors.length > 0) return {};
        featureProblems = yamlFeatureProblems(yamlDocument, lineCounter);
        if (featureProblems.length > 0) return {};
        // No anchors or aliases reach here (refused above), so nothing can expand.
        return (yamlDocument.toJS({ maxAliasCount: 0 }) as object | null) ?? {};
      },
    },
  });

  // The front matter text starts right after the opening "---", so YAML's line N is the file's line N.
  const yamlErrors = yamlDocument?.errors ?? [];
  if (yamlErrors.length > 0) {
    const problems: ContentProblem[] = [];
    for (const error of yamlErrors) {
      // YAML notices an unclosed quote only where the input ends; point at where it opens.
      const openingLine = error.code === "MISSING_CHAR" ? lineOfUnclosedQuote(parsed.matter) : undefined;
      const line = openingLine ?? error.linePos?.[0].line;
      const duplicateKey = error.code === "DUPLICATE_KEY" && line ? /^\s*(?:-\s+)?([^:#]+):/.exec(parsed.matter.split("\n")[line - 1] ?? "")?.[1] : undefined;
      let message = `YAML syntax error: ${error.message.split(" at line ")[0]}`;
      if (openingLine) message = "YAML syntax error: a quoted value is never closed; end it with the same quote mark it starts with";
      else if (duplicateKey) message = `YAML syntax error: the field "${truncate(duplicateKey.trim())}" is given twice; keep one`;
      else if (error.code === "TAB_AS_INDENT") message = "YAML syntax error: a tab is used to indent; indent with spaces";
      else if (error.code === "RESOURCE_EXHAUSTION") message = "the front matter nests lists or groups too deeply to read; a field needs at most three levels";
      // The parser's own words may quote the offending text at length.
      if (message.length > 200) message = `${message.slice(0, 197)}...`;
      if (!problems.some((problem) => problem.line === line && problem.message === message)) problems.push({ file: sourcePath, line, message });
    }
    // One broken bracket can make hundreds of errors; the first few say where to look.
    if (problems.length > MAX_YAML_PROBLEMS) {
      const more = problems.length - MAX_YAML_PROBLEMS;
      problems.splice(MAX_YAML_PROBLEMS, more, { file: sourcePath, message: `and ${more} more YAML syntax errors, which fixing the ones above may clear` });
    }
    return { ok: false, problems };
  }

  if (featureProblems.length > 0) return { ok: false, problems: featureProblems.map((problem) => ({ file: sourcePath, ...problem })) };

  if (yamlDocument && !isMap(yamlDocument.contents) && yamlDocument.contents !== null) {
    return fail({ line: 2, message: "expected the front matter to be fields, one `name: value` per line" });
  }

  const document = yamlDocument;
  const locate: LocateField = (fieldPath, key) => (document ? lineOfField(document, lineCounter, fieldPath, key) : undefined);
  // YAML's escapes ("\u0000", "\e") write, in plain text, the characters the file's text may not hold.
  const escaped = unsafeValueProblems(parsed.data, locate);
  if (escaped.length > 0) return { ok: false, problems: escaped.map((problem) => ({ file: sourcePath, ...problem })) };

  return {
    ok: true,
    data: parsed.data,
    content: parsed.content,
    bodyStartLine: source.slice(0, source.length - parsed.content.length).split("\n").length,
    locate,
  };
}

/**
 * YAML can do more than a content file needs, and each extra is refused with its line:
 * anchors and aliases (`&x`, `*x`), with which a few hundred bytes expand into gigabytes
 * (the "billion laughs"), and tags (`!!js/function`, `!!binary`), which some YAML readers
 * turn into code or bytes and this one would read as plain text without a word.
 */
function yamlFeatureProblems(document: Document, lineCounter: LineCounter): Omit<ContentProblem, "file">[] {
  const problems: Omit<ContentProblem, "file">[] = [];
  const reported = new Set<string>();
  const report = (line: number | undefined, message: string) => {
    // One line may repeat an alias many times (the "billion laughs" does): once is enough.
    if (reported.has(`${line}:${message}`)) return;
    reported.add(`${line}:${message}`);
    problems.push({ line, message });
  };
  const lineOf = (node: { range?: [number, number, number] | null }) => (node.range ? lineCounter.linePos(node.range[0]).line : undefined);
  visit(document, {
    Node(_key, node) {
      if (isAlias(node)) {
        report(lineOf(node), `YAML aliases (*${truncate(node.source)}) are not read in content files; write the value out in full`);
      } else if (node.anchor) {
        report(lineOf(node), `YAML anchors (&${truncate(node.anchor)}) are not read in content files; remove it and write each value out in full`);
      } else if (node.tag) {
        const tag = truncate(node.tag.replace(/^tag:yaml\.org,2002:/, "!!"));
        report(lineOf(node), `YAML tags (${tag}) are not read in content files; remove the tag and write the value as plain text`);
      }
    },
  });
  return problems;
}

/** Every text value of the front matter holding an unsafe character, with its field and line. */
function unsafeValueProblems(data: unknown, locate: LocateField): Omit<ContentProblem, "file">[] {
  const problems: Omit<ContentProblem, "file">[] = [];
  // Without recursion: YAML has already bounded how deep the data goes, but a walk need not rely on it.
  const stack: { value: unknown; fieldPath: (string | number)[] }[] = [{ value: data, fieldPath: [] }];
  while (stack.length > 0) {
    const { value, fieldPath } = stack.pop()!;
    if (typeof value === "string") {
      const unsafe = findUnsafeCharacter(value);
      if (unsafe) {
        problems.push({
          line: locate(fieldPath),
          field: formatFieldPath(fieldPath),
          message: `holds ${describeCharacter(unsafe.character)}, written as a YAML escape (such as "\\u0000" or "\\e"), ${unsafeReason(unsafe.character)}; remove the escape`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, fieldPath: [...fieldPath, index] }));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, fieldPath: [...fieldPath, key] });
    }
  }
  return problems.reverse();
}

/**
 * Every zod issue as a problem with its line: unknown fields with "did you mean", the
 * generic issues (missing, empty, wrong type, too long) worded for the author.
 * `knownFieldsAt` lists the fields allowed at a path, for the unknown-field message.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  sourcePath: string,
  locate: LocateField,
  knownFieldsAt: (fieldPath: readonly PropertyKey[]) => string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          file: sourcePath,
          line: locate(issue.path, key),
          field: formatFieldPath([...issue.path, key]),
          message: describeUnknownField(key, knownFieldsAt(issue.path)),
        });
      }
      continue;
    }
    problems.push({
      file: sourcePath,
      line: locate(issue.path),
      field: formatFieldPath(issue.path),
      message: describeIssue(issue),
    });
  }
  return problems;
}

const EXPECTED_TYPE_NAMES: Record<string, string> = {
  string: "text",
  array: "a list (one `- item` per line)",
  object: "a group of fields",
  boolean: "true or false",
  number: "a number",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      return expectation(issue.input, EXPECTED_TYPE_NAMES[issue.expected] ?? issue.expected);
    }
    case "too_small":
      if (issue.origin === "array") return `expected at least ${issue.minimum} entry, got an empty list`;
      return `expected text, got ${describeValue(issue.input)}`;
    case "too_big":
      if (issue.origin === "string" && typeof issue.input === "string") {
        return `expected at most ${issue.maximum} characters, got ${issue.input.length}`;
      }
      return `expected at most ${issue.maximum} entries`;
    default:
      return issue.message;
  }
}

function describeUnknownField(key: string, known: readonly string[]): string {
  const suggestion = known.find((name) => editDistance(name.toLowerCase(), key.toLowerCase()) <= 2);
  const hint = suggestion ? `did you mean "${suggestion}"? ` : "";
  return `unknown field "${truncate(key)}"; ${hint}known fields here: ${known.join(", ")}`;
}

/** Levenshtein distance, for "did you mean" on misspelt field names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The line of a field in the file: the field itself when it exists, else (a missing
 * field) the nearest enclosing group, so the message still points somewhere useful.
 */
function lineOfField(
  document: Document,
  lineCounter: LineCounter,
  fieldPath: readonly PropertyKey[],
  key?: string,
): number | undefined {
  const segments = fieldPath.filter((segment): segment is string | number => typeof segment !== "symbol");
  for (let length = segments.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(segments.slice(0, length), true);
    if (!isNode(node) || !node.range) continue;
    if (key !== undefined && length === segments.length && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) return lineCounter.linePos(keyRange[0]).line;
    }
    return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The line (1-based, as in the file) whose value opens a quote that the line does not close. */
function lineOfUnclosedQuote(frontMatter: string): number | undefined {
  const lines = frontMatter.split("\n");
  for (let index = lines.length - 1; index >= 0; index--) {
    const opening = /^\s*(?:-\s+)?(?:[^"':#]+:\s+)?(["'])(.*)$/.exec(lines[index] ?? "");
    if (opening && !opening[2]!.includes(opening[1]!)) return index + 1;
  }
  return undefined;
}
