// The first step of `npm test`: makes sure there is a Chromium for the browser tests, so that
// a fresh machine needs nothing but `npm install`. It uses the system's when there is one,
// else downloads Playwright's, and when neither can be had says exactly what is missing.
import { spawnSync } from "node:child_process";

import chromium from "./chromium.cjs";

let found = chromium.findChromium();
if (!found.path && !process.env.CHROME_PATH) {
  console.log("No Chromium found; downloading Playwright's (npx playwright install chromium)…");
  const download = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", timeout: 10 * 60_000 });
  found = chromium.findChromium();
  if (!found.path) console.error(`The download failed (${download.error?.message ?? `exit code ${download.status}`}).`);
}

if (found.path) {
  console.log(`Browser tests use ${found.path}`);
} else {
  console.error(
    [
      "The browser tests need Chromium, and none could be found or downloaded.",
      `Looked for: ${found.looked.join(", ")}.`,
      "Install one, then run npm test again:",
      "  - Debian or Ubuntu: sudo apt-get install chromium   (or chromium-browser)",
      "  - any system with internet access: npx playwright install chromium",
      "  - or point CHROME_PATH at a Chrome or Chromium binary: CHROME_PATH=/path/to/chrome npm test",
    ].join("\n"),
  );
  process.exit(1);
}
