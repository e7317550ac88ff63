// npm run check:content [-- DIR]: validates every talk file with the same schema and rules
// as the build, without running Next.js, and prints every problem, one line each:
// path:line: field: message. Exit status 1 when there is any.
import path from "node:path";

import { loadTalks } from "../lib/content/load-talks";
import { ContentError, formatProblem } from "../lib/content/problems";

const directory = path.resolve(process.argv[2] ?? path.join("content", "talks"));
// PDF decks are checked against the project's public/, whichever folder of talks is read.
const publicDirectory = path.resolve("public");
const started = performance.now();

try {
  // Drafts too: a draft is checked like any other talk, only its publication waits.
  const talks = loadTalks(directory, { includeDrafts: true, publicDirectory });
  const elapsed = Math.round(performance.now() - started);
  console.log(`${talks.length} talk files checked in ${elapsed} ms: no problems.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  const files = new Set(error.problems.map((problem) => problem.file)).size;
  console.error(`${error.problems.length} problem${error.problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.`);
  process.exitCode = 1;
}
