// Lighthouse on this project's pages, as the test gate (testing/lighthouse/gate.mjs) and the
// benchmark (bench/run.mjs) run it: mobile defaults, simulated throttling, the system Chromium.
//
// Simulated throttling multiplies the main-thread times it observed on the host by
// `cpuSlowdownMultiplier` (4 by default) to stand for a mid-range phone. The host's speed is
// in every report as `benchmarkIndex`, and it varies 3-4x between machines of this project's
// kind (950 to 4,200 seen), and more when the machine is busy: with a fixed 4 the "phone" is
// four times slower on one host than on another. Lighthouse's throttling documentation says
// to calibrate the multiplier from the benchmarkIndex; calibratedCpuMultiplier is its CPU
// throttling calculator. Each run gathers once (the page load, traced, unthrottled) and is
// then audited with the multiplier its own benchmarkIndex calls for, so a run's host and its
// simulated phone are measured in the same breath.
import * as chromeLauncher from "chrome-launcher";
import { navigationGather } from "lighthouse/core/gather/navigation-runner.js";
import { Runner } from "lighthouse/core/runner.js";

import chromeFlags from "../browser/chrome-flags.cjs";
import chromium from "../browser/chromium.cjs";

/** Lighthouse's default: the multiplier every uncalibrated report uses. */
export const DEFAULT_CPU_MULTIPLIER = 4;

/**
 * The CPU slowdown that makes a host of this benchmarkIndex simulate Lighthouse's reference
 * phone (the calculator linked from Lighthouse's docs/throttling.md: 1,300 → 3x, 1,533 → 4x,
 * 2,000 → 6x; 800 → 2x; 150 → 1x). Never below 1: a host slower than the phone cannot be
 * made faster by simulation.
 * @param {number} benchmarkIndex
 */
export function calibratedCpuMultiplier(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`benchmarkIndex ${benchmarkIndex}: Lighthouse did not measure the host`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

function mainThreadMs(audit, group) {
  const item = (audit.details?.items ?? []).find((entry) => entry.group === group);
  return item ? item.duration : 0;
}

/** The figures a report gives that the gate and the benchmark read. */
function figures(lhr) {
  const { categories, audits } = lhr;
  const resources = Object.fromEntries(
    (audits["resource-summary"].details?.items ?? []).map((item) => [item.resourceType, item]),
  );
  return {
    cpuMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
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
    // assets, and whatever its scripts fetched.
    transferBytes: resources.total?.transferSize ?? null,
    scriptTransferBytes: resources.script?.transferSize ?? 0,
    requests: resources.total?.requestCount ?? null,
    scriptRequests: resources.script?.requestCount ?? 0,
    // Main-thread time spent evaluating scripts, on the simulated phone (near 0 without a
    // framework runtime; Lighthouse attributes a module's evaluation to no URL, so this is the
    // figure that sees an island's work).
    scriptEvaluationMs: mainThreadMs(audits["mainthread-work-breakdown"], "scriptEvaluation"),
    // The audits that failed, by id, so that a failing score says why.
    failedAudits: Object.values(audits)
      .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
      .map((audit) => audit.id),
    consoleErrors: (audits["errors-in-console"].details?.items ?? []).map(
      (item) => item.description ?? item.url ?? "error",
    ),
  };
}

/** How many loads a run may take when Lighthouse cannot record one. */
const LOAD_ATTEMPTS = 5;

/**
 * One Lighthouse run of `url`, audited once per multiplier asked for: "calibrated" (from this
 * run's own benchmarkIndex), "default" (Lighthouse's 4x), or a number (to force a slower or
 * faster phone). A load Lighthouse could not record (NO_NAVSTART and the like: a trace without
 * the page's navigation, which says nothing about the page; about 1 load in 10 here, more on a
 * busy host) is tried again in a fresh browser, up to LOAD_ATTEMPTS loads; then it throws.
 * @param {string} url
 * @param {{ multipliers?: Array<"calibrated" | "default" | number> }} [options]
 * @returns {Promise<{ benchmarkIndex: number, audits: Record<string, ReturnType<typeof figures>> }>}
 */
export async function runLighthouse(url, options = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, options);
    } catch (error) {
      if (attempt >= LOAD_ATTEMPTS || !(error instanceof Error) || !error.message.includes("could not measure"))
        throw error;
      console.log(`lighthouse: ${error.message}; trying again (${attempt + 1}/${LOAD_ATTEMPTS})`);
    }
  }
}

async function runOnce(url, { multipliers = ["calibrated"] } = {}) {
  const chromePath = chromium.findChromium().path;
  const chrome = await chromeLauncher.launch({
    chromeFlags: chromeFlags.LIGHTHOUSE_CHROME_FLAGS,
    ...(chromePath ? { chromePath } : {}),
  });
  let gathered;
  try {
    gathered = await navigationGather(undefined, url, { flags: { port: chrome.port, logLevel: "error" } });
  } finally {
    await chrome.kill();
  }
  const { artifacts, runnerOptions } = gathered;
  if (runnerOptions.resolvedConfig.settings.throttlingMethod !== "simulate")
    throw new Error("runLighthouse calibrates simulated throttling only");
  const benchmarkIndex = artifacts.BenchmarkIndex;
  const audits = {};
  for (const wanted of multipliers) {
    const multiplier =
      wanted === "calibrated"
        ? calibratedCpuMultiplier(benchmarkIndex)
        : wanted === "default"
          ? DEFAULT_CPU_MULTIPLIER
          : wanted;
    const settings = {
      ...runnerOptions.resolvedConfig.settings,
      throttling: { ...runnerOptions.resolvedConfig.settings.throttling, cpuSlowdownMultiplier: multiplier },
    };
    // Lighthouse refuses settings that differ from the gather's, in general rightly; but with
    // simulated throttling the gather runs unthrottled and the multiplier only enters the
    // simulation at audit time, so the artifacts are stamped with the settings audited.
    // A fresh cache per multiplier: the simulation's results are cached within an audit.
    const result = await Runner.audit(
      { ...artifacts, settings },
      { resolvedConfig: { ...runnerOptions.resolvedConfig, settings }, computedCache: new Map() },
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(
        `Lighthouse could not measure ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    audits[String(wanted)] = figures(result.lhr);
  }
  return { benchmarkIndex, audits };
}

/** The median of the numbers among `values` (null when there are none). */
export function median(values) {
  const sorted = values.filter((value) => typeof value === "number").sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
