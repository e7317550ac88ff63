import { expect, test } from "@playwright/test";

import { getTalks } from "../lib/content/talks";
import { splitUpcomingTalks } from "../lib/site/talks";
import { GITHUB_URL, PLAYLIST_URL, seedTalks } from "../testing/fixtures/seed-talks";

// The seed talks are fixed facts; talks added later are checked through the content layer,
// so that adding a talk file never needs a test change.
const talks = getTalks();

test("home leads to all talks, to a talk, and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kemal Akkoyun" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "GitHub" })).toHaveAttribute("href", GITHUB_URL);
  await expect(page.getByRole("main").getByRole("link", { name: "Talks on YouTube" })).toHaveAttribute(
    "href",
    PLAYLIST_URL,
  );

  // The latest three talks, newest first.
  const latest = page.getByRole("region", { name: "Latest talks" }).getByRole("heading", { level: 3 });
  await expect(latest).toHaveText(talks.slice(0, 3).map((talk) => talk.title));

  await page.getByRole("link", { name: /^All \d+ talks/ }).click();
  await expect(page).toHaveURL("/talks");
  await expect(page.getByRole("heading", { level: 1, name: "Talks" })).toBeVisible();

  const index = talks.findIndex((talk) => talk.slug === "parca-profiling-in-the-cloud-native-era");
  const [newer, talk, older] = [talks[index - 1]!, talks[index]!, talks[index + 1]!];
  await page.getByRole("link", { name: talk.title, exact: true }).click();
  await expect(page).toHaveURL(`/talks/${talk.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(talk.title);

  // Older and newer talks are one click away.
  const moreTalks = page.getByRole("navigation", { name: "More talks" });
  await expect(moreTalks.getByRole("link", { name: `Older talk ${older.title}` })).toHaveAttribute(
    "href",
    `/talks/${older.slug}`,
  );
  await expect(moreTalks.getByRole("link", { name: `Newer talk ${newer.title}` })).toHaveAttribute(
    "href",
    `/talks/${newer.slug}`,
  );

  await page.getByRole("link", { name: "All talks" }).first().click();
  await expect(page).toHaveURL("/talks");

  await page.getByRole("banner").getByRole("link", { name: "Kemal Akkoyun" }).click();
  await expect(page).toHaveURL("/");
});

test("the index lists every talk by year, newest first, with events and what is available", async ({ page }) => {
  await page.goto("/talks");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "YouTube playlist" })).toHaveAttribute(
    "href",
    PLAYLIST_URL,
  );

  const { upcoming, past } = splitUpcomingTalks(talks);
  const titles = await page.getByRole("main").getByRole("heading", { level: 3 }).allTextContents();
  expect(titles).toEqual([...upcoming, ...past].map((talk) => talk.title));
  // The seed's own order, from its event dates, holds whatever is added around it.
  const seedTitles = seedTalks.map((talk) => talk.title);
  expect(titles.filter((title) => seedTitles.includes(title))).toEqual(seedTitles);
  const years = [...new Set(past.map((talk) => String(talk.date.year)))];
  // The list's own headings: "Upcoming" when a talk is, then one per year.
  // Each year's heading says its year, then how many talks it holds.
  await expect(page.locator("main [data-search-group] > h2")).toHaveText([
    ...(upcoming.length > 0 ? [/^Upcoming/] : []),
    ...years.map((year) => new RegExp(`^${year}\\s*\\d+ talks?$`)),
  ]);
  expect(years).toEqual(expect.arrayContaining(["2022", "2021", "2020"]));

  for (const talk of seedTalks) {
    const card = page
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: talk.title, exact: true }) });
    await expect(card.getByRole("link")).toHaveAttribute("href", `/talks/${talk.slug}`);
    // The card's first list is its events; the second, what the talk has.
    const events = card.getByRole("list").first().getByRole("listitem");
    await expect(events).toHaveCount(talk.events.length);
    for (const [index, event] of talk.events.entries()) {
      await expect(events.nth(index)).toContainText(event.name);
      await expect(events.nth(index)).toContainText(event.date);
      if (event.location) await expect(events.nth(index)).toContainText(event.location);
    }
    await expect(card.getByRole("listitem").filter({ hasText: "Slides available" })).toHaveCount(1);
    const recordings = talk.events.length > 1 ? `${talk.events.length} recordings available` : "Recording available";
    await expect(card.getByRole("listitem").filter({ hasText: recordings })).toHaveCount(1);
  }
});

test("an unknown address gets a real 404 page", async ({ page }) => {
  for (const path of ["/talks/no-such-talk", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/Page not found/);
    await page.getByRole("link", { name: "Browse all talks" }).click();
    await expect(page).toHaveURL("/talks");
  }
});
