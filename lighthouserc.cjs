// Lighthouse CI (mobile defaults) on one page of each kind, run by `npm test` after the
// build, against `npm start` (of out/, and of a fixture copy with a PDF deck and a transcript). Pages carry no framework runtime, so every run must score:
// performance at least 0.99 with no blocking time at all, in every run ("pessimistic"
// takes the worst of the runs, not the best), in one round.
//
// Two runs a page, 16 in all. What blocking time this machine still shows comes from
// Chromium's own navigation commit (V8 context creation under DevTools: 13-69 ms measured in
// traces, "Unattributable" in the report), which Lighthouse's simulation sometimes lets run
// past the first paint: 1 run in about 40 here. Each run more is one more draw of that.
const fs = require("node:fs");
const path = require("node:path");

const { findChromium } = require("./scripts/chromium.cjs");
const { LIGHTHOUSE_CHROME_FLAGS } = require("./scripts/chrome-flags.cjs");

// The ports of scripts/lighthouse-servers.mjs: the site's out/, and the slides fixture's.
const PORT = 3211;
const FIXTURE_PORT = 3212;
const origin = `http://127.0.0.1:${PORT}`;

/**
 * The slides page and the talk page (slide poster, transcript) of the fixture copy that
 * scripts/lighthouse-fixture.mts builds first: the seed's decks are hosted elsewhere.
 */
function fixturePages() {
  const record = path.join("test-results", "lighthouse-fixture.json");
  if (!fs.existsSync(record)) throw new Error("lighthouserc.cjs: no test-results/lighthouse-fixture.json; run npm run test:lighthouse, which builds it first");
  return JSON.parse(fs.readFileSync(record, "utf8")).pages.map((page) => `http://127.0.0.1:${FIXTURE_PORT}${page}`);
}

/** The first exported page in a folder of out/, so that no talk or topic is named here. */
function firstPageIn(folder) {
  const page = fs
    .readdirSync(path.join("out", folder))
    .filter((file) => file.endsWith(".html"))
    .sort()[0];
  if (!page) throw new Error(`lighthouserc.cjs: no page in out/${folder}; run npm run build first`);
  return `/${folder}/${page.replace(/\.html$/, "")}`;
}

const talkPage = firstPageIn("talks");
const topicPage = firstPageIn("talks/tags");
const chromePath = findChromium().path;

const everyRun = (assertion) => [assertion[0], { ...assertion[1], aggregationMethod: "pessimistic" }];

module.exports = {
  ci: {
    collect: {
      startServerCommand: "node scripts/lighthouse-servers.mjs",
      startServerReadyPattern: "Lighthouse servers ready",
      startServerReadyTimeout: 120_000,
      url: [
        `${origin}/`,
        `${origin}/about`,
        `${origin}/talks`,
        `${origin}${talkPage}`,
        `${origin}/talks/tags`,
        `${origin}${topicPage}`,
        ...fixturePages(),
      ],
      numberOfRuns: 2,
      ...(chromePath ? { chromePath } : {}),
      settings: {
        chromeFlags: LIGHTHOUSE_CHROME_FLAGS.join(" "),
      },
    },
    assert: {
      assertions: {
        "categories:performance": everyRun(["error", { minScore: 0.99 }]),
        "total-blocking-time": everyRun(["error", { maxNumericValue: 0 }]),
        // Below what anyone could see: a script-free topic page once scored 0.000016 (a hundredth
        // of a pixel, not reproduced in 25 loads), while a real shift, the about page's Copy
        // buttons making their rows taller, was 0.011 and fails this.
        "cumulative-layout-shift": everyRun(["error", { maxNumericValue: 0.001 }]),
        "categories:accessibility": everyRun(["error", { minScore: 1 }]),
        "categories:best-practices": everyRun(["error", { minScore: 1 }]),
        "categories:seo": everyRun(["error", { minScore: 1 }]),
      },
    },
    upload: { target: "filesystem", outputDir: "test-results/lighthouse" },
  },
};
