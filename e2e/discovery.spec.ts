import { expect, test } from "@playwright/test";

import type { Talk } from "../lib/content/load-talks";
import { getTalks } from "../lib/content/talks";
import { splitUpcomingTalks } from "../lib/site/talks";
import { getTopics, topicSlug } from "../lib/site/topics";

const talks = getTalks();
const topics = getTopics();

/** What a visitor can search in a talk: its card's text and its tags, folded like the search box folds it. */
function searchableText(talk: Talk): string {
  return [talk.title, talk.summary, ...talk.tags, ...talk.events.flatMap((event) => [event.name, event.location ?? ""])]
    .join(" ")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

function titlesMatching(query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return talks.filter((talk) => words.every((word) => searchableText(talk).includes(word))).map((talk) => talk.title);
}

const cardTitles = (page: import("@playwright/test").Page) =>
  page.locator("main [data-tags]:visible h3").allInnerTexts();

/** What the search box's live region says when some talks match. */
const countText = (matches: number) => `${matches} of ${talks.length} talks ${matches === 1 ? "matches" : "match"}.`;

test("each topic page lists exactly the talks with that tag, and the index counts them", async ({ page }) => {
  expect(topics.length).toBeGreaterThan(0);
  await page.goto("/talks");
  const topicLinks = page.getByRole("navigation", { name: "Talks by topic" }).getByRole("link");
  await expect(topicLinks).toHaveCount(topics.length);

  for (const topic of topics) {
    const expected = talks
      .filter((talk) => talk.tags.some((tag) => topicSlug(tag) === topic.slug))
      .map((talk) => talk.title);
    await page.goto("/talks");
    const link = page
      .getByRole("navigation", { name: "Talks by topic" })
      .getByRole("link", { name: `${topic.name} ${expected.length} ${expected.length === 1 ? "talk" : "talks"}` });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/talks/tags/${topic.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.name);
    await expect(page).toHaveTitle(`Talks on ${topic.name} · Kemal Akkoyun`);
    expect(await page.locator("main article h3").allInnerTexts()).toEqual(expected);
  }
});

test("a talk page links each of its tags to the topic page", async ({ page }) => {
  const talk = talks.find((candidate) => candidate.tags.length > 1)!;
  await page.goto(`/talks/${talk.slug}`);
  for (const tag of talk.tags) {
    await expect(page.getByRole("main").getByRole("link", { name: tag, exact: true })).toHaveAttribute(
      "href",
      `/talks/tags/${topicSlug(tag)}`,
    );
  }
  await page.getByRole("main").getByRole("link", { name: talk.tags[0], exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(talk.tags[0]!);
  await expect(page.getByRole("main").getByRole("link", { name: talk.title })).toBeVisible();
});

test("the topics page lists every topic", async ({ page }) => {
  await page.goto("/talks/tags");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(topics.length);
});

test("search filters the index as the visitor types, by title, summary, tag, event and place", async ({ page }) => {
  await page.goto("/talks");
  const search = page.getByRole("searchbox", { name: "Search talks" });
  const status = page.getByRole("search").locator("[aria-live]");

  for (const query of ["ebpf", "KubeCon valencia", "Zen", "online prometheus", "brussels"]) {
    const expected = titlesMatching(query);
    expect(expected.length, `"${query}" matches some talk in the content`).toBeGreaterThan(0);
    await search.fill(query);
    await expect.poll(() => cardTitles(page), { message: query }).toEqual(expected);
    await expect(status).toHaveText(countText(expected.length));
  }

  // A year left without talks loses its heading too.
  await search.fill("ebpf");
  const visibleYears = await page
    .locator("main [data-search-group]:visible h2")
    .evaluateAll((headings) => headings.map((heading) => heading.firstChild?.textContent ?? ""));
  const expectedYears = [
    ...new Set(
      talks.filter((talk) => titlesMatching("ebpf").includes(talk.title)).map((talk) => String(talk.date.year)),
    ),
  ];
  expect(visibleYears).toEqual(expectedYears);

  await search.fill("no talk has this phrase");
  await expect.poll(() => cardTitles(page)).toEqual([]);
  await expect(status).toHaveText("No talk matches “no talk has this phrase”.");

  await search.fill("");
  await expect.poll(() => cardTitles(page)).toEqual(talks.map((talk) => talk.title));
  await expect(status).toHaveText("");
});

test("/talks?q=… opens the index filtered, with the query in the box", async ({ page }) => {
  const expected = titlesMatching("prometheus");
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(talks.length);
  await page.goto("/talks?q=prometheus");
  // The search island, once, from <head>, and no other script.
  await expect(page.locator('head script[type="module"][src="/islands/talk-search.js"]')).toHaveCount(1);
  await expect(page.locator("script[src]")).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "Search talks" })).toHaveValue("prometheus");
  await expect.poll(() => cardTitles(page)).toEqual(expected);
  await expect(page.getByRole("search").locator("[aria-live]")).toHaveText(countText(expected.length));

  // Accents and case fold in the URL's query too.
  await page.goto(`/talks?q=${encodeURIComponent("PRÓMETHEUS")}`);
  await expect.poll(() => cardTitles(page)).toEqual(expected);
});

test("the query follows typing into the URL, one history entry for the whole search", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("main")
    .getByRole("link", { name: `All ${talks.length} talks` })
    .click();
  await expect(page).toHaveURL(/\/talks$/);
  const search = page.getByRole("searchbox", { name: "Search talks" });

  await search.fill("ebpf");
  await expect(page).toHaveURL(/\/talks\?q=ebpf$/);
  await search.pressSequentially(" go");
  await expect(page).toHaveURL(/\/talks\?q=ebpf\+go$/);
  await search.fill("");
  await expect(page).toHaveURL(/\/talks$/);

  // Each keystroke replaced the entry: Back leaves the index.
  await search.fill("zen");
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test("Back to the index brings the query and the filtered list back", async ({ page }) => {
  const expected = titlesMatching("prometheus");
  await page.goto("/talks");
  const search = page.getByRole("searchbox", { name: "Search talks" });
  await search.fill("prometheus");
  await expect(page).toHaveURL(/\/talks\?q=prometheus$/);

  await page.getByRole("main").getByRole("link", { name: expected[0], exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected[0]!);
  await page.goBack();

  await expect(page).toHaveURL(/\/talks\?q=prometheus$/);
  await expect(search).toHaveValue("prometheus");
  await expect.poll(() => cardTitles(page)).toEqual(expected);
  await expect(page.getByRole("search").locator("[aria-live]")).toHaveText(countText(expected.length));
});

test("Back to the index from the back/forward cache brings the query and the filtered list back", async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  // Playwright turns the back/forward cache off in the browsers it launches; this one keeps it.
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  try {
    const page = await browser.newPage({ baseURL });
    const expected = titlesMatching("prometheus");
    await page.goto("/talks");
    await page.getByRole("searchbox", { name: "Search talks" }).fill("prometheus");
    await expect(page).toHaveURL(/\/talks\?q=prometheus$/);
    // Gone on a fresh load, kept by a page the cache restores.
    await page.evaluate(() => Object.assign(window, { beforeLeaving: true }));

    await page.getByRole("main").getByRole("link", { name: expected[0], exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected[0]!);
    // A page restored from the cache fires no load event: wait for the navigation only.
    await page.goBack({ waitUntil: "commit" });

    await expect(page).toHaveURL(/\/talks\?q=prometheus$/);
    expect(
      await page.evaluate(() => "beforeLeaving" in window),
      "the index came back from the back/forward cache",
    ).toBe(true);
    await expect(page.getByRole("searchbox", { name: "Search talks" })).toHaveValue("prometheus");
    await expect.poll(() => cardTitles(page)).toEqual(expected);
    await expect(page.getByRole("search").locator("[aria-live]")).toHaveText(countText(expected.length));
  } finally {
    await browser.close();
  }
});

test("without JavaScript the index still lists every talk", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/talks");
  expect(await cardTitles(page)).toEqual(talks.map((talk) => talk.title));
  await context.close();
});

test("each year of the index says how many talks it holds", async ({ page }) => {
  const { past } = splitUpcomingTalks(talks);
  const years = [...new Set(past.map((talk) => talk.date.year))];
  await page.goto("/talks");
  for (const year of years) {
    const count = past.filter((talk) => talk.date.year === year).length;
    await expect(
      page.getByRole("heading", { level: 2, name: `${year} ${count} ${count === 1 ? "talk" : "talks"}` }),
    ).toBeVisible();
  }
});

test("the search box is on the first screen of a phone, with room for results under it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/talks");
  const box = await page.getByRole("searchbox", { name: "Search talks" }).boundingBox();
  expect(box).not.toBeNull();
  // Its bottom edge in the upper half: the list it filters shows under it while one types.
  expect(box!.y + box!.height).toBeLessThan(844 / 2);
  await context.close();
});

test("upcoming talks, when there are any, come first on the home page and the index", async ({ page }) => {
  const { upcoming } = splitUpcomingTalks(talks);
  for (const path of ["/", "/talks"]) {
    await page.goto(path);
    const section = page.getByRole("region", { name: /^(Upcoming|Next talk)/ });
    if (upcoming.length === 0) {
      await expect(section).toHaveCount(0);
    } else {
      expect(await section.locator("h3").allInnerTexts()).toEqual(upcoming.map((talk) => talk.title));
    }
  }
});
