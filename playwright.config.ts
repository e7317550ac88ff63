import { execFileSync } from "node:child_process";

import { defineConfig, devices } from "@playwright/test";

import chromium from "./testing/browser/chromium.cjs";

/**
 * The port `npm start` listens on for the run: $E2E_PORT, else one the system says is free now.
 * Playwright reads this file again in each worker, so the choice goes into the environment the
 * workers inherit. Synchronous (a config cannot wait), hence the child process.
 */
function runPort(): number {
  if (!process.env.E2E_PORT) {
    const probe =
      "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
    process.env.E2E_PORT = execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" });
  }
  const port = Number(process.env.E2E_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`E2E_PORT=${process.env.E2E_PORT}: expected a port number`);
  return port;
}

const PORT = runPort();
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright cannot download browsers on a closed network: the system Chromium when there
// is one (CI installs Debian's), else Playwright's own; `npm test` first makes sure of one.
const executablePath = chromium.findChromium().path;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  },
};

const AUTHORING_TESTS = [
  "**/live-preview.spec.ts",
  "**/new-talk.spec.ts",
  "**/add-a-talk.spec.ts",
  "**/languages.spec.ts",
  "**/slides.spec.ts",
];

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // test-results/ also holds the unit-test report; Playwright empties its own outputDir only.
  outputDir: "test-results/e2e-artifacts",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Screenshots (e2e/screenshots.spec.ts): a pixel counts as changed past a colour distance of
  // 0.2, and a page as changed past 1% of its pixels; anti-aliasing stays under both.
  expect: { toHaveScreenshot: { threshold: 0.2, maxDiffPixelRatio: 0.01, animations: "disabled" } },
  snapshotPathTemplate: "{testDir}/screenshots/{arg}{ext}",
  use: {
    baseURL,
    // Tracing every test doubles the run; turn it on when a failure needs a closer look.
    trace: process.env.PW_TRACE ? "retain-on-failure" : "off",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: AUTHORING_TESTS,
      use: browser,
    },
    {
      // These build or run a dev server on a copy of the project: CPU-heavy, so they run
      // after the site's tests instead of beside them.
      name: "authoring",
      testMatch: AUTHORING_TESTS,
      dependencies: ["chromium"],
      use: browser,
    },
  ],
  // What the README's `npm start` runs: the static files of out/ with the site's headers
  // (npm test builds first).
  webServer: {
    command: `npm start -- --listen tcp://127.0.0.1:${PORT}`,
    url: baseURL,
    // Never a server this run did not start: a busy port is an error, not a site to test.
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "ignore",
  },
});
