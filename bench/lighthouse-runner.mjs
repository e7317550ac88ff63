// Runs Lighthouse (mobile defaults, simulated throttling) against a URL with the system
// Chromium (the one the tests use: scripts/chromium.cjs), and returns the figures the
// benchmark reports.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import chromeFlags from "../scripts/chrome-flags.cjs";
import chromium from "../scripts/chromium.cjs";

const { LIGHTHOUSE_CHROME_FLAGS } = chromeFlags;

function mainThreadMs(audit, group) {
  const item = (audit.details?.items ?? []).find((entry) => entry.group === group);
  return item ? item.duration : 0;
}

/** One Lighthouse run; throws when Lighthouse could not measure the page. */
export async function runLighthouse(url) {
  const chromePath = chromium.findChromium().path;
  const chrome = await chromeLauncher.launch({ chromeFlags: LIGHTHOUSE_CHROME_FLAGS, ...(chromePath ? { chromePath } : {}) });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const resources = Object.fromEntries((audits["resource-summary"].details?.items ?? []).map((item) => [item.resourceType, item]));
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
      // What the browser fetched during the run, as transferred (compressed): the page, its
      // assets, and whatever its scripts fetched (the runtime's prefetches, say).
      transferBytes: resources.total?.transferSize ?? null,
      scriptTransferBytes: resources.script?.transferSize ?? 0,
      requests: resources.total?.requestCount ?? null,
      scriptRequests: resources.script?.requestCount ?? 0,
      // Main-thread time spent evaluating scripts: near 0 without a runtime, and the proof
      // that the stock runtime did run (a CSP that blocked it would show here and as errors).
      scriptEvaluationMs: mainThreadMs(audits["mainthread-work-breakdown"], "scriptEvaluation"),
      consoleErrors: audits["errors-in-console"].details?.items?.length ?? 0,
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
