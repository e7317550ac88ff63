import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { seedTalks } from "../testing/fixtures/seed-talks";

// The about page as a visitor and an organiser use it, checked against the seed's facts
// (testing/fixtures/seed-talks.ts), not against what the site computed from its own files.

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Every seed event with a place, by that place as the talk files write it (the cards' words), as
 * the page must list them. An event with no place is not listed: check:content tells the owner.
 */
function seedEventsByPlace(): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const talk of seedTalks) {
    for (const event of talk.events) {
      if (!event.location) continue;
      byPlace.set(event.location, [...(byPlace.get(event.location) ?? []), `${event.name}: ${talk.title}`]);
    }
  }
  return byPlace;
}

async function listedPlaces(page: Page): Promise<Map<string, string[]>> {
  const items = await page.locator("[data-place]").evaluateAll((places) =>
    places.map((place) => ({
      name: place.querySelector("p")?.firstChild?.textContent?.trim() ?? "",
      events: [...place.querySelectorAll("[data-event]")].map(
        (event) => `${event.querySelector("span")?.textContent}: ${event.querySelector("a")?.textContent}`,
      ),
    })),
  );
  return new Map(items.map(({ name, events }) => [name, events]));
}

test("is linked from the header and the home page, and says who, what and how much", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kemal Akkoyun");
  await expect(page.getByText("9 talks at 10 events in 4 countries since 2020.")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: /Bios for organisers/ })).toHaveAttribute(
    "href",
    "/about",
  );
});

test("the figures are the seed's: 9 talks, 10 events, 4 cities, 4 countries, 2020–2022, all recorded", async ({
  page,
}) => {
  await page.goto("/about");
  const figures = await page
    .getByRole("region", { name: "In figures" })
    .locator("dl > div")
    .evaluateAll((items) =>
      items.map((item) => `${item.querySelector("dt")?.textContent}: ${item.querySelector("dd")?.textContent}`),
    );
  const events = seedTalks.flatMap((talk) => talk.events);
  expect(figures).toEqual([
    `Talks: ${seedTalks.length}`,
    `Events: ${events.length} given`,
    "Cities: 4",
    "Countries: 4",
    "Years: 2020–2022",
    `Recorded: ${events.filter((event) => event.recording).length} of ${events.length} given`,
  ]);
  // One language and one format: a figure that would say nothing is not shown.
  await expect(page.getByText("Languages:")).toHaveCount(0);
  await expect(page.getByText("Formats:")).toHaveCount(0);
});

test("the map's text equivalent lists every place with its events, as the seed has them", async ({ page }) => {
  await page.goto("/about");
  const listed = await listedPlaces(page);
  const expected = seedEventsByPlace();
  expect([...listed.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [place, events] of expected) expect(listed.get(place)?.sort(), place).toEqual(events.sort());

  // One mark per city (not online, not unknown), each named; the image names them too.
  const map = page.getByRole("img", { name: /World map with 4 marked cities/ });
  await expect(map).toBeVisible();
  const marks = await map.locator("circle title").allTextContents();
  expect(marks.sort()).toEqual(
    [...expected.entries()]
      .filter(([place]) => place !== "Online")
      .map(([place, list]) => `${place}: ${list.length} ${list.length === 1 ? "event" : "events"}`)
      .sort(),
  );
  // Berlin's two events make a larger mark than Brussels' one.
  const radius = (name: string) =>
    map.locator("circle", { has: page.locator("title", { hasText: name }) }).getAttribute("r");
  expect(Number(await radius("Berlin"))).toBeGreaterThan(Number(await radius("Brussels")));
  await expect(page.getByText("Not on the map: 2 events online", { exact: true })).toBeVisible();
  // A gap in the data is the owner's to fix (check:content warns), not news for visitors.
  await expect(page.getByText(/not recorded/)).toHaveCount(0);
});

test("each bio has a copy button that copies it, by mouse and by keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/about");
  const shortBio = (await page.locator("#bio-short").innerText()).trim();
  expect(shortBio.split(/\s+/).length).toBeGreaterThanOrEqual(30);

  await page.getByRole("button", { name: "Copy short bio" }).click();
  await expect(page.getByRole("status").filter({ hasText: "copied" })).toHaveText("Short bio copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortBio);

  const copyLong = page.getByRole("button", { name: "Copy long bio" });
  await copyLong.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "copied" })).toHaveText("Long bio copied.");
  const longBio = await page.evaluate(() => navigator.clipboard.readText());
  // Paragraphs survive as blank lines; links as their text.
  expect(longBio.split("\n\n").length).toBeGreaterThanOrEqual(3);
  expect(longBio).toContain("one YouTube playlist");
  expect(longBio).not.toContain("<");

  await page.getByRole("button", { name: "Copy one-line bio" }).press("Space");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    (await page.locator("#bio-one-line").innerText()).trim(),
  );
});

for (const width of [320, 412, 1280]) {
  test(`nothing moves at ${width} px when the copy buttons appear`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/about");
    await expect(page.getByRole("button", { name: "Copy short bio" })).toBeVisible();
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(
              list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0),
            );
          }).observe({ type: "layout-shift", buffered: true });
          // No entry at all is no shift: the observer then never calls back.
          setTimeout(() => resolve(0), 500);
        }),
    );
    expect(shifts).toBe(0);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the bios are plain text and no button does nothing", async ({ page }) => {
    await page.goto("/about");
    await expect(page.locator("#bio-short")).toContainText("Kemal Akkoyun");
    await expect(page.getByRole("button")).toHaveCount(0);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`at 320 px in the ${colorScheme} theme: no axe violation, nothing wider than the screen, the map in theme colours`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme });
    await page.goto("/about");
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // Land and sea follow the theme's variables, so they differ between the themes.
    const colours = await page
      .locator("figure svg path")
      .evaluateAll((paths) => paths.map((path) => getComputedStyle(path).fill));
    const expected =
      colorScheme === "light" ? ["rgb(250, 250, 249)", "rgb(228, 228, 231)"] : ["rgb(12, 12, 16)", "rgb(44, 44, 52)"];
    expect(colours).toEqual(expected);
  });
}

test("each topic links its page, and its count is the number of talks there", async ({ page }) => {
  await page.goto("/about");
  const topics = await page
    .getByRole("region", { name: "Topics" })
    .getByRole("link")
    .evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute("href")!,
        count: Number(link.querySelector("span")?.firstChild?.textContent),
      })),
    );
  expect(topics.length).toBeGreaterThanOrEqual(5);
  for (const { href, count } of topics) {
    await page.goto(href);
    await expect(page.getByRole("main").locator("article.talk-card"), href).toHaveCount(count);
  }
});

test("is in the sitemap, and its structured data is a ProfilePage of the Person", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>https?:\/\/[^<]+\/about<\/loc>/);
  await page.goto("/about");
  const [block] = await page.locator('script[type="application/ld+json"]').allTextContents();
  const graph = (JSON.parse(block!) as { "@graph": Record<string, unknown>[] })["@graph"];
  const profilePage = graph.find((node) => node["@type"] === "ProfilePage");
  const person = graph.find((node) => node["@type"] === "Person");
  expect(profilePage?.mainEntity).toEqual({ "@id": person?.["@id"] });
  expect(person).toMatchObject({
    name: "Kemal Akkoyun",
    sameAs: expect.arrayContaining(["https://github.com/kakkoyun"]),
  });
  expect(person?.description).toBe((await page.locator("#bio-short").innerText()).trim());
  expect(new URL((await page.locator('head meta[property="og:image"]').getAttribute("content"))!).pathname).toBe(
    "/about/social-card.png",
  );
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute("content", "profile");
});
