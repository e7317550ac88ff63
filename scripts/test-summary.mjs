// Prints the one closing line CI reads, "N passed, N failed", from the reports that
// Vitest, Playwright and Lighthouse CI write. A step that failed before any
// runner reported (lint, typecheck, build) counts as one failure, so a red run can
// never print "0 failed".
import fs from "node:fs";

const exitCode = Number(process.argv[2] ?? 0);

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

const unit = readJson("test-results/unit.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

const e2e = readJson("test-results/e2e.json");
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
}

// Lighthouse CI: one check per audited URL, failed when any of its assertions failed.
const lighthouse = readJson(".lighthouseci/assertion-results.json");
const manifest = readJson("test-results/lighthouse/manifest.json");
if (manifest) {
  const urls = new Set(manifest.map((entry) => entry.url));
  const failedUrls = new Set((lighthouse ?? []).filter((result) => !result.passed).map((result) => result.url));
  passed += [...urls].filter((url) => !failedUrls.has(url)).length;
  failed += failedUrls.size;
}

if (exitCode !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
