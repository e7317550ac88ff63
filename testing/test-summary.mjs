// Prints the one closing line CI reads, "N passed, N failed", from the reports that
// Vitest, Playwright and the Lighthouse gate write. A step that failed before any
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

// The Lighthouse gate (testing/lighthouse/gate.mjs): one check per page.
const lighthouse = readJson("test-results/lighthouse/results.json");
for (const page of lighthouse?.pages ?? []) {
  if (page.passed) passed += 1;
  else failed += 1;
}

if (exitCode !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
