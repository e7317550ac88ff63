// Lighthouse CI (mobile defaults) on one page of each kind, run by `npm test` after the
// build, against `npm start`. Pages carry no framework runtime, so every run must score:
// performance at least 0.99 with no blocking time at all, in every run ("pessimistic"
// takes the worst of the 3 runs, not the best), in one round.
const fs = require("node:fs");
const path = require("node:path");

const { findChromium } = require("./scripts/chromium.cjs");
const { LIGHTHOUSE_CHROME_FLAGS } = require("./scripts/chrome-flags.cjs");

const PORT = 3211;
const origin = `http://127.0.0.1:${PORT}`;

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
      startServerCommand: `npm start -- --listen tcp://127.0.0.1:${PORT}`,
      startServerReadyPattern: "Accepting connections",
      url: [`${origin}/`, `${origin}/about`, `${origin}/talks`, `${origin}${talkPage}`, `${origin}/talks/tags`, `${origin}${topicPage}`],
      numberOfRuns: 3,
      ...(chromePath ? { chromePath } : {}),
      settings: {
        chromeFlags: LIGHTHOUSE_CHROME_FLAGS.join(" "),
      },
    },
    assert: {
      assertions: {
        "categories:performance": everyRun(["error", { minScore: 0.99 }]),
        "total-blocking-time": everyRun(["error", { maxNumericValue: 0 }]),
        "cumulative-layout-shift": everyRun(["error", { maxNumericValue: 0 }]),
        "categories:accessibility": everyRun(["error", { minScore: 1 }]),
        "categories:best-practices": everyRun(["error", { minScore: 1 }]),
        "categories:seo": everyRun(["error", { minScore: 1 }]),
      },
    },
    upload: { target: "filesystem", outputDir: "test-results/lighthouse" },
  },
};
