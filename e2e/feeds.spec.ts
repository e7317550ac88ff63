import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";

import { getTalks } from "../lib/content/talks";
import { eventCalendarFiles } from "../lib/outputs/calendar";
import { site } from "../lib/site/site";
import { buildDay } from "../lib/site/talks";
import { builtFiles, builtPages } from "../testing/built-site";

// The build and the tests run in one environment (npm test), so lib/site gives the origin
// the build wrote into every absolute URL.
const talks = getTalks();
const talkPages = talks.map((talk) => `/talks/${talk.slug}`);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (_name, path) => ["rss.channel.item", "feed.entry", "feed.entry.link"].includes(String(path)),
});

/** Fetches a built file, checks its status and Content-Type, and returns its text. */
async function fetchText(request: APIRequestContext, path: string, contentType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(contentType);
  return response.text();
}

/** The path of an absolute URL on the site's origin. */
function sitePath(url: string): string {
  expect(url.startsWith(`${site.url}/`), `${url} is on ${site.url}`).toBe(true);
  return new URL(url).pathname;
}

/** Each feed lists every talk page of the build, newest first, and each link answers. */
async function expectTalkItems(request: APIRequestContext, urls: string[], dates: Date[]) {
  expect(talkPages.length).toBeGreaterThan(0);
  expect(talkPages.filter((path) => !builtPages.includes(path))).toEqual([]);
  expect(urls.map(sitePath)).toEqual(talkPages);
  for (const [index, date] of dates.entries()) {
    expect(Number.isNaN(date.getTime()), urls[index]).toBe(false);
    if (index > 0)
      expect(date.getTime(), `${urls[index]} is not newer than the item before`).toBeLessThanOrEqual(
        dates[index - 1]!.getTime(),
      );
  }
  for (const url of urls) expect((await request.get(sitePath(url))).status(), url).toBe(200);
}

test("/feed.xml is RSS 2.0 listing every talk, newest first", async ({ request }) => {
  const xml = await fetchText(request, "/feed.xml", "application/rss+xml; charset=utf-8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = parser.parse(xml).rss.channel;
  expect(channel["atom:link"]["@href"]).toBe(`${site.url}/feed.xml`);
  const items: { link: string; guid: { "#text": string }; pubDate: string; title: string }[] = channel.item;
  expect(items.map((item) => item.title)).toEqual(talks.map((talk) => talk.title));
  expect(items.map((item) => item.guid["#text"])).toEqual(items.map((item) => item.link));
  await expectTalkItems(
    request,
    items.map((item) => item.link),
    items.map((item) => new Date(item.pubDate)),
  );
  expect(channel.lastBuildDate).toBe(items[0]!.pubDate);
});

test("/atom.xml is Atom 1.0 listing every talk, newest first", async ({ request }) => {
  const xml = await fetchText(request, "/atom.xml", "application/atom+xml; charset=utf-8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml).feed;
  const entries: { id: string; link: { "@href": string }[]; updated: string }[] = feed.entry;
  expect(entries.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.link[0]!["@href"]));
  await expectTalkItems(
    request,
    entries.map((entry) => entry.id),
    entries.map((entry) => new Date(entry.updated)),
  );
  expect(feed.updated).toBe(entries[0]!.updated);
});

test("/feed.json is JSON Feed 1.1 listing every talk, newest first", async ({ request }) => {
  const feed = JSON.parse(await fetchText(request, "/feed.json", "application/feed+json; charset=utf-8"));
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.feed_url).toBe(`${site.url}/feed.json`);
  const items: { id: string; url: string; date_published: string }[] = feed.items;
  expect(items.map((item) => item.id)).toEqual(items.map((item) => item.url));
  await expectTalkItems(
    request,
    items.map((item) => item.url),
    items.map((item) => new Date(item.date_published)),
  );
});

test("/talks.ics holds one all-day event per event dated to the day, each linking to its talk", async ({ request }) => {
  const text = await fetchText(request, "/talks.ics", "text/calendar; charset=utf-8");
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
  const fullyDated = talks.flatMap((talk) =>
    talk.events.filter((event) => event.date.day !== undefined).map((event) => ({ talk, event })),
  );
  expect(events).toHaveLength(fullyDated.length);
  const uids = events.map((event) => String(event.getFirstPropertyValue("uid")));
  expect(new Set(uids).size).toBe(uids.length);
  for (const [index, { talk, event }] of fullyDated.entries()) {
    const vevent = events[index]!;
    const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect([start.year, start.month, start.day]).toEqual([event.date.year, event.date.month, event.date.day]);
    expect(String(vevent.getFirstPropertyValue("summary"))).toContain(talk.title);
    const url = String(vevent.getFirstPropertyValue("url"));
    expect(sitePath(url)).toBe(`/talks/${talk.slug}`);
    expect((await request.get(sitePath(url))).status(), url).toBe(200);
  }
});

test("each upcoming event dated to the day has its own calendar file, and nothing else has one", async ({
  request,
}) => {
  // No placeholder, no past event: out/ holds exactly the files the talk pages link to
  // (the seed has none; e2e/add-a-talk.spec.ts builds one and opens it).
  const expected = eventCalendarFiles(talks, buildDay).map((file) => file.path);
  expect(builtFiles.filter((file) => file.endsWith(".ics") && file !== "/talks.ics").sort()).toEqual(
    [...expected].sort(),
  );
  for (const path of expected) {
    const events = new ICAL.Component(
      ICAL.parse(await fetchText(request, path, "text/calendar; charset=utf-8")),
    ).getAllSubcomponents("vevent");
    expect(events, path).toHaveLength(1);
  }
});
