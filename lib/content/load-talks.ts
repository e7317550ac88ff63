import fs from "node:fs";
import path from "node:path";

import { projectPath, PUBLIC_DIRECTORY, TRANSCRIPTS_DIRECTORY } from "../paths.mjs";
import { readChapters, type Chapters, type ChaptersResult } from "./chapters";
import { eventPdfDeck, parsePdfPath } from "./embeds";
import { fileState, fileStateProblem } from "./files";
import { readFrontMatterFile, schemaProblems, type LocateField } from "./front-matter";
import { DEFAULT_EVENT_FORMAT, type EventFormat } from "./language";
import { checkMdxBody, type TalkPageReference } from "./mdx-body";
import { comparePartialDates, toIsoString, type PartialDate } from "./partial-date";
import { isOnlineLocation, placeOf, prepareLocations, type Place } from "./places";
import { ContentError, formatFieldPath, type ContentProblem } from "./problems";
import { scaffoldPlaceholders } from "./scaffold";
import { derivedShortCode, shortCodeCollisionProblems } from "./short-codes";
import { eventSlug, slugFromTitle } from "./slug";
import {
  eventSchema,
  linkSchema,
  speakerSchema,
  talkFrontMatterSchema,
  type TalkEventFrontMatter,
  type TalkFrontMatter,
  type TalkLink,
  type TalkSpeaker,
} from "./talk-schema";
import { readTranscript, type Transcript, type TranscriptResult } from "./transcripts";

/**
 * An event as the pages read it: its front matter, with its language and format filled in
 * (the talk's language and "talk" unless it says otherwise), and where it took place,
 * resolved from `location` by the gazetteer (lib/content/places.ts) or given as `coordinates`.
 * `place` is absent when the event has neither; `{ kind: "online" }` for "Online".
 */
export type TalkEvent = Omit<TalkEventFrontMatter, "language" | "format" | "transcript" | "chapters"> & {
  /** A canonical BCP 47 tag: the event's own, else the talk's. */
  language: string;
  format: EventFormat;
  place?: Place;
  /** The recording's captions, read from content/transcripts/<transcript.file>; only with a recording. */
  transcript?: Transcript;
  /** When each slide of its deck appears in the recording, from content/transcripts/<chapters.file>. */
  chapters?: Chapters;
  /** Where the event stands in the file's `events` list (the list is sorted newest first), for messages: `events[2].slides`. */
  fileIndex: number;
};
export type { Chapters, EventFormat, Place, TalkLink, TalkSpeaker, Transcript };

/** A validated talk, as every page, feed and test reads it. */
export type Talk = {
  /** The file name without `.mdx`; the talk's URL is /talks/<slug>. */
  slug: string;
  title: string;
  summary: string;
  /** The talk in one line, for CFP forms (at most 140 characters), when the file gives one. */
  pitch?: string;
  /** The short link's code: /t/<shortCode> (lib/content/short-codes.ts). */
  shortCode: string;
  /** A canonical BCP 47 tag: of the title, summary and abstract; the file's, else the profile's. */
  language: string;
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
  /**
   * The lines of fields that later checks (the PDF decks, read at build; short links across
   * files) may report on: `slides`, `short`, `events[1].slides`. Absent when the field is.
   */
  fieldLines: Record<string, number>;
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
  /**
   * The folder an event's `transcript: x.vtt` is read from. Defaults to the project's
   * content/transcripts/ (the working directory's); tests point it at a fixture folder.
   */
  transcriptsDirectory?: string;
  /** Where the gazetteer keeps its answers between builds (lib/content/places.ts); none: every location is searched for. */
  placesCacheFile?: string;
  /** The language of a talk whose file gives none: the profile's (lib/content/talks.ts passes it); "en" when not given. */
  defaultLanguage?: string;
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TALK_FILE_EXTENSION = ".mdx";

/**
 * Reads every talk file in `directory`, validates it and returns the talks newest
 * first (ties by title). Throws one ContentError listing every problem in every
 * file, so a single run shows the author all there is to fix.
 */
export function loadTalks(directory: string, options: LoadTalksOptions): Talk[] {
  // Dotfiles (.gitkeep, editor swap and lock files) are the only entries passed over; anything
  // else is a talk file or a problem naming it, so that nothing is left out without a word.
  const entries = fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const sourcePath = projectPath(path.join(directory, entry.name));
    if (entry.isDirectory()) {
      const message = `a folder in content/talks/ is not read: each talk is one file directly in content/talks/, so move its files up (e.g. ${entry.name}/my-talk${TALK_FILE_EXTENSION} to my-talk${TALK_FILE_EXTENSION})`;
      problems.push({ file: `${sourcePath}/`, message });
    } else if (!entry.isFile() && !entry.isSymbolicLink()) {
      problems.push({ file: sourcePath, message: `is not a file (a pipe, socket or device); only ${TALK_FILE_EXTENSION} files belong in content/talks/` });
    }
  }
  // Symbolic links go on to readTalkFile, which refuses them by name like any file that is not plain.
  const filePaths = entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => path.join(directory, entry.name));
  return loadTalkFiles(filePaths, options, problems);
}

/**
 * As `loadTalks`, for an explicit list of files; `earlierProblems` are the folder's own
 * (entries that are not files), reported with the files' in one error.
 */
export function loadTalkFiles(filePaths: readonly string[], options: LoadTalksOptions, earlierProblems: readonly ContentProblem[] = []): Talk[] {
  const context: ReadContext = {
    publicDirectory: options.publicDirectory ?? PUBLIC_DIRECTORY,
    // A literal path: a path built from a variable makes Next's tracer include the whole project.
    transcriptsDirectory: options.transcriptsDirectory ?? TRANSCRIPTS_DIRECTORY,
    defaultLanguage: options.defaultLanguage ?? "en",
    transcripts: new Map(),
    transcriptReaders: new Map(),
    chapters: new Map(),
  };
  const problems: ContentProblem[] = [...earlierProblems];
  const read: { talk: Talk; sourceEvents: TalkEventFrontMatter[]; talkReferences: TalkPageReference[]; tagLines: (number | undefined)[] }[] = [];
  const toPlace: EventsToPlace[] = [];
  for (const filePath of filePaths) {
    const sourcePath = projectPath(filePath);
    const result = readTalkFileSafely(filePath, sourcePath, context);
    if (result.eventsToPlace) toPlace.push(result.eventsToPlace);
    if (result.ok) read.push(result);
    else problems.push(...result.problems);
  }

  // Places are resolved for every file at once: the gazetteer finds all locations in one pass.
  const places = placeEvents(toPlace, problems, options.placesCacheFile);
  const talks = read.map(({ talk, sourceEvents }) => ({
    ...talk,
    events: talk.events.map((event, index) => {
      const place = places.get(sourceEvents[index]!);
      return place ? { ...event, place } : event;
    }),
  }));

  problems.push(...tagCollisionProblems(read));
  problems.push(
    ...shortCodeCollisionProblems(
      read.map(({ talk }) => ({
        shortCode: talk.shortCode,
        sourcePath: talk.sourcePath,
        shortLine: talk.fieldLines.short,
        shortWritten: talk.fieldLines.short !== undefined,
      })),
    ),
  );

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
    // A transcript's problems stay with the first talk that names it, right after that talk's own.
    const order = new Map(filePaths.map((filePath, index) => [projectPath(filePath), index]));
    const rank = (file: string) => order.get(file) ?? order.get(context.transcriptReaders.get(file) ?? "") ?? 0;
    problems.sort((a, b) => rank(a.file) - rank(b.file));
    throw new ContentError(problems);
  }

  return talks
    .filter((talk) => options.includeDrafts || !talk.draft)
    .sort((a, b) => comparePartialDates(b.date, a.date) || a.title.localeCompare(b.title, "en"));
}

/** What reading a talk file needs beyond the file, shared by every file of one load. */
type ReadContext = {
  publicDirectory: string;
  transcriptsDirectory: string;
  defaultLanguage: string;
  /** Each transcript read so far, by its path (undefined: no such file): one that several events name is read and reported once. */
  transcripts: Map<string, TranscriptResult | undefined>;
  /** A transcript's path relative to the project, to the talk file that first named it. */
  transcriptReaders: Map<string, string>;
  /** Each chapters file read so far, by its path (undefined: no such file): checked and then attached from one reading. */
  chapters: Map<string, ChaptersResult | undefined>;
};

/** A file's events as written, for placing them once every file has been read. */
type EventsToPlace = { sourcePath: string; events: TalkEventFrontMatter[]; lineOf: (fieldPath: readonly (string | number)[]) => number | undefined };

type ReadResult = { eventsToPlace?: EventsToPlace } & (
  /** `sourceEvents[i]` is the front matter of `talk.events[i]`, which placeEvents answers for. */
  | { ok: true; talk: Talk; sourceEvents: TalkEventFrontMatter[]; talkReferences: TalkPageReference[]; tagLines: (number | undefined)[] }
  | { ok: false; problems: ContentProblem[] }
);

/**
 * Why a PDF deck's site path names no file under public/, with the fix; undefined when the
 * file is there. The path has passed parsePdfPath, so it holds no ".." and stays inside.
 */
function missingPdfProblem(sitePath: string, publicDirectory: string): string | undefined {
  const filePath = path.join(publicDirectory, ...sitePath.split("/"));
  return fileStateProblem(fileState(publicDirectory, filePath), sitePath, `put the PDF at ${projectPath(filePath)}, or give an http(s) URL`);
}

/**
 * Tags become topic pages by their slug, so two spellings with one slug ("C", "C++" and "C#"
 * all give /talks/tags/c) would merge two topics under one name without a word: each later
 * spelling is a problem naming the first, in whichever files they stand.
 */
function tagCollisionProblems(read: readonly { talk: Talk; tagLines: readonly (number | undefined)[] }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, { tag: string; file: string; line?: number }>();
  for (const { talk, tagLines } of read) {
    talk.tags.forEach((tag, index) => {
      const slug = slugFromTitle(tag);
      if (RESERVED_TOPIC_SLUGS.has(slug)) {
        problems.push({
          file: talk.sourcePath,
          line: tagLines[index],
          field: `tags[${index}]`,
          message: `"${tag}" would have the topic page /talks/tags/${slug}, an address only a talk's card for other sites may have (/talks/<slug>/${slug}, which any site may frame); name the topic otherwise, e.g. "${tag}ding"`,
        });
        return;
      }
      const earlier = first.get(slug);
      if (!earlier) {
        first.set(slug, { tag, file: talk.sourcePath, line: tagLines[index] });
        return;
      }
      if (earlier.tag === tag) return;
      const where = earlier.line === undefined ? earlier.file : `${earlier.file}:${earlier.line}`;
      problems.push({
        file: talk.sourcePath,
        line: tagLines[index],
        field: `tags[${index}]`,
        message: `"${tag}" and "${earlier.tag}" (${where}) would share one topic page (its address ends in /${slug}); spell them the same way, or tell them apart in letters and digits (e.g. "C#" as "CSharp")`,
      });
    });
  }
  return problems;
}

/**
 * An event names a transcript: it needs a recording to go with, and the file must exist and
 * be valid. A file's own problems are reported once, with the first talk that names it.
 */
function checkTranscript(
  event: { transcript: string; recording?: string },
  fieldPath: readonly (string | number)[],
  sourcePath: string,
  locate: LocateField,
  context: ReadContext,
  problems: ContentProblem[],
): void {
  const where = { file: sourcePath, line: locate(fieldPath), field: formatFieldPath(fieldPath) };
  if (event.recording === undefined) {
    problems.push({ ...where, message: "a transcript belongs to a recording: add this event's recording, or remove transcript" });
  }
  const firstRead = !context.transcripts.has(transcriptPath(event.transcript, context));
  const result = transcriptOf(event.transcript, context);
  if (!result) {
    const relative = projectPath(transcriptPath(event.transcript, context));
    problems.push({ ...where, message: `${relative} does not exist: put the WebVTT file there, or remove transcript` });
  } else if (!result.ok && firstRead) {
    for (const problem of result.problems) context.transcriptReaders.set(problem.file, sourcePath);
    problems.push(...result.problems);
  }
}

// The name has passed the schema's pattern, a plain file name, so the path stays inside the folder.
function transcriptPath(fileName: string, context: ReadContext): string {
  return path.join(context.transcriptsDirectory, fileName);
}

/** The chapters file of that name, read and parsed once per load; undefined when there is no such file. */
function chaptersOf(fileName: string, context: ReadContext): ChaptersResult | undefined {
  const filePath = transcriptPath(fileName, context);
  if (!context.chapters.has(filePath)) context.chapters.set(filePath, readChapters(filePath, fileName));
  return context.chapters.get(filePath);
}

/** The transcript of that name, read and parsed once per load; undefined when there is no such file. */
function transcriptOf(fileName: string, context: ReadContext): TranscriptResult | undefined {
  const filePath = transcriptPath(fileName, context);
  if (!context.transcripts.has(filePath)) context.transcripts.set(filePath, readTranscript(filePath, fileName));
  return context.transcripts.get(filePath);
}

/**
 * readTalkFile, with a last guard: every bound above is meant to turn a bad file into a
 * problem with a message, so an exception here is a gap in them; it still becomes a problem
 * naming the file, so that the other files' problems are reported too and no stack trace is
 * shown. The fuzz test (lib/content/load-talks.fuzz.test.ts) fails on any such problem.
 */
function readTalkFileSafely(filePath: string, sourcePath: string, context: ReadContext): ReadResult {
  try {
    return readTalkFile(filePath, sourcePath, path.basename(filePath), context);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
    return { ok: false, problems: [{ file: sourcePath, line: 1, message: `${UNEXPECTED_PROBLEM} (${reason}); please report it, with the file` }] };
  }
}

/** How a problem that no check foresaw begins. */
export const UNEXPECTED_PROBLEM = "the site's checks could not read this file";

/** Topic pages are /talks/tags/<slug>: a talk named "tags" would be hidden behind the topics' index. */
const RESERVED_SLUGS = new Set(["tags"]);

/**
 * Topics whose page would match a header rule meant for a talk's file: /talks/tags/embed has the
 * shape of /talks/<slug>/embed, the card any site may frame (lib/serving/http-headers.cjs).
 */
const RESERVED_TOPIC_SLUGS = new Set(["embed"]);

function readTalkFile(filePath: string, sourcePath: string, fileName: string, context: ReadContext): ReadResult {
  if (!fileName.endsWith(TALK_FILE_EXTENSION)) {
    const message = `only ${TALK_FILE_EXTENSION} files belong in this folder; rename it to <slug>${TALK_FILE_EXTENSION}`;
    return { ok: false, problems: [{ file: sourcePath, line: 1, message }] };
  }
  const slug = fileName.slice(0, -TALK_FILE_EXTENSION.length);
  const problems: ContentProblem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file: sourcePath,
      line: 1,
      message: `file name "${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "my-talk-title${TALK_FILE_EXTENSION}"`,
    });
  }
  if (RESERVED_SLUGS.has(slug)) {
    problems.push({
      file: sourcePath,
      line: 1,
      message: `the file name "${slug}" is taken by a page of the site (/talks/${slug}); name the file after the talk, e.g. "${slug}-and-more${TALK_FILE_EXTENSION}"`,
    });
  }

  const file = readFrontMatterFile(filePath, sourcePath, "the abstract");
  if (!file.ok) return { ok: false, problems: [...problems, ...file.problems] };
  const { data, locate } = file;

  const result = talkFrontMatterSchema.safeParse(data, { reportInput: true });
  if (result.success) problems.push(...frontMatterProblems(result.data, sourcePath, locate, context));
  else problems.push(...schemaProblems(result.error.issues, sourcePath, locate, knownFieldsAt));

  const body = checkMdxBody(file.content, file.bodyStartLine);
  for (const problem of body.problems) problems.push({ file: sourcePath, ...problem });
  if (result.success && !result.data.draft) {
    for (const placeholder of scaffoldPlaceholders({ text: result.data.summary, line: locate(["summary"]) }, file.content, file.bodyStartLine)) {
      problems.push({ file: sourcePath, ...placeholder });
    }
  }
  for (const reference of body.pdfReferences) {
    const message = missingPdfProblem(reference.path, context.publicDirectory);
    if (message) problems.push({ file: sourcePath, line: reference.line, field: "body", message });
  }

  const eventsToPlace: EventsToPlace | undefined = result.success
    ? { sourcePath, events: result.data.events, lineOf: (fieldPath) => locate(fieldPath) }
    : undefined;
  if (!result.success || problems.length > 0) return { ok: false, problems, eventsToPlace };

  const { talk, sourceEvents } = talkFrom(result.data, { slug, sourcePath, body: file.content, locate, context });
  const tagLines = result.data.tags.map((_, index) => locate(["tags", index]));
  return { ok: true, eventsToPlace, sourceEvents, talkReferences: body.talkReferences, talk, tagLines };
}

/** What a front matter that fits the schema may still get wrong: the files it names, and events alike. */
function frontMatterProblems(
  frontMatter: TalkFrontMatter,
  sourcePath: string,
  locate: LocateField,
  context: ReadContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Every deck the front matter names, where it stands in the file (events before sorting).
  const decks: [readonly (string | number)[], string | undefined][] = [
    [["slides"], frontMatter.slides],
    ...frontMatter.events.map((event, index): [readonly (string | number)[], string | undefined] => [
      ["events", index, "slides"],
      event.slides,
    ]),
  ];
  for (const [fieldPath, href] of decks) {
    const message = href && parsePdfPath(href) ? missingPdfProblem(href, context.publicDirectory) : undefined;
    if (message) problems.push({ file: sourcePath, line: locate(fieldPath), field: formatFieldPath(fieldPath), message });
  }

  for (const [index, event] of frontMatter.events.entries()) {
    if (event.transcript === undefined) continue;
    const fieldPath = ["events", index, "transcript"];
    const { transcript, recording } = event;
    checkTranscript({ transcript, recording }, fieldPath, sourcePath, locate, context, problems);
  }

  for (const [index, event] of frontMatter.events.entries()) {
    if (event.chapters === undefined) continue;
    const fieldPath = ["events", index, "chapters"];
    const where = { file: sourcePath, line: locate(fieldPath), field: formatFieldPath(fieldPath) };
    if (event.recording === undefined) {
      problems.push({ ...where, message: "chapters mark a recording's moments: add this event's recording, or remove chapters" });
    }
    if (!eventPdfDeck(event, frontMatter)) {
      problems.push({ ...where, message: "chapters name the slides of a PDF deck: give this event (or the talk) slides: /slides/….pdf, or remove chapters" });
    }
    const result = chaptersOf(event.chapters, context);
    if (!result) {
      problems.push({ ...where, message: `${projectPath(transcriptPath(event.chapters, context))} does not exist: put the WebVTT chapters file there (npm run align proposes one), or remove chapters` });
    } else if (!result.ok) problems.push(...result.problems);
  }

  problems.push(...eventsAlikeProblems(frontMatter.events, sourcePath, locate));
  return problems;
}

/**
 * Events dated to the day are told apart by day and name slug: in /talks.ics (the UID) and
 * in the URL of an upcoming one's own file (lib/outputs/calendar.ts). Two alike would be one.
 */
function eventsAlikeProblems(
  events: readonly TalkEventFrontMatter[],
  sourcePath: string,
  locate: LocateField,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstWithSlug = new Map<string, number>();
  for (const [index, event] of events.entries()) {
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
      message: `the same day and name as events[${earlier}] ("${events[earlier]!.name}", ${toIsoString(event.date)}) to a calendar, which would hold them as one event; name them apart, or keep one`,
    });
  }
  return problems;
}

/** A valid file as the pages read it: events newest first, with their language, format and transcript filled in. */
function talkFrom(
  frontMatter: TalkFrontMatter,
  file: { slug: string; sourcePath: string; body: string; locate: LocateField; context: ReadContext },
): { talk: Talk; sourceEvents: TalkEventFrontMatter[] } {
  const { locate, context } = file;
  const language = frontMatter.language ?? context.defaultLanguage;
  const fileIndexOf = new Map(frontMatter.events.map((event, index) => [event, index]));
  const sourceEvents = [...frontMatter.events].sort((a, b) => comparePartialDates(b.date, a.date));
  const fieldLines: Record<string, number> = {};
  // Only fields the file writes: locate() answers a parent's line for an absent one.
  const written = [...(frontMatter.slides ? [["slides"]] : []), ...(frontMatter.short ? [["short"]] : [])];
  for (const fieldPath of [...written, ...frontMatter.events.map((_, index) => ["events", index, "slides"])]) {
    const line = locate(fieldPath);
    if (line !== undefined) fieldLines[formatFieldPath(fieldPath)] = line;
  }
  const events: TalkEvent[] = sourceEvents.map((source) => {
    // The file names give way to the parsed files, which keep them as transcript.file and chapters.file.
    const { transcript: fileName, chapters: chaptersName, ...event } = source;
    // Checked before: a talk reaches here only with every transcript and chapters file it names valid.
    const read = fileName === undefined ? undefined : transcriptOf(fileName, context);
    const transcript = read?.ok ? read.transcript : undefined;
    const readChaptersFile = chaptersName === undefined ? undefined : chaptersOf(chaptersName, context);
    const chapters = readChaptersFile?.ok ? readChaptersFile.chapters : undefined;
    return {
      ...event,
      language: event.language ?? language,
      format: event.format ?? DEFAULT_EVENT_FORMAT,
      ...(transcript ? { transcript } : {}),
      ...(chapters ? { chapters } : {}),
      fileIndex: fileIndexOf.get(source)!,
    };
  });
  const talk: Talk = {
    slug: file.slug,
    title: frontMatter.title,
    summary: frontMatter.summary,
    ...(frontMatter.pitch ? { pitch: frontMatter.pitch } : {}),
    shortCode: frontMatter.short ?? derivedShortCode(file.slug),
    language,
    tags: frontMatter.tags,
    slides: frontMatter.slides,
    links: frontMatter.links,
    speakers: frontMatter.speakers,
    events,
    // The schema requires at least one event, so events[0] exists.
    date: events[0]!.date,
    draft: frontMatter.draft,
    body: file.body,
    fieldLines,
    sourcePath: file.sourcePath,
  };
  return { talk, sourceEvents };
}

/**
 * Each event's place, by event: from its coordinates or its location. An unknown or
 * ambiguous location, or coordinates on an online event, is a problem with the fix.
 */
function placeEvents(files: readonly EventsToPlace[], problems: ContentProblem[], placesCacheFile: string | undefined): Map<TalkEventFrontMatter, Place> {
  prepareLocations(
    files.flatMap(({ events }) => events.flatMap((event) => (event.location === undefined ? [] : [event.location]))),
    { cacheFile: placesCacheFile },
  );
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

function knownFieldsAt(fieldPath: readonly PropertyKey[]): string[] {
  const listSchemas = { events: eventSchema, links: linkSchema, speakers: speakerSchema } as const;
  const [first] = fieldPath;
  if (fieldPath.length === 2 && typeof first === "string" && first in listSchemas) {
    return Object.keys(listSchemas[first as keyof typeof listSchemas].shape);
  }
  return Object.keys(talkFrontMatterSchema.shape);
}
