import { expect, test } from "@playwright/test";

import { getTalks } from "../lib/content/talks";
import { getTopics } from "../lib/site/topics";

// Every kind of page as a visitor sees it, at a phone's width and a laptop's, in both themes,
// held against the pictures committed beside this file. A change that moves what a visitor
// sees fails here until its new pictures are looked at and committed with
// `npm run test:screenshots:update`. The tolerance (threshold and share of pixels, in
// playwright.config.ts) absorbs anti-aliasing, not a line that wraps elsewhere.

const talks = getTalks();
const withTwoRecordings = talks.find((talk) => talk.events.filter((event) => event.recording).length > 1);

const PAGES: Record<string, string> = {
  home: "/",
  talks: "/talks",
  talk: `/talks/${talks[0]!.slug}`,
  ...(withTwoRecordings ? { "talk-two-recordings": `/talks/${withTwoRecordings.slug}` } : {}),
  topics: "/talks/tags",
  topic: `/talks/tags/${getTopics()[0]!.slug}`,
  kit: `/talks/${talks[0]!.slug}/kit`,
  about: "/about",
  search: "/search?q=prometheus",
  "not-found": "/no-such-page",
};

for (const [name, path] of Object.entries(PAGES)) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${name} at ${width} px, ${colorScheme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        // Every picture, not only those a visitor has scrolled to: the whole page is compared.
        await page.evaluate(() => {
          for (const image of document.querySelectorAll("img")) image.loading = "eager";
        });
        await page.waitForLoadState("networkidle");
        // The search page writes its results once Pagefind has answered.
        if (path.startsWith("/search?")) await page.locator(".search-results > li").first().waitFor();
        await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => {}))));
        await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, { fullPage: true });
        await context.close();
      });
    }
  }
}
