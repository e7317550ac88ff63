import fs from "node:fs";
import path from "node:path";

import matter from "gray-matter";
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";

import { parsePdfPath } from "../embeds";
import { isOnlineLocation, placeOf, prepareLocations, type Place } from "../places";

import { checkMdxBody, type TalkPageReference } from "./mdx-body";
import { comparePartialDates, toIsoString, type PartialDate } from "./partial-date";
import { ContentError, describeValue, formatFieldPath, type ContentProblem } from "./problems";
import {
  eventSchema,
  linkSchema,
  speakerSchema,
  talkFrontMatterSchema,
  type TalkEventFrontMatter,
  type TalkLink,
  type TalkSpeaker,
} from "./schema";
import { eventSlug } from "./slug";

/**
 * An event as the pages read it: its front matter, and where it took place, resolved from
 * `location` by the gazetteer (lib/places.ts) or given as `coordinates`. `place` is absent
 * when the event has neither; `{ kind: "online" }` for "Online".
 */
export type TalkEvent = TalkEventFrontMatter & { place?: Place };
export type { Place, TalkLink, TalkSpeaker };

/** A validated talk, as every page, feed and test reads it. */
export type Talk = {
  /** The file name without `.mdx`; the talk's URL is /talks/<slug>. */
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  slides?: string;
  links: TalkLink[];
  speakers: TalkSpeaker[];
  /** Newest first. */
  events: TalkEvent[];
  /** The latest event's date. */
  date: PartialDate;
  draft: boolean;
  /** The MDX abstract, already checked by `checkMdxBody`. */
  body: string;
  /** Relative to the project root, for messages. */
  sourcePath: string;
};

export type LoadTalksOptions = {
  /** Drafts are shown while writing (`npm run dev`) and left out of production builds. */
  includeDrafts: boolean;
  /**
   * The folder the site serves files from, where a deck such as `slides: /slides/x.pdf`
   * must exist. Defaults to the project's public/ (the working directory's), as for the
   * build and the scripts; tests point it at a fixture folder.
   */
  publicDirectory?: string;
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TALK_FILE_EXTENSION = ".mdx";

/**
 * Reads every talk file in `directory`, validates it and returns the talks newest
 * first (ties by title). Throws one ContentError listing every problem in every
 * file, so a single run shows the author all there is to fix.
 */
export function loadTalks(directory: string, options: LoadTalksOptions): Talk[] {
  const filePaths = fs
    .readdirSync(directory, { withFileTypes: true })
    // Dotfiles (.gitkeep, editor swap files) and folders are not talks.
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(directory, entry.name))
    .sort();
  return loadTalkFiles(filePaths, options);
}

/** As `loadTalks`, for an explicit list of files. */
export function loadTalkFiles(filePaths: readonly string[], options: LoadTalksOptions): Talk[] {
  const publicDirectory = options.publicDirectory ?? path.join(process.cwd(), "public");
  const problems: ContentProblem[] = [];
  const read: { talk: Talk; talkReferences: TalkPageReference[] }[] = [];
  const toPlace: EventsToPlace[] = [];
  for (const filePath of filePaths) {
    const sourcePath = path.relative(process.cwd(), filePath).split(path.sep).join("/");
    const result = readTalkFile(filePath, sourcePath, path.basename(filePath), publicDirectory);
    if (result.eventsToPlace) toPlace.push(result.eventsToPlace);
    if (result.ok) read.push(result);
    else problems.push(...result.problems);
  }

  // Places are resolved for every file at once: the gazetteer finds all locations in one pass.
  const places = placeEvents(toPlace, problems);
  const talks = read.map(({ talk }) => ({
    ...talk,
    events: talk.events.map((event) => {
      const place = places.get(event);
      return place ? { ...event, place } : event;
    }),
  }));

  // Links between talks can only be checked once every file has been read.
  const draftBySlug = new Map(talks.map((talk) => [talk.slug, talk.draft]));
  const slugsOnDisk = new Set(filePaths.map((filePath) => path.basename(filePath, TALK_FILE_EXTENSION)));
  for (const { talk, talkReferences } of read) {
    for (const { slug, line } of talkReferences) {
      const isDraft = draftBySlug.get(slug);
      if (isDraft === undefined && !slugsOnDisk.has(slug)) {
        problems.push({
          file: talk.sourcePath,
          line,
          field: "body",
          message: `links to /talks/${slug}, but there is no content/talks/${slug}${TALK_FILE_EXTENSION}`,
        });
      } else if (isDraft && !talk.draft) {
        problems.push({
          file: talk.sourcePath,
          line,
          field: "body",
          message: `links to /talks/${slug}, a draft that production builds leave out; publish it first or remove the link`,
        });
      }
    }
  }

  if (problems.length > 0) {
    // File by file, in the order read (places were checked after every file was read); stable within a file.
    const order = new Map(filePaths.map((filePath, index) => [path.relative(process.cwd(), filePath).split(path.sep).join("/"), index]));
    problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    throw new ContentError(problems);
  }

  return talks
    .filter((talk) => options.includeDrafts || !talk.draft)
    .sort((a, b) => comparePartialDates(b.date, a.date) || a.title.localeCompare(b.title, "en"));
}

/** A file's events as written, for placing them once every file has been read. */
type EventsToPlace = { sourcePath: string; events: TalkEventFrontMatter[]; lineOf: (fieldPath: readonly (string | number)[]) => number | undefined };

type ReadResult = { eventsToPlace?: EventsToPlace } & (
  | { ok: true; talk: Talk; talkReferences: TalkPageReference[] }
  | { ok: false; problems: ContentProblem[] }
);

/**
 * Why a PDF deck's site path names no file under public/, with the fix; undefined when the
 * file is there. The path has passed parsePdfPath, so it holds no ".." and stays inside.
 */
function missingPdfProblem(sitePath: string, publicDirectory: string): string | undefined {
  const filePath = path.join(publicDirectory, ...sitePath.split("/"));
  if (fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) return undefined;
  const where = path.relative(process.cwd(), filePath).split(path.sep).join("/");
  return `${sitePath} does not exist: put the PDF at ${where}, or give an http(s) URL`;
}

function readTalkFile(filePath: string, sourcePath: string, fileName: string, publicDirectory: string): ReadResult {
  const problems: ContentProblem[] = [];
  const fail = (problem: Omit<ContentProblem, "file">): ReadResult => ({
    ok: false,
    problems: [...problems, { file: sourcePath, ...problem }],
  });

  if (!fileName.endsWith(TALK_FILE_EXTENSION)) {
    return fail({ line: 1, message: `only ${TALK_FILE_EXTENSION} files belong in this folder; rename it to <slug>${TALK_FILE_EXTENSION}` });
  }
  const slug = fileName.slice(0, -TALK_FILE_EXTENSION.length);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file: sourcePath,
      line: 1,
      message: `file name "${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "my-talk-title${TALK_FILE_EXTENSION}"`,
    });
  }

  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(filePath));
  } catch {
    return fail({ line: 1, message: "the file is not valid UTF-8 text; save it with UTF-8 encoding" });
  }
  // A byte-order mark and Windows line endings are harmless; normalise them once here.
  source = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  if (source.trim() === "") {
    return fail({ line: 1, message: "the file is empty; expected front matter between two --- lines, then the abstract" });
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
  const parsed = matter(source, {
    engines: {
      yaml: (frontMatter: string): object => {
        yamlDocument = parseDocument(frontMatter, { schema: "core", uniqueKeys: true, lineCounter });
        if (yamlDocument.errors.length > 0) return {};
        return (yamlDocument.toJS() as object | null) ?? {};
      },
    },
  });

  // The front matter text starts right after the opening "---", so YAML's line N is the file's line N.
  const yamlErrors = yamlDocument?.errors ?? [];
  if (yamlErrors.length > 0) {
    for (const error of yamlErrors) {
      // YAML notices an unclosed quote only where the input ends; point at where it opens.
      const openingLine = error.code === "MISSING_CHAR" ? lineOfUnclosedQuote(parsed.matter) : undefined;
      const line = openingLine ?? error.linePos?.[0].line;
      const duplicateKey = error.code === "DUPLICATE_KEY" && line ? /^\s*(?:-\s+)?([^:#]+):/.exec(parsed.matter.split("\n")[line - 1] ?? "")?.[1] : undefined;
      let message = `YAML syntax error: ${error.message.split(" at line ")[0]}`;
      if (openingLine) message = "YAML syntax error: a quoted value is never closed; end it with the same quote mark it starts with";
      else if (duplicateKey) message = `YAML syntax error: the field "${duplicateKey.trim()}" is given twice; keep one`;
      else if (error.code === "TAB_AS_INDENT") message = "YAML syntax error: a tab is used to indent; indent with spaces";
      problems.push({ file: sourcePath, line, message });
    }
    return { ok: false, problems };
  }

  const data: unknown = parsed.data;
  if (yamlDocument && !isMap(yamlDocument.contents) && yamlDocument.contents !== null) {
    return fail({ line: 2, message: "expected the front matter to be fields, one `name: value` per line" });
  }

  const locate = (fieldPath: readonly PropertyKey[], key?: string) =>
    yamlDocument ? lineOfField(yamlDocument, lineCounter, fieldPath, key) : undefined;

  const result = talkFrontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          problems.push({
            file: sourcePath,
            line: locate(issue.path, key),
            field: formatFieldPath([...issue.path, key]),
            message: describeUnknownField(key, issue.path),
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
  }

  if (result.success) {
    // Every deck the front matter names, where it stands in the file (events before sorting).
    const decks: [readonly (string | number)[], string | undefined][] = [
      [["slides"], result.data.slides],
      ...result.data.events.map((event, index): [readonly (string | number)[], string | undefined] => [["events", index, "slides"], event.slides]),
    ];
    for (const [fieldPath, href] of decks) {
      const message = href && parsePdfPath(href) ? missingPdfProblem(href, publicDirectory) : undefined;
      if (message) problems.push({ file: sourcePath, line: locate(fieldPath), field: formatFieldPath(fieldPath), message });
    }

    // Events dated to the day are told apart by day and name slug: in /talks.ics (the UID)
    // and in the URL of an upcoming one's own file (lib/calendar.ts). Two alike would be one.
    const firstWithSlug = new Map<string, number>();
    for (const [index, event] of result.data.events.entries()) {
      if (event.date.day === undefined) continue;
      const slug = eventSlug(event);
      const earlier = firstWithSlug.get(slug);
      if (earlier === undefined) {
        firstWithSlug.set(slug, index);
        continue;
      }
      const fieldPath = ["events", index, "name"];
      problems.push({
        file: sourcePath,
        line: locate(fieldPath),
        field: formatFieldPath(fieldPath),
        message: `the same day and name as events[${earlier}] ("${result.data.events[earlier]!.name}", ${toIsoString(event.date)}) to a calendar, which would hold them as one event; name them apart, or keep one`,
      });
    }
  }

  const bodyStartLine = source.slice(0, source.length - parsed.content.length).split("\n").length;
  const body = checkMdxBody(parsed.content, bodyStartLine);
  for (const problem of body.problems) {
    problems.push({ file: sourcePath, ...problem });
  }
  for (const reference of body.pdfReferences) {
    const message = missingPdfProblem(reference.path, publicDirectory);
    if (message) problems.push({ file: sourcePath, line: reference.line, field: "body", message });
  }

  const eventsToPlace: EventsToPlace | undefined = result.success
    ? { sourcePath, events: result.data.events, lineOf: (fieldPath) => locate(fieldPath) }
    : undefined;
  if (!result.success || problems.length > 0) return { ok: false, problems, eventsToPlace };

  const frontMatter = result.data;
  const events: TalkEvent[] = [...frontMatter.events].sort((a, b) => comparePartialDates(b.date, a.date));
  return {
    ok: true,
    eventsToPlace,
    talkReferences: body.talkReferences,
    talk: {
      slug,
      title: frontMatter.title,
      summary: frontMatter.summary,
      tags: frontMatter.tags,
      slides: frontMatter.slides,
      links: frontMatter.links,
      speakers: frontMatter.speakers,
      events,
      // The schema requires at least one event, so events[0] exists.
      date: events[0]!.date,
      draft: frontMatter.draft,
      body: parsed.content,
      sourcePath,
    },
  };
}

/**
 * Each event's place, by event: from its coordinates or its location. An unknown or
 * ambiguous location, or coordinates on an online event, is a problem with the fix.
 */
function placeEvents(files: readonly EventsToPlace[], problems: ContentProblem[]): Map<TalkEventFrontMatter, Place> {
  prepareLocations(files.flatMap(({ events }) => events.flatMap((event) => (event.location === undefined ? [] : [event.location]))));
  const places = new Map<TalkEventFrontMatter, Place>();
  for (const { sourcePath, events, lineOf } of files) {
    events.forEach((event, index) => {
      if (event.coordinates && event.location !== undefined && isOnlineLocation(event.location)) {
        const fieldPath = ["events", index, "coordinates"];
        problems.push({
          file: sourcePath,
          line: lineOf(fieldPath),
          field: formatFieldPath(fieldPath),
          message: 'an online event has no place on a map: remove coordinates, or give the city as location, e.g. "Berlin, Germany"',
        });
        return;
      }
      const resolution = placeOf(event.location, event.coordinates);
      if (resolution?.ok) places.set(event, resolution.place);
      else if (resolution) {
        const fieldPath = ["events", index, "location"];
        problems.push({ file: sourcePath, line: lineOf(fieldPath), field: formatFieldPath(fieldPath), message: resolution.message });
      }
    });
  }
  return places;
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
      const expected = EXPECTED_TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required: expected ${expected}`;
      if (issue.input === null) return `is empty: expected ${expected}`;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
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

function knownFieldsAt(fieldPath: readonly PropertyKey[]): string[] {
  const listSchemas = { events: eventSchema, links: linkSchema, speakers: speakerSchema } as const;
  const [first] = fieldPath;
  if (fieldPath.length === 2 && typeof first === "string" && first in listSchemas) {
    return Object.keys(listSchemas[first as keyof typeof listSchemas].shape);
  }
  return Object.keys(talkFrontMatterSchema.shape);
}

function describeUnknownField(key: string, fieldPath: readonly PropertyKey[]): string {
  const known = knownFieldsAt(fieldPath);
  const suggestion = known.find((name) => editDistance(name, key.toLowerCase()) <= 2);
  const hint = suggestion ? `did you mean "${suggestion}"? ` : "";
  return `unknown field "${key}"; ${hint}known fields here: ${known.join(", ")}`;
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
