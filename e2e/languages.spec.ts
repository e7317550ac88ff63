import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";

import { buildAndServeCopy, type ServedCopy } from "../testing/served-copy";

// A talk in Turkish, given once as a keynote in English and coming up as a workshop in
// Turkish: on a copy of the project with that one file added, built and served as the
// owner's push would be, every place that shows a talk must say so, and mark the language.
test.describe.configure({ mode: "serial" });

/** Where the built copy is served, on a port chosen when it starts. */
let origin = "";
const SLUG = "go-ile-surekli-profilleme";
const TITLE = "Go ile Sürekli Profilleme";
const SUMMARY = "Go servislerinin CPU ve bellek kullanımını üretimde sürekli profilleyerek anlamak.";
const nextYear = new Date().getUTCFullYear() + 1;
const WORKSHOP = `Gopher Atölyesi ${nextYear}`;
const WORKSHOP_DATE = `${nextYear}-04-18`;
const KEYNOTE = "Profiling Summit 2023";

let served: ServedCopy | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await buildAndServeCopy("talks-lang-", (site) => {
    fs.writeFileSync(
      path.join(site, "content", "talks", `${SLUG}.mdx`),
      [
        "---",
        `title: ${TITLE}`,
        `summary: ${SUMMARY}`,
        "language: tr",
        "tags: [Go, Profiling]",
        "events:",
        `  - name: ${WORKSHOP}`,
        `    date: ${WORKSHOP_DATE}`,
        "    location: İstanbul, Türkiye",
        "    format: workshop",
        `  - name: ${KEYNOTE}`,
        "    date: 2023-09-12",
        "    location: München, Deutschland",
        "    format: keynote",
        "    language: en",
        "---",
        "",
        "Sürekli profilleme, bir programın zamanını nereye harcadığını her an gösterir.",
        "",
      ].join("\n"),
    );
  });
  origin = served.origin;
});

test.afterAll(async () => {
  await served?.close();
});

test("the card says the language and the formats, and marks the Turkish text", async ({ page }) => {
  await page.goto(`${origin}/talks`);
  const card = page.locator("article.talk-card", { has: page.getByRole("link", { name: TITLE }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: TITLE })).toHaveAttribute("lang", "tr");
  await expect(card.getByText(SUMMARY)).toHaveAttribute("lang", "tr");
  await expect(card.getByText("In Turkish", { exact: true })).toBeVisible();
  await expect(card.getByText("Workshop", { exact: true })).toBeVisible();
  await expect(card.getByText("Keynote", { exact: true })).toBeVisible();
  await expect(card.getByText("in English", { exact: true })).toBeVisible();
  // A talk in the site's language says nothing of it.
  await expect(page.locator("article.talk-card").getByText("In English", { exact: true })).toHaveCount(0);
});

test("the search finds it by language and by format", async ({ page }) => {
  for (const [query, count] of [
    ["turkish", 1],
    ["workshop", 1],
    ["keynote", 1],
    ["english", 10],
  ] as const) {
    await page.goto(`${origin}/talks?q=${query}`);
    await expect(page.locator("[data-talk-search] [aria-live]"), query).toHaveText(
      `${count} of 10 talks ${count === 1 ? "matches" : "match"}.`,
    );
  }
});

test("its page marks the language of the title, summary and abstract, and says what each event was", async ({
  page,
}) => {
  await page.goto(`${origin}/talks/${SLUG}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 }).locator("[lang=tr]")).toHaveText(TITLE);
  await expect(page.getByText(SUMMARY)).toHaveAttribute("lang", "tr");
  await expect(page.locator('[lang="tr"]', { hasText: "Sürekli profilleme, bir programın" })).toHaveCount(1);
  await expect(
    page
      .getByRole("main")
      .locator("header")
      .getByText(/In Turkish/),
  ).toBeVisible();
  const events = page.getByRole("region", { name: /events/ }).getByRole("listitem");
  await expect(events.filter({ hasText: WORKSHOP })).toContainText("Workshop");
  await expect(events.filter({ hasText: KEYNOTE })).toContainText("Keynote");
  await expect(events.filter({ hasText: KEYNOTE })).toContainText("in English");

  const [block] = await page.locator('script[type="application/ld+json"]').allTextContents();
  const graph = (JSON.parse(block!) as { "@graph": Record<string, unknown>[] })["@graph"];
  expect(graph.find((node) => node["@type"] === "CreativeWork")?.inLanguage).toBe("tr");
  expect(graph.filter((node) => node["@type"] === "Event").map((node) => [node.name, node.inLanguage])).toEqual([
    [WORKSHOP, "tr"],
    [KEYNOTE, "en"],
  ]);
});

test("the feeds carry its language as each format allows", async ({ request }) => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => name === "item" || name === "entry",
  });
  const rss = parser.parse(await (await request.get(`${origin}/feed.xml`)).text()).rss.channel;
  const rssItem = rss.item.find((item: { title: string }) => item.title === TITLE);
  expect(rssItem["dc:language"]).toBe("tr");
  expect(rssItem.description).toContain(`${WORKSHOP}`);
  expect(rssItem.description).toContain("(Workshop)");

  const atom = parser.parse(await (await request.get(`${origin}/atom.xml`)).text()).feed;
  const entry = atom.entry.find((candidate: { title: { "#text": string } }) => candidate.title["#text"] === TITLE);
  expect(entry.title["@xml:lang"]).toBe("tr");
  expect(entry.summary["@xml:lang"]).toBe("tr");

  const json = (await (await request.get(`${origin}/feed.json`)).json()) as {
    language: string;
    items: { title: string; language: string }[];
  };
  expect(json.language).toBe("en");
  expect(json.items.find((item) => item.title === TITLE)?.language).toBe("tr");
});

test("the calendars, parsed back, hold the workshop in Turkish, in the site's and in its own file", async ({
  page,
  request,
}) => {
  const site = new ICAL.Component(ICAL.parse(await (await request.get(`${origin}/talks.ics`)).text()));
  const workshop = site
    .getAllSubcomponents("vevent")
    .find((event) => String(event.getFirstPropertyValue("summary")).startsWith(TITLE));
  expect(workshop?.getFirstProperty("summary")?.getParameter("language")).toBe("tr");
  expect(String(workshop?.getFirstPropertyValue("description"))).toContain("Workshop.");
  expect(String(workshop?.getFirstPropertyValue("location"))).toBe("İstanbul, Türkiye");

  await page.goto(`${origin}/talks/${SLUG}`);
  const href = await page.getByRole("link", { name: `Add to calendar: ${WORKSHOP}` }).getAttribute("href");
  const own = new ICAL.Component(ICAL.parse(await (await request.get(`${origin}${href}`)).text()));
  const [event] = own.getAllSubcomponents("vevent");
  expect(event?.getFirstPropertyValue("uid")).toBe(workshop?.getFirstPropertyValue("uid"));
  expect(String(event?.getFirstPropertyValue("dtstart"))).toBe(WORKSHOP_DATE);
});

test("the about page counts its languages and formats, and marks the upcoming city apart", async ({ page }) => {
  await page.goto(`${origin}/about`);
  await expect(page.getByText("10 talks at 11 events in 4 countries since 2020, and 1 event to come.")).toBeVisible();
  const record = page.getByRole("region", { name: "In figures" });
  await expect(record.locator('dt:text-is("Languages") + dd')).toHaveText("English (11), Turkish (1)");
  await expect(record.locator('dt:text-is("Formats") + dd')).toHaveText("Talk (10), Keynote (1), Workshop (1)");
  const map = page.getByRole("img", { name: /World map with 6 marked cities/ });
  await expect(map.locator("circle[stroke-dasharray]")).toHaveCount(1);
  // Named as the talk file writes it, the same words as on its card.
  await expect(map.locator("circle[stroke-dasharray] title")).toHaveText("İstanbul, Türkiye: 1 upcoming");
  const istanbul = page.locator('[data-place="TR:Istanbul"]');
  await expect(istanbul).toContainText(`${WORKSHOP}`);
  await expect(istanbul).toContainText("(upcoming)");
  await expect(istanbul.getByRole("link", { name: TITLE })).toHaveAttribute("lang", "tr");
});
