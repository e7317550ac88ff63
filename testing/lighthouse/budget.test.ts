import { describe, expect, it } from "vitest";

import { judge, MEDIAN, medianChecks, type Run } from "./budget.mjs";
import { calibratedCpuMultiplier } from "./lighthouse.mjs";

/** A run as a clean page on the calibrated phone gives it, changed by `change`. */
function run(change: Partial<Run> = {}): Run {
  return {
    benchmarkIndex: 3600,
    cpuMultiplier: 12.9,
    performance: 1,
    accessibility: 1,
    bestPractices: 1,
    seo: 1,
    fcpMs: 900,
    lcpMs: 1200,
    tbtMs: 40,
    cls: 0,
    speedIndexMs: 900,
    transferBytes: 23_000,
    scriptTransferBytes: 1_900,
    requests: 5,
    scriptRequests: 1,
    scriptEvaluationMs: 2,
    failedAudits: [],
    consoleErrors: [],
    ...change,
  };
}

const pageWithIsland =
  '<html><head><script type="module" async src="/islands/talk-search.js"></script></head><body></body></html>';
const scriptFreePage = "<html><head></head><body><h1>Topics</h1></body></html>";

describe("calibratedCpuMultiplier", () => {
  it("follows Lighthouse's calculator at its stated points", () => {
    expect(calibratedCpuMultiplier(1300)).toBe(3);
    expect(calibratedCpuMultiplier(1533)).toBeCloseTo(4, 1);
    expect(calibratedCpuMultiplier(2000)).toBeCloseTo(6, 1);
    expect(calibratedCpuMultiplier(800)).toBe(2);
    expect(calibratedCpuMultiplier(150)).toBe(1);
  });

  it("gives the hosts seen here the phone they need: about 2.3x at 950, about 15x at 4,200", () => {
    expect(calibratedCpuMultiplier(950)).toBeCloseTo(2.3, 1);
    expect(calibratedCpuMultiplier(4200)).toBeCloseTo(15.4, 1);
  });

  it("never speeds a host up, and refuses an index Lighthouse did not measure", () => {
    expect(calibratedCpuMultiplier(60)).toBe(1);
    expect(() => calibratedCpuMultiplier(Number.NaN)).toThrow(/did not measure/);
    expect(() => calibratedCpuMultiplier(0)).toThrow(/did not measure/);
  });
});

describe("judge", () => {
  const checks = medianChecks(pageWithIsland);

  it("passes three clean runs", () => {
    expect(judge([run(), run(), run()], checks)).toEqual([]);
  });

  it("holds timings on the median: one slow run of three passes, two fail", () => {
    expect(judge([run({ tbtMs: 600 }), run(), run()], checks)).toEqual([]);
    expect(judge([run({ tbtMs: 600 }), run({ tbtMs: 400 }), run()], checks)).toEqual([
      "median of 3 runs: total blocking time (ms) 400, expected at most 300",
    ]);
  });

  it("holds what the page decides in every run: one layout shift, one missing alt, one script too many", () => {
    expect(judge([run(), run({ cls: 0.05 }), run()], checks)).toEqual([
      "run 2: cumulative layout shift 0.05, expected at most 0.001",
    ]);
    expect(judge([run({ accessibility: 0.93, failedAudits: ["image-alt"] }), run(), run()], checks)).toEqual([
      "run 1: accessibility score 0.93, expected at least 1",
      "failed audits: image-alt",
    ]);
    expect(judge([run({ scriptRequests: 2, scriptTransferBytes: 52_000 }), run(), run()], checks)).toEqual([
      "run 1: script bytes transferred 52000, expected at most 2700",
      "run 1: script requests 2, expected at most 1",
    ]);
  });

  it("catches a long island task that blocking time missed (a slow host, before the first paint)", () => {
    expect(judge([run({ scriptEvaluationMs: 240 }), run({ scriptEvaluationMs: 244 }), run()], checks)).toEqual([
      "median of 3 runs: script evaluation on the phone (ms) 240, expected at most 200",
    ]);
    // A page with no script is not held to it: what it evaluates is the browser's own.
    expect(
      judge([run({ scriptEvaluationMs: 240 }), run({ scriptEvaluationMs: 244 }), run()], medianChecks(scriptFreePage)),
    ).toEqual([]);
  });

  it("names console errors", () => {
    expect(judge([run({ consoleErrors: ["Refused to load the script"] }), run(), run()], checks)).toEqual([
      "run 1: console errors: Refused to load the script",
    ]);
  });

  it("gives a page that loads no script the first frame's bound, and only that check", () => {
    const scriptFree = medianChecks(scriptFreePage);
    expect(scriptFree.find((check) => check.figure === "tbtMs")?.max).toBe(600);
    expect(scriptFree.filter((check) => check.figure !== "tbtMs")).toEqual(
      MEDIAN.filter((check) => check.figure !== "tbtMs"),
    );
    expect(judge([run({ tbtMs: 420 }), run({ tbtMs: 450 }), run()], scriptFree)).toEqual([]);
    expect(judge([run({ tbtMs: 420 }), run({ tbtMs: 450 }), run()], checks)).toHaveLength(1);
  });
});
