import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import { getTalks } from "../lib/content/talks";
import { builtPages, MISSING_PAGE } from "../testing/built-site";

const FEEDS = [
  ["application/rss+xml", "/feed.xml"],
  ["application/atom+xml", "/atom.xml"],
  ["application/feed+json", "/feed.json"],
] as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which the format puts first, right after the signature. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(body.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

async function metaContent(page: Page, selector: string): Promise<string> {
  const content = await page.locator(`head meta[${selector}]`).first().getAttribute("content");
  expect(content, selector).toBeTruthy();
  return content!;
}

function expectAbsolute(url: string, what: string): URL {
  expect(url, what).toMatch(/^https?:\/\//);
  return new URL(url);
}

/** The site's own URLs are absolute with the production origin; the test server serves the same paths. */
const checkedImages = new Map<string, Promise<void>>();
function expectSocialPng(request: APIRequestContext, imageUrl: URL): Promise<void> {
  const path = `${imageUrl.pathname}${imageUrl.search}`;
  if (!checkedImages.has(path)) {
    checkedImages.set(
      path,
      (async () => {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()["content-type"], path).toBe("image/png");
        expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 });
      })(),
    );
  }
  return checkedImages.get(path)!;
}

type JsonLdNode = Record<string, unknown> & { "@type"?: string };

/** Every node of every JSON-LD block on the page, each block parsed as JSON. */
async function jsonLdNodes(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as JsonLdNode & { "@graph"?: JsonLdNode[] };
    expect(data["@context"]).toBe("https://schema.org");
    return data["@graph"] ?? [data];
  });
}

const ofType = (nodes: JsonLdNode[], type: string) => nodes.filter((node) => node["@type"] === type);

for (const path of builtPages) {
  test(`${path}: social card, canonical URL and feed links`, async ({ page, request }) => {
    await page.goto(path, { waitUntil: "domcontentloaded" });

    expect(await metaContent(page, 'property="og:title"')).not.toBe("");
    expect(await metaContent(page, 'property="og:description"')).not.toBe("");
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
    const ogUrl = expectAbsolute(await metaContent(page, 'property="og:url"'), "og:url");
    expect(ogUrl.toString()).toBe(new URL(canonical!).toString());
    expect(ogUrl.pathname.replace(/\/$/, "")).toBe(path.replace(/\/$/, ""));

    const ogImage = expectAbsolute(await metaContent(page, 'property="og:image"'), "og:image");
    expect(await metaContent(page, 'property="og:image:width"')).toBe("1200");
    expect(await metaContent(page, 'property="og:image:height"')).toBe("630");
    expect(await metaContent(page, 'property="og:image:alt"')).not.toBe("");
    expect(await metaContent(page, 'name="twitter:card"')).toBe("summary_large_image");
    const twitterImage = expectAbsolute(await metaContent(page, 'name="twitter:image"'), "twitter:image");
    await expectSocialPng(request, ogImage);
    await expectSocialPng(request, twitterImage);

    for (const [type, feedPath] of FEEDS) {
      const links = page.locator(`head link[rel="alternate"][type="${type}"]`);
      await expect(links, type).toHaveCount(1);
      const href = expectAbsolute((await links.getAttribute("href"))!, type);
      expect(href.pathname).toBe(feedPath);
      await expect(links).toHaveAttribute("title", /.+/);
    }
  });
}

test("the 404 page links the feeds too and has a social image", async ({ page, request }) => {
  await page.goto(MISSING_PAGE, { waitUntil: "domcontentloaded" });
  for (const [type] of FEEDS) await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveCount(1);
  await expectSocialPng(request, expectAbsolute(await metaContent(page, 'property="og:image"'), "og:image"));
});

for (const talk of getTalks()) {
  test(`${talk.slug}: structured data describes what the page shows`, async ({ page }) => {
    await page.goto(`/talks/${talk.slug}`, { waitUntil: "domcontentloaded" });
    const nodes = await jsonLdNodes(page);

    const heading = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const works = ofType(nodes, "CreativeWork");
    expect(works.map((work) => work.name)).toEqual([heading]);
    // The talk's own image, not the site's, on the card and in the structured data alike.
    const ogImage = await metaContent(page, 'property="og:image"');
    expect(new URL(ogImage).pathname).toBe(`/talks/${talk.slug}/social-card.png`);
    expect(works[0]!.image).toBe(ogImage);

    const eventItems = page
      .getByRole("main")
      .getByRole("region", { name: /Given at/ })
      .getByRole("listitem");
    const shownEvents = await eventItems.evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector("h3")?.textContent?.trim(),
        // The date as shown, or, where the name already says the year ("GopherCon Turkey 2020"), that year.
        startDate:
          item.querySelector("time")?.getAttribute("datetime") ??
          item.querySelector("h3")?.textContent?.match(/\b\d{4}\b/)?.[0],
      })),
    );
    expect(shownEvents.length).toBeGreaterThan(0);
    const events = ofType(nodes, "Event");
    expect(events.map((event) => ({ name: event.name, startDate: event.startDate }))).toEqual(shownEvents);

    const recordingLinks = await eventItems
      .getByRole("link", { name: /^Recording on / })
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const videos = ofType(nodes, "VideoObject");
    expect(videos.map((video) => video.url)).toEqual(recordingLinks);
    for (const video of videos) {
      expect(video.thumbnailUrl).toBe(works[0]!.image);
      expect(video.uploadDate).toEqual(expect.any(String));
    }
  });
}

test("the home page names the speaker and the website", async ({ page }) => {
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const nodes = await jsonLdNodes(page);
  const [person] = ofType(nodes, "Person");
  expect(person).toMatchObject({ name: "Kemal Akkoyun", sameAs: ["https://github.com/kakkoyun"] });
  expect(ofType(nodes, "WebSite")).toHaveLength(1);
});
