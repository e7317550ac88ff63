// npm run test:lighthouse, second step: Lighthouse on one page of each kind, served by
// `npm start` as visitors get them (the site's out/, and the slides fixture's copy that
// testing/lighthouse/fixture.mts built first), each on a free port. Writes
// test-results/lighthouse/results.json (one check per page, read by testing/test-summary.mjs)
// and exits 1 when a page fails. docs/testing.md says what it holds and why.
//
//   node testing/lighthouse/gate.mjs [--runs 5] [--cpu-multiplier N]
//
// --cpu-multiplier forces the simulated phone's slowdown instead of calibrating it from each
// run's benchmarkIndex: a way to see the gate on a slower phone than the reference one.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { EVERY_RUN, FIRST_FRAME_ONLY, ISLAND_PAGE, judge, MEDIAN, medianChecks, summarize } from "./budget.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { startSite, stopAllServers } from "../local-server.mjs";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.LIGHTHOUSE_RUNS ?? "5" },
    "cpu-multiplier": { type: "string" },
  },
});
const runs = Math.max(1, Number(options.runs));
const forcedMultiplier = options["cpu-multiplier"] ? Number(options["cpu-multiplier"]) : null;
if (forcedMultiplier !== null && !(forcedMultiplier >= 1))
  throw new Error(`--cpu-multiplier ${options["cpu-multiplier"]}: expected a number of at least 1`);

/** The first exported page in a folder of out/, so that no talk or topic is named here. */
function firstPageIn(folder) {
  const page = fs
    .readdirSync(path.join("out", folder))
    .filter((file) => file.endsWith(".html"))
    .sort()[0];
  if (!page) throw new Error(`lighthouse-gate: no page in out/${folder}; run npm run build first`);
  return `/${folder}/${page.replace(/\.html$/, "")}`;
}

const fixtureRecord = path.join("test-results", "lighthouse-fixture.json");
if (!fs.existsSync(fixtureRecord))
  throw new Error(`lighthouse-gate: no ${fixtureRecord}; run npm run test:lighthouse, which builds the fixture first`);
const fixture = JSON.parse(fs.readFileSync(fixtureRecord, "utf8"));

process.on("SIGINT", () => (stopAllServers(), process.exit(130)));
process.on("SIGTERM", () => (stopAllServers(), process.exit(143)));

const started = performance.now();
const [site, fixtureSite] = await Promise.all([
  startSite(process.cwd(), "site"),
  startSite(fixture.site, "slides fixture"),
]);

// One page of each kind.
const pages = [
  ...[
    "/",
    "/about",
    "/talks",
    firstPageIn("talks"),
    `${firstPageIn("talks")}/kit`,
    "/talks/tags",
    firstPageIn("talks/tags"),
    "/search",
  ].map((route) => ({
    route,
    url: `${site.origin}${route}`,
  })),
  ...fixture.pages.map((route) => ({ route: `${route} (slides fixture)`, url: `${fixtureSite.origin}${route}` })),
];
for (const page of pages) page.checks = medianChecks(await (await fetch(page.url)).text());

const multiplier = forcedMultiplier ?? "calibrated";

const samples = new Map(pages.map((page) => [page.route, []]));
/** Runs that could not be measured at all, by page: each fails its page, naming why. */
const unmeasured = new Map(pages.map((page) => [page.route, []]));
try {
  // Round by round, so that a moment of load on the host falls on different pages.
  for (let round = 1; round <= runs; round++) {
    for (const page of pages) {
      let measured;
      try {
        measured = await runLighthouse(page.url, { multipliers: [multiplier] });
      } catch (error) {
        unmeasured.get(page.route).push(`run ${round}: ${error instanceof Error ? error.message : error}`);
        console.log(
          `lighthouse ${round}/${runs} ${page.route}: not measured: ${error instanceof Error ? error.message : error}`,
        );
        continue;
      }
      const run = { benchmarkIndex: measured.benchmarkIndex, ...measured.audits[String(multiplier)] };
      samples.get(page.route).push(run);
      console.log(
        `lighthouse ${round}/${runs} ${page.route}: benchmarkIndex ${Math.round(run.benchmarkIndex)}, cpu ${run.cpuMultiplier.toFixed(1)}x, ` +
          `performance ${run.performance}, TBT ${Math.round(run.tbtMs)} ms, LCP ${Math.round(run.lcpMs)} ms, CLS ${run.cls.toFixed(4)}`,
      );
    }
  }
} finally {
  stopAllServers();
}

const results = pages.map(({ route, url, checks }) => {
  const runsOfPage = samples.get(route);
  const failures = [...unmeasured.get(route), ...(runsOfPage.length > 0 ? judge(runsOfPage, checks) : [])];
  return {
    route,
    url,
    passed: failures.length === 0,
    failures,
    checks,
    summary: runsOfPage.length > 0 ? summarize(runsOfPage, checks) : null,
    runs: runsOfPage,
  };
});

fs.mkdirSync(path.join("test-results", "lighthouse"), { recursive: true });
fs.writeFileSync(
  path.join("test-results", "lighthouse", "results.json"),
  `${JSON.stringify({ runsPerPage: runs, forcedMultiplier, seconds: Math.round((performance.now() - started) / 1000), bounds: { everyRun: EVERY_RUN, median: MEDIAN, scriptFreeTbt: FIRST_FRAME_ONLY, islandPage: ISLAND_PAGE }, pages: results }, null, 2)}\n`,
);

const round = (value, digits = 0) => (value === null ? "-" : Number(value.toFixed(digits)));
console.log(
  `\nLighthouse, ${runs} runs a page on the ${forcedMultiplier ? `${forcedMultiplier}x` : "calibrated"} phone (median [min–max]):`,
);
for (const { route, passed, failures, summary } of results) {
  if (!summary) {
    console.log(`  FAIL ${route}: no run could be measured`);
    for (const failure of failures) console.log(`         ${failure}`);
    continue;
  }
  const cell = (figure, digits = 0) =>
    `${round(summary[figure].median, digits)} [${round(summary[figure].range[0], digits)}–${round(summary[figure].range[1], digits)}]`;
  console.log(
    `${passed ? "  ok  " : "  FAIL"} ${route}: performance ${cell("performance", 2)}, TBT ${cell("tbtMs")} ms, LCP ${cell("lcpMs")} ms, ` +
      `benchmarkIndex ${cell("benchmarkIndex")}, cpu ${cell("cpuMultiplier", 1)}x`,
  );
  for (const failure of failures) console.log(`         ${failure}`);
}
const failed = results.filter((result) => !result.passed).length;
console.log(
  `Lighthouse: ${results.length - failed} of ${results.length} pages passed in ${Math.round((performance.now() - started) / 1000)} s`,
);
process.exit(failed > 0 ? 1 : 0);
