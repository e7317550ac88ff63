import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";

import { multiPagePdf } from "../testing/fixtures/pdf-fixtures";
import { publishScaffoldedTalk } from "../testing/fixtures/publish-scaffold";
import { SLIDES_FIXTURE as F, writeSlidesFixture } from "../testing/fixtures/slides-fixture";
import { buildAndServeCopy, type ServedCopy } from "../testing/served-copy";

// A PDF deck as pages of slides, and a recording's transcript, on a copy of the project
// with a fixture talk (testing/fixtures/slides-fixture.ts) and a second talk made by
// `npm run new-talk -- --slides path/to/deck.pdf`; built and served as the owner's push would be.
test.describe.configure({ mode: "serial" });

const NEW_TALK = {
  title: "Deck Copy Check",
  slug: "deck-copy-check",
  texts: ["Copied deck, slide one", "Copied deck, slide two"],
};
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

let served: ServedCopy | undefined;
// Where the built copy is served, on a port chosen when it starts.
let origin = "";
let slidesPage = "";
let talkPage = "";

test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await buildAndServeCopy("talks-slides-", async (site) => {
    await writeSlidesFixture(site);
    // The owner's path for a deck on disk: the scaffold copies it into public/slides/.
    const downloaded = path.join(site, "..", "downloaded-deck.pdf");
    fs.writeFileSync(downloaded, await multiPagePdf(NEW_TALK.texts));
    const created = spawnSync(
      "npm",
      [
        "run",
        "new-talk",
        "--",
        "--title",
        NEW_TALK.title,
        "--event",
        "Copy Conf 2021",
        "--date",
        "2021-05-06",
        "--slides",
        downloaded,
      ],
      { cwd: site, encoding: "utf8" },
    );
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Copied ${downloaded} to public/slides/${NEW_TALK.slug}.pdf`);
    expect(fs.readFileSync(path.join(site, "content", "talks", `${NEW_TALK.slug}.mdx`), "utf8")).toContain(
      `slides: /slides/${NEW_TALK.slug}.pdf`,
    );
    expect(
      fs.readFileSync(path.join(site, "public", "slides", `${NEW_TALK.slug}.pdf`)).equals(fs.readFileSync(downloaded)),
    ).toBe(true);
    publishScaffoldedTalk(path.join(site, "content", "talks", `${NEW_TALK.slug}.mdx`), {
      summary: "A deck copied in by the scaffold.",
      abstract: "The slides of a deck the scaffold copied into public/slides/.",
    });
  });
  origin = served.origin;
  slidesPage = `${origin}/talks/${F.slug}/slides`;
  talkPage = `${origin}/talks/${F.slug}`;
});

test.afterAll(async () => {
  await served?.close();
});

test("the talk page shows the first slide as the deck's poster and links every slide", async ({ page }) => {
  await page.goto(talkPage);
  const poster = page.locator(`button[data-frame-src="${F.deckPath}"] img`);
  await expect(poster).toHaveAttribute("src", /^\/deck-images\/[0-9a-f]{64}\/001-1280\.jpg$/);
  // Loaded, from one of the two widths (as WebP, where the browser reads it).
  await expect
    .poll(() => poster.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true);
  expect(await poster.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(
    /\/deck-images\/[0-9a-f]{64}\/001-(640|1280)\.webp$/,
  );
  // The in-place viewer stays: pressing the poster opens the PDF.
  await page.getByRole("button", { name: `Show the slides of ${F.title}` }).click();
  await expect(page.locator(`iframe[src="${F.deckPath}"]`)).toBeVisible();
  await page.getByRole("link", { name: `All ${F.slideTexts.length} slides, with their text` }).click();
  await expect(page).toHaveURL(slidesPage);
});

test("its card shows the deck's first slide, where a talk without a deck shows its artwork", async ({ page }) => {
  await page.goto(`${origin}/talks`);
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: F.title, exact: true }) });
  await expect(card.locator("img")).toHaveAttribute("src", /^\/deck-images\/[0-9a-f]{64}\/001-1280\.jpg$/);
  const others = page
    .getByRole("article")
    .filter({ hasNot: page.getByRole("heading", { name: F.title, exact: true }) });
  await expect(others.first().locator("img")).toHaveAttribute("src", /^\/talk-art\/[a-z0-9-]+-[0-9a-f]{10}-640\.webp$/);
});

test("the slides page has every slide in order: image, text, anchor, neighbours", async ({ page, request }) => {
  await page.goto(slidesPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(F.title);
  const slides = page.locator("ol > li[id^='slide-']");
  await expect(slides).toHaveCount(F.slideTexts.length);
  expect(await slides.evaluateAll((items) => items.map((item) => item.id))).toEqual(
    F.slideTexts.map((_, index) => `slide-${index + 1}`),
  );
  expect(await slides.locator("[data-slide-text]").allTextContents()).toEqual([...F.slideTexts]);

  const images = await slides.locator("img").evaluateAll((elements) =>
    elements.map((image) => ({
      width: image.getAttribute("width"),
      height: image.getAttribute("height"),
      loading: image.getAttribute("loading"),
      srcset: image.getAttribute("srcset"),
      webp: image.parentElement?.querySelector("source")?.getAttribute("type"),
    })),
  );
  images.forEach((image, index) => {
    expect(image, `slide ${index + 1}`).toMatchObject({
      width: "1280",
      height: "720",
      loading: index === 0 ? "eager" : "lazy",
      webp: "image/webp",
    });
    expect(image.srcset).toMatch(/ 640w, .* 1280w$/);
  });
  for (const [format, type] of [
    ["webp", "image/webp"],
    ["jpg", "image/jpeg"],
  ] as const) {
    const source = await page.locator("ol > li#slide-3 picture").evaluate((picture) => picture.innerHTML);
    const url = new RegExp(`/deck-images/[0-9a-f]{64}/003-640\\.${format}`).exec(source)?.[0];
    expect(url, format).toBeDefined();
    const response = await request.get(`${origin}${url}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
  }

  // Each slide's own link, visible, to copy; the neighbours by keyboard.
  await expect(page.getByRole("link", { name: "Link to slide 3" })).toHaveAttribute("href", "#slide-3");
  await page.locator("#slide-2").getByRole("link", { name: "Slide 3" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${slidesPage}#slide-3`);
  await expect(page.getByRole("heading", { name: /^Slide 3/ })).toBeInViewport();
  await page.locator("#slide-3").getByRole("link", { name: "Slide 2" }).press("Enter");
  await expect(page).toHaveURL(`${slidesPage}#slide-2`);
  await page.goto(`${slidesPage}#slide-${F.slideTexts.length}`);
  await expect(
    page.locator(`#slide-${F.slideTexts.length}`).getByRole("link", { name: "Back to the talk" }),
  ).toHaveAttribute("href", `/talks/${F.slug}`);
});

test("an event's own deck has its page, linked from that event", async ({ page }) => {
  await page.goto(talkPage);
  await page.getByRole("link", { name: `All ${F.eventDeckTexts.length} slides used at ${F.meetup}` }).click();
  await expect(page).toHaveURL(`${origin}/talks/${F.slug}/slides/${F.meetupSlug}`);
  await expect(page.getByText(`Slides used at ${F.meetup}`)).toBeVisible();
  await expect(page.locator("ol > li[id^='slide-']")).toHaveCount(F.eventDeckTexts.length);
});

test("the transcript is under the recording: paragraphs with time links, the rest folded, all in the HTML", async ({
  page,
}) => {
  await page.goto(talkPage);
  const transcript = page.getByRole("region", { name: /^Transcript/ });
  // The time links; each passage also links its slide now (the event has chapters: tested below).
  const times = await transcript
    .locator("p > a:not([data-passage-slide])")
    .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute("href")]));
  expect(times).toEqual(
    [
      ["0:01", 1],
      ["0:10", 10],
      ["0:20", 20],
      ["1:05", 65],
      ["2:30", 150],
      ["3:10", 190],
    ].map(([label, seconds]) => [label, `${F.recording}&t=${seconds}s`]),
  );
  await expect(
    transcript.getByText("Welcome, everyone, to profiling in practice. Today we look at what a profile tells you."),
  ).toBeVisible();
  await expect(transcript.getByText("Sampling takes a hundred stacks a second & costs almost nothing.")).toBeHidden();
  await transcript.getByText("The rest of the transcript (4 more paragraphs)").click();
  await expect(transcript.getByText("Sampling takes a hundred stacks a second & costs almost nothing.")).toBeVisible();

  const [block] = await page.locator('script[type="application/ld+json"]').allTextContents();
  const video = (JSON.parse(block!) as { "@graph": Record<string, unknown>[] })["@graph"].find(
    (node) => node["@type"] === "VideoObject",
  );
  expect(video?.transcript).toContain("Sampling takes a hundred stacks a second & costs almost nothing.");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the slides page and the talk page at 320 px in the ${colorScheme} theme: axe, nothing wider than the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme });
    for (const url of [slidesPage, talkPage]) {
      await page.goto(url);
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
        url,
      ).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        url,
      ).toBeLessThanOrEqual(0);
    }
  });
}

test("the new pages are valid HTML and every link on them leads somewhere", async ({ request }) => {
  const validator = new HtmlValidate({ extends: ["html-validate:standard", "html-validate:a11y"] });
  for (const url of [
    slidesPage,
    `${origin}/talks/${F.slug}/slides/${F.meetupSlug}`,
    talkPage,
    `${origin}/talks/${NEW_TALK.slug}/slides`,
  ]) {
    const html = await (await request.get(url)).text();
    const report = await validator.validateString(html, url);
    expect(
      report.results.flatMap((result) =>
        result.messages.filter((message) => message.severity === 2).map((message) => message.message),
      ),
      url,
    ).toEqual([]);
    const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
    for (const href of new Set(hrefs)) {
      if (href.startsWith("#")) {
        expect(html, `${url} ${href}`).toContain(`id="${href.slice(1)}"`);
      } else if (href.startsWith("/")) {
        expect((await request.get(`${origin}${href.split("#")[0]}`)).status(), `${url} → ${href}`).toBe(200);
      } else {
        expect(href, url).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
      }
    }
  }
});

test.describe("slides in step with the recording (the event's chapters file)", () => {
  const watchAt = (seconds: number) => `${F.recording}&t=${seconds}s`;

  test("each slide on the slides page links to the recording at its moment", async ({ page }) => {
    await page.goto(slidesPage);
    for (const [slide, start] of F.chapters) {
      const link = page.locator(`#slide-${slide} [data-slide-moment]`);
      await expect(link).toHaveAttribute("href", watchAt(start));
      await expect(link).toHaveText(
        `In the recording at ${Math.floor(start / 60)}:${String(start % 60).padStart(2, "0")}`,
      );
    }
  });

  test("each transcript passage shows the slide on screen, linking to it", async ({ page }) => {
    await page.goto(talkPage);
    await page.getByText("The rest of the transcript").click();
    const passages = page.locator("p[id^='transcript-1-at-']");
    const shown = await passages.evaluateAll((elements) =>
      elements.map((element) => [element.id, element.querySelector("[data-passage-slide]")?.getAttribute("href")]),
    );
    expect(shown).toEqual(
      [1, 10, 20, 65, 150, 190].map((second) => {
        const [slide] = F.chapters.findLast(([, start]) => start <= second)!;
        return [`transcript-1-at-${second}`, `/talks/${F.slug}/slides#slide-${slide}`];
      }),
    );
    await expect(page.locator("#transcript-1-at-65 [data-passage-slide] img")).toHaveAttribute(
      "src",
      /^\/deck-images\/[0-9a-f]{64}\/004-640\.webp$/,
    );
  });

  test("the recording's JSON-LD carries a Clip per chapter, matching the chapters file", async ({ page }) => {
    await page.goto(talkPage);
    const graphs = await page.locator('script[type="application/ld+json"]').allTextContents();
    const nodes = graphs.flatMap(
      (text) => (JSON.parse(text) as { "@graph"?: { "@type": string; hasPart?: unknown[] }[] })["@graph"] ?? [],
    );
    const video = nodes.find((node) => node["@type"] === "VideoObject" && node.hasPart);
    expect(video?.hasPart).toEqual(
      F.chapters.map(([slide, start, end]) => ({
        "@type": "Clip",
        name: `Slide ${slide}: ${F.slideTexts[slide - 1]}`,
        startOffset: start,
        endOffset: end,
        url: watchAt(start),
      })),
    );
  });
});

test.describe("search across pages, slides and transcripts", () => {
  const talkUrl = () => `/talks/${F.slug}`;

  test("a word only on slide 3 finds slide 3, under its talk, the word marked", async ({ page }) => {
    await page.goto(`${origin}/search?q=cheaply`);
    const group = page.locator(".search-results > li").filter({ has: page.getByRole("heading", { name: F.title }) });
    await expect(group).toHaveCount(1);
    const slide = group.getByRole("link", { name: "Slide 3", exact: true });
    await expect(slide).toHaveAttribute("href", `${talkUrl()}/slides#slide-3`);
    // Pagefind marks the word as written, with a full stop that ends its text.
    await expect(group.locator("mark")).toHaveText([/^cheaply\.?$/]);
    await expect(page.locator("[data-site-search] [aria-live]")).toHaveText("1 result in 1 talk.");
    await slide.click();
    await expect(page).toHaveURL(`${origin}${talkUrl()}/slides#slide-3`);
    await expect(page.locator("#slide-3")).toBeInViewport();
  });

  test("a word said only at 1:05 finds that moment: the passage on the talk page and the recording at that second", async ({
    page,
  }) => {
    await page.goto(`${origin}/search?q=expensive`);
    const moment = page.getByRole("link", { name: "At 1:05", exact: true });
    await expect(moment).toHaveAttribute("href", `${talkUrl()}#transcript-1-at-65`);
    await expect(page.getByRole("link", { name: "Watch from 1:05" })).toHaveAttribute(
      "href",
      "https://www.youtube.com/watch?v=abcdefghijk&t=65s",
    );
    await moment.click();
    // The passage is in the folded part of the transcript: the browser opens it for the anchor.
    await expect(page.locator("#transcript-1-at-65")).toBeVisible();
    await expect(page.locator("#transcript-1-at-65")).toContainText("wide means expensive");
  });

  test("filters narrow the results, and the URL keeps the query and the filters", async ({ page }) => {
    await page.goto(`${origin}/search?q=profiling`);
    const groups = page.locator(".search-results > li");
    await expect(groups.filter({ has: page.getByRole("heading", { name: F.title }) })).toHaveCount(1);
    const before = await groups.count();
    // The filters' choices load when they are opened.
    await page.getByText("Filter the results").click();
    await page.getByRole("group", { name: "Topic" }).getByLabel("eBPF", { exact: true }).check();
    await expect(page).toHaveURL(/[?&]topic=eBPF(&|$)/);
    await expect(page).toHaveURL(/[?&]q=profiling(&|$)/);
    await expect.poll(() => groups.count()).toBeLessThan(before);
    await expect(groups.filter({ has: page.getByRole("heading", { name: F.title }) })).toHaveCount(0);
    // A reload (or a shared link) shows the same: the filter ticked, the same results.
    const narrowed = await groups.count();
    await page.reload();
    await expect(page.getByRole("group", { name: "Topic" }).getByLabel("eBPF", { exact: true })).toBeChecked();
    await expect(groups).toHaveCount(narrowed);
  });

  test("typing keeps the URL current; Back from a result returns to the query and its results", async ({ page }) => {
    await page.goto(`${origin}/search`);
    const box = page.getByRole("searchbox", { name: "Search for" });
    await box.fill("flame");
    await expect(page).toHaveURL(`${origin}/search?q=flame`);
    await page.getByRole("link", { name: "Slide 4", exact: true }).click();
    await expect(page).toHaveURL(`${origin}${talkUrl()}/slides#slide-4`);
    await page.goBack();
    await expect(page).toHaveURL(`${origin}/search?q=flame`);
    await expect(box).toHaveValue("flame");
    await expect(page.getByRole("link", { name: "Slide 4", exact: true })).toBeVisible();
    // Submitting the form is a page of its own, with the query in its URL.
    await box.fill("eBPF");
    await box.press("Enter");
    await expect(page).toHaveURL(`${origin}/search?q=eBPF`);
    await expect(page.getByRole("link", { name: "Slide 5", exact: true })).toBeVisible();
  });

  test("without JavaScript the page says so and offers the talks list", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/search?q=flame`);
    // In <noscript>, which Playwright's text and role queries pass over: what the page shows, then the link.
    expect(await page.locator("main").innerText()).toContain("Search runs in the browser, and JavaScript is off here.");
    await expect(page.locator('noscript a[href="/talks"]')).toHaveText("the list of talks");
    await expect(page.locator('noscript a[href="/talks"]')).toBeVisible();
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`results pass axe in the ${colorScheme} theme, and are reached by Tab`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${origin}/search?q=flame`);
      await expect(page.getByRole("link", { name: "Slide 4", exact: true })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(
        violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`),
      ).toEqual([]);
      await page.getByRole("searchbox", { name: "Search for" }).focus();
      let reached = false;
      for (let step = 0; step < 40 && !reached; step += 1) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.textContent === "Slide 4");
      }
      expect(reached).toBe(true);
    });
  }
});

test("a second build with the same PDFs renders nothing and writes the same images", async () => {
  test.setTimeout(240_000);
  const site = served!.site;
  const imagesBefore = fs
    .readdirSync(path.join(site, "out", "deck-images"), { recursive: true })
    .map(String)
    .sort();
  const again = spawnSync("npm", ["run", "build"], {
    cwd: site,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).not.toContain("Rendered ");
  expect(
    fs
      .readdirSync(path.join(site, "out", "deck-images"), { recursive: true })
      .map(String)
      .sort(),
  ).toEqual(imagesBefore);
  expect(imagesBefore.filter((file) => file.endsWith(".webp"))).toHaveLength(
    (F.slideTexts.length + F.eventDeckTexts.length + NEW_TALK.texts.length) * 2,
  );
  // The first build did render them.
  expect(served!.buildOutput).toContain(`Rendered ${F.slideTexts.length} slides of ${F.deckPath}`);
});
