import { expect, test } from "@playwright/test";

import { getTalks, getTopics, splitUpcomingTalks, topicSlug, type Talk } from "../lib/talks";

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

test("each topic page lists exactly the talks with that tag, and the index counts them", async ({ page }) => {
  expect(topics.length).toBeGreaterThan(0);
  await page.goto("/talks");
  const topicLinks = page.getByRole("region", { name: "Topics" }).getByRole("link");
  await expect(topicLinks).toHaveCount(topics.length);

  for (const topic of topics) {
    const expected = talks.filter((talk) => talk.tags.some((tag) => topicSlug(tag) === topic.slug)).map((talk) => talk.title);
    await page.goto("/talks");
    const link = page.getByRole("region", { name: "Topics" }).getByRole("link", { name: `${topic.name} ${expected.length} ${expected.length === 1 ? "talk" : "talks"}` });
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
    await expect(page.getByRole("main").getByRole("link", { name: tag, exact: true })).toHaveAttribute("href", `/talks/tags/${topicSlug(tag)}`);
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
    await expect(status).toHaveText(`${expected.length} of ${talks.length} talks ${expected.length === 1 ? "matches" : "match"}.`);
  }

  // A year left without talks loses its heading too.
  await search.fill("ebpf");
  const visibleYears = await page.locator("main [data-search-group]:visible h2").allInnerTexts();
  const expectedYears = [...new Set(talks.filter((talk) => titlesMatching("ebpf").includes(talk.title)).map((talk) => String(talk.date.year)))];
  expect(visibleYears).toEqual(expectedYears);

  await search.fill("no talk has this phrase");
  await expect.poll(() => cardTitles(page)).toEqual([]);
  await expect(status).toHaveText("No talk matches “no talk has this phrase”.");

  await search.fill("");
  await expect.poll(() => cardTitles(page)).toEqual(talks.map((talk) => talk.title));
  await expect(status).toHaveText("");
});

test("without JavaScript the index still lists every talk", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/talks");
  expect(await cardTitles(page)).toEqual(talks.map((talk) => talk.title));
  await context.close();
});

test("the chart of talks per year shows the count of events in each year", async ({ page }) => {
  const years = talks.flatMap((talk) => talk.events.map((event) => event.date.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const expected = Array.from({ length: last - first + 1 }, (_, index) => {
    const year = first + index;
    return `${year}: ${years.filter((candidate) => candidate === year).length}`;
  });

  await page.goto("/talks");
  const chart = page.getByRole("img", { name: /^Talks given per year/ });
  await expect(chart).toHaveAttribute("aria-label", `Talks given per year: ${expected.join(", ")}.`);
  await expect(chart.locator("rect")).toHaveCount(expected.length);
  // Bars are drawn to scale: the tallest year has the tallest bar.
  const heights = await chart.locator("rect").evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute("height"))));
  const counts = expected.map((entry) => Number(entry.split(": ")[1]));
  expect(heights.indexOf(Math.max(...heights))).toBe(counts.indexOf(Math.max(...counts)));
});

test("upcoming talks, when there are any, come first on the home page and the index", async ({ page }) => {
  const { upcoming } = splitUpcomingTalks(talks);
  for (const path of ["/", "/talks"]) {
    await page.goto(path);
    const section = page.getByRole("region", { name: /^Upcoming/ });
    if (upcoming.length === 0) {
      await expect(section).toHaveCount(0);
    } else {
      expect(await section.locator("h3").allInnerTexts()).toEqual(upcoming.map((talk) => talk.title));
    }
  }
});
