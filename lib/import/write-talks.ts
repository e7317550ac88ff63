import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { Document, isMap, isScalar, Scalar, visit } from "yaml";
import { z } from "zod";

import { readFrontMatterFile } from "../content/front-matter";
import { MAX_ENTRIES, MAX_LENGTH } from "../content/limits";
import { loadTalkFiles, SLUG_PATTERN } from "../content/load-talks";
import { toIsoString } from "../content/partial-date";
import { ContentError, type ContentProblem } from "../content/problems";
import { ABSTRACT_PLACEHOLDER, SUMMARY_PLACEHOLDER } from "../content/scaffold";
import { derivedShortCode, freeCode } from "../content/short-codes";
import { slugFromTitle } from "../content/slug";
import { projectPath, PUBLIC_DIRECTORY } from "../paths.mjs";
import { recordingKey } from "./facts";
import type { ImportedEvent, ImportedTalk, SourceImport, SourcePlace, SourceProblem } from "./imported-talk";
import { abstractToMdx } from "./prose";

/**
 * Turns imported talks into talk files: one file per talk, never over an existing file, and
 * never a second file for a talk that is already there (the same file name, title or
 * recording). Each file is checked by the site's own loader before it is written, so that
 * what lands in content/talks/ passes `npm run check:content`.
 */

/** A problem of the source, with the file it stands in. */
export type ImportProblem = SourceProblem & { file: string };

export type WrittenTalk = {
  status: "written";
  title: string;
  /** Where the talk stands in the source: "talks-page.md:12", "notist.json (data[1])". */
  source: string;
  /** The file written, relative to the project. */
  file: string;
  draft: boolean;
  /** What the source did not give, by field of the written file. */
  toAdd: ContentProblem[];
  problems: ImportProblem[];
};

export type SkippedTalk = {
  status: "skipped";
  title: string;
  source: string;
  reason: string;
  problems: ImportProblem[];
};

export type ImportReport = {
  sourceFile: string;
  talks: (WrittenTalk | SkippedTalk)[];
  /** About the source itself, not one talk. */
  problems: ImportProblem[];
};

/** `lib/import/__fixtures__/talks-page.md:12` or `lib/import/__fixtures__/notist.json (data[1])`. */
export function describePlace(file: string, place: SourcePlace): string {
  if (place.line !== undefined) return `${file}:${place.line}`;
  return place.item === undefined ? file : `${file} (${place.item})`;
}

/** `talks-page.md:12: slides: message`, as the content check prints its problems. */
export function formatImportProblem(problem: ImportProblem): string {
  const where = describePlace(problem.file, problem);
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** The explanation of a draft, last among the facts to add. */
const DRAFT_NOTE =
  "the talk is written as a draft (draft: true) until the fields above are written; then remove that line to publish it";

/** A talk the import does not write, with why, and what its source got wrong. */
function skipped(talk: { title: string }, source: string, reason: string, problems: ImportProblem[]): SkippedTalk {
  return { status: "skipped", title: talk.title, source, reason, problems };
}

export function writeImportedTalks(source: SourceImport, options: { into: string; sourceFile: string }): ImportReport {
  const sourceFile = projectPath(options.sourceFile);
  const located = (problems: readonly SourceProblem[]): ImportProblem[] =>
    problems.map((problem) => ({ file: sourceFile, ...problem }));
  fs.mkdirSync(options.into, { recursive: true });
  const known = indexTalks(options.into);

  // Each talk's outcome, in the source's order; a talk to write waits for the loader's check.
  const outcomes: (WrittenTalk | SkippedTalk | undefined)[] = [];
  const planned: {
    talk: ImportedTalk;
    slug: string;
    text: string;
    index: number;
    source: string;
    problems: ImportProblem[];
  }[] = [];
  for (const talk of source.talks) {
    const where = describePlace(sourceFile, talk.place);
    const problems = located(talk.problems);
    const skip = (reason: string) => skipped(talk, where, reason, problems);
    if (talk.kind === "unusable") {
      const recorded = known.recordedIn(talk.recordings ?? []);
      outcomes.push(recorded ? { ...skip(recorded), problems: [] } : skip(talk.reason));
      continue;
    }
    const slug = slugFromTitle(talk.title);
    const refusal = fileNameProblem(slug, talk.title) ?? known.duplicateOf(slug, talk);
    if (refusal) {
      // A talk that is already there is not imported: what its source got wrong no longer matters.
      outcomes.push({ ...skip(refusal), problems: [] });
      continue;
    }
    const file = projectPath(path.join(options.into, `${slug}.mdx`));
    known.add(slug, talk, { file, firstIn: where });
    const short = known.shortCodeFor(slug, file);
    if (short) problems.push({ file: sourceFile, ...talk.place, field: "short", message: short.reason });
    const tags = known.spellTags(talk.tags, (index, message) =>
      problems.push({ file: sourceFile, ...talk.place, field: `tags[${index}]`, message }),
    );
    planned.push({
      talk,
      slug,
      text: talkFileText(talk, tags, short?.short),
      index: outcomes.length,
      source: where,
      problems,
    });
    outcomes.push(undefined);
  }

  const refused = checkWithTheLoader(planned);
  for (const { talk, slug, text, index, source: where, problems } of planned) {
    const skip = (reason: string) => skipped(talk, where, reason, problems);
    const filePath = path.join(options.into, `${slug}.mdx`);
    const file = projectPath(filePath);
    const refusal = refused.get(slug);
    if (refusal) {
      outcomes[index] = skip(
        `the importer made a file the site refuses (please report it, with the source): ${refusal.join("; ")}`,
      );
      continue;
    }
    try {
      // "wx": never over a file that is there, even one written since the folder was read.
      fs.writeFileSync(filePath, text, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      outcomes[index] = skip(`already there: ${file} exists`);
      continue;
    }
    const toAdd: ContentProblem[] = talk.toAdd.map((fact) => ({ file, field: fact.field, message: fact.message }));
    if (isDraft(talk)) toAdd.push({ file, field: "draft", message: DRAFT_NOTE });
    outcomes[index] = {
      status: "written",
      title: talk.title,
      source: where,
      file,
      draft: isDraft(talk),
      toAdd,
      problems,
    };
  }
  const talks = outcomes.filter((outcome): outcome is WrittenTalk | SkippedTalk => outcome !== undefined);
  return { sourceFile, talks, problems: located(source.problems) };
}

function isDraft(talk: ImportedTalk): boolean {
  return talk.summary === undefined || talk.abstract === undefined;
}

/** Why a talk cannot be named after its title, or undefined. */
function fileNameProblem(slug: string, title: string): string | undefined {
  if (title.length > MAX_LENGTH.title)
    return `its title is ${title.length} characters, more than the ${MAX_LENGTH.title} a title may be; shorten it in the source`;
  if (!SLUG_PATTERN.test(slug)) return "its title has no letter or digit from a-z or 0-9 to name the file after";
  // The topics' index lives at /talks/tags, so no talk may be named "tags" (lib/content/load-talks.ts).
  if (slug === "tags")
    return 'its file would be named "tags.mdx", which the topics\' page uses; add it by hand under another name';
  return undefined;
}

/**
 * The front matter the loader reads back, written with the `yaml` package (never by joining
 * strings, which would get quoting wrong), laid out as the talk files are: the summary
 * folded, tags on one line.
 */
export function talkFileText(talk: ImportedTalk, tags: readonly string[], short?: string): string {
  const draft = isDraft(talk);
  const frontMatter = {
    title: talk.title,
    summary: talk.summary ?? SUMMARY_PLACEHOLDER.join(" "),
    // Only when the code the file name gives is another talk's.
    ...(short ? { short } : {}),
    tags,
    ...(talk.slides ? { slides: talk.slides } : {}),
    ...(talk.links.length > 0 ? { links: talk.links } : {}),
    ...(talk.speakers.length > 0 ? { speakers: talk.speakers } : {}),
    events: talk.events.map(eventFrontMatter),
    ...(draft ? { draft: true } : {}),
  };
  const document = new Document(frontMatter);
  const summary = document.get("summary", true);
  if (isScalar(summary)) summary.type = Scalar.BLOCK_FOLDED;
  visit(document, {
    Seq(key, node) {
      // Tags and coordinates read best on one line: [Go, eBPF], [52.52, 13.4].
      if (key === "value" && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  if (isMap(document.contents)) {
    const [first] = document.contents.items;
    if (first && isScalar(first.key)) first.key.commentBefore = " yaml-language-server: $schema=../talk.schema.json";
    const draftPair = document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === "draft");
    if (draftPair && isScalar(draftPair.key)) {
      draftPair.key.commentBefore =
        " A draft: what the source did not give is still to be written. Remove this line to publish.";
    }
  }
  const yaml = document.toString({ flowCollectionPadding: false });
  const body = talk.abstract ? abstractToMdx(talk.abstract) : `${ABSTRACT_PLACEHOLDER.join("\n")}\n`;
  return `---\n${yaml}---\n\n${body}`;
}

function eventFrontMatter(event: ImportedEvent) {
  return {
    name: event.name,
    // A year alone is written as the talk files write it, unquoted: `date: 2020`.
    date: event.date.month === undefined ? event.date.year : toIsoString(event.date),
    ...(event.location ? { location: event.location } : {}),
    ...(event.coordinates ? { coordinates: event.coordinates } : {}),
    ...(event.url ? { url: event.url } : {}),
    ...(event.recording ? { recording: event.recording } : {}),
    ...(event.slides ? { slides: event.slides } : {}),
    ...(event.format && event.format !== "talk" ? { format: event.format } : {}),
  };
}

/**
 * The files, checked together by the site's loader in a folder of their own (the same rules
 * as `npm run check:content`): by slug, the problems of those it refuses. Every field was
 * checked as it was read, so a refusal here is a gap in the importer, reported as such.
 */
function checkWithTheLoader(planned: readonly { slug: string; text: string }[]): Map<string, string[]> {
  const refused = new Map<string, string[]>();
  if (planned.length === 0) return refused;
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "talks-import-"));
  try {
    const files = planned.map(({ slug, text }) => {
      const filePath = path.join(staging, `${slug}.mdx`);
      fs.writeFileSync(filePath, text);
      return filePath;
    });
    try {
      loadTalkFiles(files, { includeDrafts: true, publicDirectory: PUBLIC_DIRECTORY, transcriptsDirectory: staging });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const problem of error.problems) {
        const slug = path.basename(problem.file, ".mdx");
        const described = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
        refused.set(slug, [...(refused.get(slug) ?? []), described]);
      }
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return refused;
}

/** What is read of a talk file that is already there: only what tells talks apart, and tags. */
const knownFrontMatterSchema = z.looseObject({
  title: z.string().optional().catch(undefined),
  short: z.string().optional().catch(undefined),
  tags: z.array(z.unknown()).optional().catch(undefined),
  events: z
    .array(z.looseObject({ recording: z.string().optional().catch(undefined) }))
    .optional()
    .catch(undefined),
});

type KnownTalk = {
  file: string;
  /** Set for a talk this import writes: where the source first gave it. */
  firstIn?: string;
};

/** The talks in the folder, and those this import is writing, by what makes two talks the same. */
function indexTalks(directory: string) {
  const bySlug = new Map<string, KnownTalk>();
  const byTitle = new Map<string, KnownTalk>();
  const byRecording = new Map<string, KnownTalk>();
  const tagSpellings = new Map<string, string>();
  /** Short links' codes (lib/content/short-codes.ts), and whose each is. */
  const shortCodes = new Map<string, string>();

  const add = (slug: string, talk: { title?: string; recordings: readonly string[] }, known: KnownTalk) => {
    if (!bySlug.has(slug)) bySlug.set(slug, known);
    const titleKey = talk.title === undefined ? "" : slugFromTitle(talk.title);
    if (titleKey && !byTitle.has(titleKey)) byTitle.set(titleKey, known);
    for (const recording of talk.recordings)
      if (!byRecording.has(recordingKey(recording))) byRecording.set(recordingKey(recording), known);
  };
  const addTags = (tags: readonly unknown[]) => {
    for (const tag of tags)
      if (typeof tag === "string" && !tagSpellings.has(slugFromTitle(tag))) tagSpellings.set(slugFromTitle(tag), tag);
  };

  const entries = fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx") && !entry.name.startsWith("."));
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const filePath = path.join(directory, entry.name);
    const file = projectPath(filePath);
    const read = readFrontMatterFile(filePath, file, "the abstract");
    // A file that does not read is still there: its name alone keeps another from being written over it.
    const frontMatter = read.ok ? knownFrontMatterSchema.safeParse(read.data) : undefined;
    const data = frontMatter?.success ? frontMatter.data : undefined;
    const recordings = (data?.events ?? []).flatMap((event) => (event.recording ? [event.recording] : []));
    const slug = entry.name.slice(0, -".mdx".length);
    add(slug, { title: data?.title, recordings }, { file });
    addTags(data?.tags ?? []);
    const code = data?.short ?? derivedShortCode(slug);
    if (!shortCodes.has(code)) shortCodes.set(code, file);
  }

  const sameAs = (known: KnownTalk, what: string) =>
    known.firstIn
      ? `the source gives it twice: it is written from ${known.firstIn} as ${known.file} (the same ${what})`
      : `already there: ${known.file} has the same ${what}`;
  /** Why a talk with these recordings is already there, or undefined. */
  const recordedIn = (recordings: readonly string[]): string | undefined => {
    for (const recording of recordings) {
      const known = byRecording.get(recordingKey(recording));
      if (known) return sameAs(known, `recording, ${recording}`);
    }
    return undefined;
  };
  const recordingsOf = (talk: ImportedTalk) =>
    talk.events.flatMap((event) => (event.recording ? [event.recording] : []));

  return {
    add(slug: string, talk: ImportedTalk, known: KnownTalk) {
      add(slug, { title: talk.title, recordings: recordingsOf(talk) }, known);
    },
    /**
     * The `short:` a new talk's file must write, with why, when the code its file name gives is
     * another talk's (the content check would refuse both); undefined when that code is free.
     */
    shortCodeFor(slug: string, file: string): { short: string; reason: string } | undefined {
      const derived = derivedShortCode(slug);
      const owner = shortCodes.get(derived);
      if (!owner) {
        shortCodes.set(derived, file);
        return undefined;
      }
      const short = freeCode(derived, new Set(shortCodes.keys()));
      shortCodes.set(short, file);
      return {
        short,
        reason: `the short link its file name gives, /t/${derived}, is ${owner}'s: it is written with short: ${short}`,
      };
    },
    /** Why the talk is already there (which file, and what they share), or undefined when it is new. */
    duplicateOf(slug: string, talk: ImportedTalk): string | undefined {
      const sameSlug = bySlug.get(slug);
      if (sameSlug) return sameAs(sameSlug, "file name");
      const sameTitle = byTitle.get(slugFromTitle(talk.title));
      if (sameTitle) return sameAs(sameTitle, "title");
      return recordedIn(recordingsOf(talk));
    },
    recordedIn,
    /**
     * Tags as other talks already spell them: two spellings of one topic ("ebpf", "eBPF")
     * would share a topic page, which the content check refuses. A tag the schema would
     * refuse (too long, no letter or digit, beyond the most a talk may have) is left out.
     * Each change is reported by the tag's place in the source's list.
     */
    spellTags(tags: readonly string[], report: (index: number, message: string) => void): string[] {
      const spelled: string[] = [];
      tags.forEach((written, index) => {
        const tag = written.replace(/\s+/g, " ").trim();
        const key = slugFromTitle(tag);
        if (tag.length > MAX_LENGTH.tag || key === "") {
          report(
            index,
            `"${tag}" is left out: a tag has at most ${MAX_LENGTH.tag} characters, with a letter or digit from a-z or 0-9`,
          );
          return;
        }
        if (spelled.some((kept) => slugFromTitle(kept) === key)) return;
        if (spelled.length === MAX_ENTRIES.tags) {
          report(index, `"${tag}" is left out: a talk has at most ${MAX_ENTRIES.tags} tags`);
          return;
        }
        const spelling = tagSpellings.get(key) ?? tag;
        if (spelling !== tag)
          report(index, `"${tag}" is written "${spelling}", as other talks spell that topic (one topic page for both)`);
        spelled.push(spelling);
      });
      addTags(spelled);
      return spelled;
    },
  };
}
