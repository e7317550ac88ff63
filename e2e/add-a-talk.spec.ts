import fs from "node:fs";
import path from "node:path";

import { expect, test, type Locator } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";

import { derivedShortCode } from "../lib/content/short-codes";
import { site } from "../lib/site/site";
import { minimalPdf } from "../testing/fixtures/minimal-pdf";
import { buildAndServeCopy, type ServedCopy } from "../testing/served-copy";

// The owner's promise: one new talk file, and nothing else, updates every output of the
// site. On a copy of the project: add a file dated after today, with its deck as a PDF in
// public/slides/ (the seed has none, and the site ships no placeholder), build, serve, and look.
test.describe.configure({ mode: "serial" });

/** Where the built copy is served, on a port chosen when it starts. */
let origin = "";
const SLUG = "tracing-q-and-a-live";
// Characters that break feeds and pages when they are not escaped.
const TITLE = `Tracing Q&A <Live>: "Ask" Anything`;
const TAG = "Distributed Tracing";
const TAG_SLUG = "distributed-tracing";
const nextYear = new Date().getUTCFullYear() + 1;
const EVENT = `Future Conf ${nextYear}`;
const PDF_PATH = `/slides/${SLUG}.pdf`;
const EVENT_DATE = `${nextYear}-03-14`;
const EVENT_SLUG = `future-conf-${nextYear}-${EVENT_DATE}`;
const EVENT_CALENDAR_PATH = `/talks/${SLUG}/${EVENT_SLUG}.ics`;
const PDF = minimalPdf("Tracing Q&A (Live)");

let served: ServedCopy | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await buildAndServeCopy("talks-add-", (site) => {
    fs.mkdirSync(path.join(site, "public", "slides"), { recursive: true });
    fs.writeFileSync(path.join(site, "public", ...PDF_PATH.split("/")), PDF);
    fs.writeFileSync(
      path.join(site, "content", "talks", `${SLUG}.mdx`),
      [
        "---",
        `title: '${TITLE}'`,
        "summary: Questions from the room about tracing, answered live, with a few sharp edges & <angle brackets>.",
        `tags: [${TAG}, Observability]`,
        `slides: ${PDF_PATH}`,
        "events:",
        `  - name: ${EVENT}`,
        `    date: ${EVENT_DATE}`,
        "    location: Lisbon, Portugal",
        "---",
        "",
        "An hour of questions about tracing.",
        "",
      ].join("\n"),
    );
  });
  origin = served.origin;
});

test.afterAll(async () => {
  await served?.close();
});

test("the pages: upcoming on home and index, its own page, its topic", async ({ page }) => {
  for (const listPath of ["/", "/talks"]) {
    await page.goto(origin + listPath);
    const upcoming = page.getByRole("region", { name: /^(Upcoming|Next talk)/ });
    await expect(upcoming.getByRole("heading", { level: 3 })).toHaveText([TITLE]);
  }
  await page.goto(`${origin}/talks`);
  await expect(
    page.getByRole("navigation", { name: "Talks by topic" }).getByRole("link", { name: `${TAG} 1 talk` }),
  ).toHaveAttribute("href", `/talks/tags/${TAG_SLUG}`);

  await page.goto(`${origin}/talks/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole("region", { name: "Coming up at" })).toContainText("Upcoming");
  // Its event is dated to the day, so it can be added to a calendar: a download, named after the event.
  const addToCalendar = page.getByRole("link", { name: `Add to calendar: ${EVENT}`, exact: true });
  await expect(addToCalendar).toHaveText("Add to calendar");
  await expect(addToCalendar).toHaveAttribute("href", EVENT_CALENDAR_PATH);
  await expect(addToCalendar).toHaveAttribute("download", `${SLUG}-${EVENT_SLUG}.ics`);

  await page.goto(`${origin}/talks/tags/${TAG_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TAG);
  await expect(page.getByRole("main").getByRole("article").getByRole("heading")).toHaveText([TITLE]);
});

test("its short link is live before the talk is given: it leads to the talk, whose page shows it", async ({
  page,
  request,
}) => {
  const code = derivedShortCode(SLUG);
  const response = await request.get(`${origin}/t/${code}`, { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe(`/talks/${SLUG}`);
  await page.goto(`${origin}/t/${code}`);
  await expect(page).toHaveURL(`${origin}/talks/${SLUG}`);
  await expect(page.getByRole("region", { name: "Share" })).toContainText(`/t/${code}`);
});

test("the feeds, the calendar and the sitemap", async ({ request }) => {
  const xml = new XMLParser({ ignoreAttributes: false });
  const rss = xml.parse(await (await request.get(`${origin}/feed.xml`)).text());
  expect(rss.rss.channel.item[0].title).toBe(TITLE);

  const atom = xml.parse(await (await request.get(`${origin}/atom.xml`)).text());
  const atomTitle = atom.feed.entry[0].title;
  expect(typeof atomTitle === "string" ? atomTitle : atomTitle["#text"]).toBe(TITLE);

  const json = await (await request.get(`${origin}/feed.json`)).json();
  expect(json.items[0].title).toBe(TITLE);

  const calendar = new ICAL.Component(ICAL.parse(await (await request.get(`${origin}/talks.ics`)).text()));
  const event = calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent))
    .find((candidate) => candidate.summary.includes(TITLE));
  expect(event, "the new talk's event is in the calendar").toBeTruthy();
  expect(event!.startDate.toString()).toBe(`${nextYear}-03-14`);
  expect(event!.location).toBe("Lisbon, Portugal");

  // Its own file to add it with: one VEVENT, the very one /talks.ics has (same UID).
  const response = await request.get(origin + EVENT_CALENDAR_PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const vevents = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  const own = new ICAL.Event(vevents[0]!);
  expect(own.summary).toBe(`${TITLE} — ${EVENT}`);
  expect(own.startDate.isDate).toBe(true);
  expect(own.startDate.toString()).toBe(EVENT_DATE);
  expect(own.location).toBe("Lisbon, Portugal");
  expect(String(vevents[0]!.getFirstPropertyValue("url"))).toBe(`${site.url}/talks/${SLUG}`);
  expect(own.uid).toBe(event!.uid);

  const sitemap = await (await request.get(`${origin}/sitemap.xml`)).text();
  expect(sitemap).toContain(`/talks/${SLUG}</loc>`);
  expect(sitemap).toContain(`/talks/tags/${TAG_SLUG}</loc>`);
});

test("its PDF deck: nothing fetched on load, shown in place on request, framed by this site only", async ({
  page,
  request,
}) => {
  const pdfRequests: string[] = [];
  page.on("request", (sent) => {
    if (new URL(sent.url()).pathname.toLowerCase().endsWith(".pdf")) pdfRequests.push(sent.url());
  });
  // A frame the PDF's headers refuse is reported on the console, and as a CSP violation.
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/Refused to (display|frame)|Content Security Policy|X-Frame-Options/i.test(message.text()))
      refusals.push(message.text());
  });
  await page.goto(`${origin}/talks/${SLUG}`);
  await page.waitForLoadState("networkidle");
  expect(pdfRequests, "no request for the PDF before the visitor asks").toEqual([]);

  // The slides section's link opens the file itself in the browser's viewer: a plain link, not a page of the app.
  await expect(page.getByRole("link", { name: "The PDF" })).toHaveAttribute("href", PDF_PATH);

  const slides = page.getByRole("region", { name: "Slides", exact: true });
  const button = slides.getByRole("button", { name: `Show the slides of ${TITLE}`, exact: true });
  await expect(button).toBeVisible();
  await expect(slides.locator("iframe")).toHaveCount(0);
  // Where it is on the page, not in the viewport: focus may scroll the page.
  const pageBox = (target: Locator) =>
    target.evaluate((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x: x + window.scrollX, y: y + window.scrollY, width, height };
    });
  const before = await pageBox(button);
  expect(before.width / before.height).toBeCloseTo(16 / 9, 1);

  await button.focus();
  const pdfResponse = page.waitForResponse((response) => new URL(response.url()).pathname === PDF_PATH);
  await page.keyboard.press("Enter");
  const frame = slides.locator("iframe");
  await expect(frame).toHaveAttribute("src", PDF_PATH);
  await expect(frame).toHaveAttribute("title", `Slides of ${TITLE} (PDF)`);
  // Chrome shows no PDF in a sandboxed frame.
  expect(await frame.getAttribute("sandbox")).toBeNull();
  await expect(frame).toBeFocused();
  expect((await pdfResponse).status()).toBe(200);
  expect(await pageBox(frame), "the frame takes the poster's place without moving anything").toEqual(before);
  expect(refusals).toEqual([]);

  const response = await request.get(origin + PDF_PATH);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.compare(await response.body(), PDF)).toBe(0);
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy.split(";").map((directive) => directive.trim())).toContain("frame-ancestors 'self'");
  expect(response.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  // The page framing it allows frames from itself.
  const pagePolicy = (await request.get(`${origin}/talks/${SLUG}`)).headers()["content-security-policy"] ?? "";
  expect(pagePolicy).toMatch(/frame-src 'self' /);
});

test("the feeds link its PDF deck by an absolute URL", async ({ request }) => {
  const absolute = `${site.url}${PDF_PATH}`;
  const rss = await (await request.get(`${origin}/feed.xml`)).text();
  expect(rss).toContain(`&lt;a href=&quot;${absolute}&quot;&gt;Slides&lt;/a&gt;`);
  expect(rss).not.toContain(`href=&quot;${PDF_PATH}`);
  const json = await (await request.get(`${origin}/feed.json`)).json();
  expect(json.items[0].content_html).toContain(`<a href="${absolute}">Slides</a>`);
});

test("its social image", async ({ page, request }) => {
  await page.goto(`${origin}/talks/${SLUG}`);
  const imageUrl = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(imageUrl).toContain(`/talks/${SLUG}/`);
  const response = await request.get(origin + new URL(imageUrl!).pathname + new URL(imageUrl!).search);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  // The PNG header: width and height are the first fields of the IHDR chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
