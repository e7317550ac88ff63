// npm run test:lighthouse, first step: a copy of the project with the slides fixture (a talk
// with a PDF deck, an event's own deck and a transcript: testing/fixtures/slides-fixture.ts), built
// as the site is, so that Lighthouse measures a slides page and a talk page with a slide
// poster and a transcript, which the seed's talks do not have. Its path and pages go to
// test-results/lighthouse-fixture.json, which testing/lighthouse/gate.mjs reads.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { SLIDES_FIXTURE, writeSlidesFixture } from "../fixtures/slides-fixture";
import { makeWorkCopy } from "../work-copy.mjs";

const RECORD = path.join("test-results", "lighthouse-fixture.json");

// The previous run's copy, if it is still there: one at a time in the temporary folder.
try {
  const previous = JSON.parse(fs.readFileSync(RECORD, "utf8")) as { root?: unknown };
  if (typeof previous.root === "string" && previous.root.startsWith(os.tmpdir()))
    fs.rmSync(previous.root, { recursive: true, force: true });
} catch {
  // No previous run.
}

const started = performance.now();
const copy = makeWorkCopy(process.cwd(), "talks-lighthouse-");
await writeSlidesFixture(copy.site);
const built = spawnSync("npm", ["run", "build"], {
  cwd: copy.site,
  encoding: "utf8",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (built.status !== 0) {
  console.error(built.stdout + built.stderr);
  console.error("lighthouse-fixture: the fixture copy did not build");
  process.exit(1);
}
fs.mkdirSync(path.dirname(RECORD), { recursive: true });
const pages = [`/talks/${SLIDES_FIXTURE.slug}/slides`, `/talks/${SLIDES_FIXTURE.slug}`];
fs.writeFileSync(RECORD, JSON.stringify({ root: copy.root, site: copy.site, pages }, null, 2));
console.log(
  `Built the Lighthouse fixture (${pages.join(", ")}) in ${((performance.now() - started) / 1000).toFixed(1)} s at ${copy.site}`,
);
