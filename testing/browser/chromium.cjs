// @ts-check
// Which Chromium the browser tests (Playwright, Lighthouse) drive, found the same way by
// both: $CHROME_PATH, else a system Chromium or Chrome (CI installs Debian's), else the one
// `npx playwright install chromium` downloads. CommonJS, so that the Playwright config, the
// Lighthouse runner (testing/lighthouse/lighthouse.mjs) and the benchmark all require the same file.
const fs = require("node:fs");

/** Where Debian, Ubuntu, Fedora and Google put their builds. */
const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
];

/** Playwright's own Chromium, if it has been downloaded. */
function playwrightChromium() {
  try {
    const path = require("playwright-core").chromium.executablePath();
    return fs.existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @returns {{ path: string | undefined, looked: string[] }} the browser, and every place
 * looked in, for the message when there is none
 */
function findChromium() {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment)
    return {
      path: fs.existsSync(fromEnvironment) ? fromEnvironment : undefined,
      looked: [`CHROME_PATH=${fromEnvironment} (no such file)`],
    };
  const system = SYSTEM_BROWSERS.find((path) => fs.existsSync(path));
  if (system) return { path: system, looked: SYSTEM_BROWSERS };
  return { path: playwrightChromium(), looked: [...SYSTEM_BROWSERS, "Playwright's own Chromium"] };
}

module.exports = { findChromium };
