// Runs Lighthouse (mobile defaults, simulated throttling) against a URL with the system
// Chromium, and returns the figures the benchmark reports.
import fs from "node:fs";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import chromeFlags from "../scripts/chrome-flags.cjs";

const { LIGHTHOUSE_CHROME_FLAGS } = chromeFlags;

export async function runLighthouse(url) {
  const systemChromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const chrome = await chromeLauncher.launch({
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    ...(fs.existsSync(systemChromium) ? { chromePath: systemChromium } : {}),
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      bestPractices: categories["best-practices"].score,
      seo: categories.seo.score,
      fcpMs: audits["first-contentful-paint"].numericValue,
      lcpMs: audits["largest-contentful-paint"].numericValue,
      tbtMs: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
      speedIndexMs: audits["speed-index"].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

// `node bench/lighthouse-runner.mjs URL…`: one run each, for quick comparisons.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const figures = await runLighthouse(url);
    console.log(url, JSON.stringify(figures, (key, value) => (typeof value === "number" ? Math.round(value * 100) / 100 : value)));
  }
}
