// npm run import -- <kind> <file> [--into DIR] [--event "Name 2023"] [--speaker "Name"]: writes a talk
// file per talk of a source into content/talks/ (or DIR), never over a file and never a talk that is
// already there, and prints each file written, each talk skipped with why, each thing the source got
// wrong (file:line: field: message) and each fact the author must still add (file: field: message).
// Kinds: markdown (a talks page), notist, sessionize (an event's All Data; --event names the event),
// youtube (yt-dlp --flat-playlist -J). Exit status 1 when the source cannot be read at all.
// What each kind carries over: docs/importing.md.
import path from "node:path";
import { parseArgs } from "node:util";

import { loadProfile } from "../../lib/content/load-profile";
import { formatProblem } from "../../lib/content/problems";
import { IMPORT_KINDS, importTalks, isImportKind } from "../../lib/import/import-talks";
import { ImportInputError } from "../../lib/import/imported-talk";
import { formatImportProblem } from "../../lib/import/write-talks";
import { PROFILE_FILE, projectPath, TALKS_DIRECTORY } from "../../lib/paths.mjs";
import { plural } from "../../lib/words";

const USAGE = `usage: npm run import -- <${IMPORT_KINDS.join("|")}> <file> [--into DIR] [--event "Name 2023"] [--speaker "Name"]`;

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        into: { type: "string" },
        event: { type: "string" },
        speaker: { type: "string" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
}

/** The speaker's name from content/speaker.mdx, which tells his sessions and co-speakers apart; none when it does not read. */
function profileName(): string | undefined {
  try {
    return loadProfile(PROFILE_FILE).name;
  } catch {
    return undefined;
  }
}

const { values: flags, positionals } = readArguments();
const [kind, file, ...extra] = positionals;
if (!kind || !file || extra.length > 0) fail(USAGE);
if (!isImportKind(kind)) fail(`"${kind}" is not a kind of source; the kinds are ${IMPORT_KINDS.join(", ")}\n${USAGE}`);

const into = flags.into ? path.resolve(flags.into) : TALKS_DIRECTORY;
const needsSpeaker = kind === "sessionize" || kind === "youtube";
let report;
try {
  report = importTalks(kind, path.resolve(file), {
    into,
    eventName: flags.event,
    speakerName: flags.speaker ?? (needsSpeaker ? profileName() : undefined),
  });
} catch (error) {
  if (error instanceof ImportInputError) fail(error.message);
  throw error;
}

let drafts = 0;
let toAdd = 0;
let sourceProblems = report.problems.length;
for (const talk of report.talks) {
  if (talk.status === "written") {
    console.log(`Wrote ${talk.file}${talk.draft ? ", a draft" : ""} (from ${talk.source})`);
    if (talk.draft) drafts++;
  } else {
    console.log(`Skipped "${talk.title}" (${talk.source}): ${talk.reason}`);
  }
  for (const problem of talk.problems) console.log(`  ${formatImportProblem(problem)}`);
  if (talk.status === "written") for (const fact of talk.toAdd) console.log(`  ${formatProblem(fact)}`);
  sourceProblems += talk.problems.length;
  if (talk.status === "written") toAdd += talk.toAdd.length;
}
for (const problem of report.problems) console.log(formatImportProblem(problem));

const written = report.talks.filter((talk) => talk.status === "written").length;
const skipped = report.talks.length - written;
console.log(
  `${plural(written, "talk", "talks")} written${drafts > 0 ? ` (${plural(drafts, "draft", "drafts")})` : ""}, ${skipped} skipped; ` +
    `${plural(sourceProblems, "thing", "things")} in ${report.sourceFile} not used as written; ${plural(toAdd, "fact", "facts")} to add.`,
);
if (written > 0) {
  const check = into === TALKS_DIRECTORY ? "npm run check:content" : `npm run check:content -- ${projectPath(into)}`;
  console.log(`Read the files, add what is listed, and check them with ${check}.`);
}
