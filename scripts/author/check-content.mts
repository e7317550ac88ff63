// npm run check:content [-- DIR]: validates every talk file, and the speaker's profile
// (content/speaker.mdx), with the same schema and rules as the build, without running
// Next.js, and prints every problem, one line each: path:line: field: message.
// Exit status 1 when there is any.
import path from "node:path";

import { deckProblems, deckSources } from "../../lib/content/decks";
import { loadProfile } from "../../lib/content/load-profile";
import { loadTalks } from "../../lib/content/load-talks";
import { ContentError, formatProblem, type ContentProblem } from "../../lib/content/problems";
import { contentWarnings } from "../../lib/content/warnings";
import { PLACES_CACHE_FILE, PROFILE_FILE, PUBLIC_DIRECTORY, TALKS_DIRECTORY } from "../../lib/paths.mjs";
import { plural } from "../../lib/words";

const directory = process.argv[2] ? path.resolve(process.argv[2]) : TALKS_DIRECTORY;
// PDF decks are checked against the project's public/, whichever folder of talks is read.
const publicDirectory = PUBLIC_DIRECTORY;
const started = performance.now();

const problems: ContentProblem[] = [];
/** Runs one check; a ContentError's problems are collected, so one run reports both files' kinds. */
function collect<T>(check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

// Drafts too: a draft is checked like any other talk, only its publication waits.
const talks = collect(() =>
  loadTalks(directory, {
    includeDrafts: true,
    publicDirectory,
    placesCacheFile: PLACES_CACHE_FILE,
  }),
);
collect(() => loadProfile(PROFILE_FILE, { publicDirectory, talksDirectory: directory }));
// PDF decks are opened (and rendered into the build's cache, which the build then reuses):
// an unreadable, encrypted, empty or oversized one is a problem of the talk that names it.
let deckCount = 0;
if (talks) {
  const sources = deckSources(talks);
  deckCount = new Set(sources.map((source) => source.pdfPath)).size;
  problems.push(...(await deckProblems(sources)));
}

// Allowed, but the owner should know: printed, and the check still passes.
const warnings = talks ? contentWarnings(talks) : [];
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);

if (problems.length === 0) {
  const elapsed = Math.round(performance.now() - started);
  const decks = deckCount > 0 ? `, ${plural(deckCount, "PDF deck", "PDF decks")}` : "";
  console.log(
    `${talks?.length ?? 0} talk files${decks} and the speaker's profile checked in ${elapsed} ms: no problems.`,
  );
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(`${plural(problems.length, "problem", "problems")} in ${plural(files, "file", "files")}.`);
  process.exitCode = 1;
}
