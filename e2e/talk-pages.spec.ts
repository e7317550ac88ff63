import { expect, test, type Page } from "@playwright/test";

import { getTalks } from "../lib/content/talks";
import { DEAD_LINK_PATTERNS, seedTalks } from "../testing/fixtures/seed-talks";

async function hrefsOn(page: Page): Promise<string[]> {
  return page
    .locator("main a[href]")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
}

for (const talk of seedTalks) {
  test(`${talk.title}: title, meta and every link of the seed`, async ({ page }) => {
    await page.goto(`/talks/${talk.slug}`);
    const main = page.getByRole("main");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(talk.title);
    await expect(page).toHaveTitle(`${talk.title} · Kemal Akkoyun`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/talks/${talk.slug}$`));

    // The slides shown in the page, and a link that says where they live.
    await expect(main.getByRole("link", { name: /^(Open them on|Slides on) / })).toHaveAttribute("href", talk.slides);

    const events = main.getByRole("region", { name: /Given at/ }).getByRole("listitem");
    await expect(events).toHaveCount(talk.events.length);
    for (const [index, event] of talk.events.entries()) {
      const item = events.nth(index);
      await expect(item.getByRole("heading", { level: 3 })).toHaveText(event.name);
      if (event.url)
        await expect(item.getByRole("link", { name: event.name, exact: true })).toHaveAttribute("href", event.url);
      else await expect(item.getByRole("link", { name: event.name, exact: true })).toHaveCount(0);
      await expect(item).toContainText(event.date);
      if (event.location) await expect(item).toContainText(event.location);
      await expect(item.getByRole("link", { name: /^Recording on YouTube/ })).toHaveAttribute("href", event.recording);
    }

    for (const link of talk.links ?? []) {
      await expect(main.getByRole("region", { name: "Links" }).getByRole("link", { name: link.title })).toHaveAttribute(
        "href",
        link.url,
      );
    }
    for (const speaker of talk.speakers ?? []) {
      await expect(main.getByRole("banner").or(main.locator("header"))).toContainText(speaker);
    }

    const hrefs = await hrefsOn(page);
    for (const pattern of DEAD_LINK_PATTERNS) {
      expect(hrefs.filter((href) => pattern.test(href))).toEqual([]);
    }
  });
}

// Any talk, seed or added later: every URL in its front matter is a link on its page.
test("every talk's page links every URL of its front matter", async ({ page }) => {
  const talks = getTalks();
  expect(talks.length).toBeGreaterThan(0);
  for (const talk of talks) {
    await page.goto(`/talks/${talk.slug}`);
    const hrefs = await hrefsOn(page);
    const expected = [
      talk.slides,
      ...talk.links.map((link) => link.url),
      ...talk.speakers.map((speaker) => speaker.url),
      ...talk.events.flatMap((event) => [event.url, event.recording, event.slides]),
    ].filter((url): url is string => Boolean(url));
    for (const url of expected) expect(hrefs, `${talk.slug} links ${url}`).toContain(url);
  }
});
