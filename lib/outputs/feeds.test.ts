import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildAtomFeed, buildJsonFeed, buildRssFeed, escapeXml, JSON_FEED_VERSION, talkContentHtml } from "./feeds";
import { HOSTILE_TITLE_CLEAN, syntheticTalks, testSite, turkishTalk } from "../../testing/fixtures/synthetic-talks";

// Values stay strings (a title "2020" must not become a number); lists stay lists even with one element.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, path) =>
    [
      "rss.channel.item",
      "rss.channel.item.category",
      "feed.link",
      "feed.entry",
      "feed.entry.link",
      "feed.entry.category",
    ].includes(String(path)),
});

type Attributes = Record<string, string>;

function parseXml(xml: string) {
  // The validator fails on unescaped markup that the lenient parser would skip over.
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const published = syntheticTalks().filter((talk) => !talk.draft);

afterEach(() => {
  vi.useRealTimers();
});

describe("escapeXml", () => {
  it("escapes the five XML specials and drops characters XML 1.0 cannot hold", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    expect(escapeXml("bell\u0007 nul\u0000 esc\u001b fffe\uFFFE lone\uD800 tab\tnl\n")).toBe(
      "bell nul esc fffe lone tab\tnl\n",
    );
    expect(escapeXml("emoji 🎤 and ü")).toBe("emoji 🎤 and ü");
  });
});

describe("a talk's content in a feed", () => {
  it("links a PDF deck of the site by its absolute URL, for the talk and for an event", () => {
    const [talk] = published;
    const [event] = talk!.events;
    const html = talkContentHtml(
      { ...talk!, slides: "/slides/deck.pdf", events: [{ ...event!, slides: "/slides/2022.pdf" }] },
      testSite,
    );
    expect(html).toContain('<a href="https://talks.example.org/slides/deck.pdf">Slides</a>');
    expect(html).toContain('<a href="https://talks.example.org/slides/2022.pdf">Slides for this event</a>');
  });
});

describe("RSS 2.0", () => {
  const xml = buildRssFeed(syntheticTalks(), testSite);
  const channel = parseXml(xml).rss.channel;

  it("describes the site and links to itself", () => {
    expect(channel.title).toBe(testSite.name);
    expect(channel.link).toBe("https://talks.example.org/");
    expect(channel.description).toBe(testSite.description);
    expect(channel.language).toBe("en");
    expect(channel["atom:link"]).toMatchObject({
      "@href": "https://talks.example.org/feed.xml",
      "@rel": "self",
      "@type": "application/rss+xml",
    });
  });

  it("lists published talks only, newest first, dated by their latest event (a month is its first day, midnight UTC)", () => {
    expect(channel.item.map((item: { guid: { "#text": string } }) => item.guid["#text"])).toEqual(
      published.map((talk) => `https://talks.example.org/talks/${talk.slug}`),
    );
    expect(channel.item.map((item: { pubDate: string }) => item.pubDate)).toEqual([
      "Mon, 16 May 2022 00:00:00 GMT",
      "Sat, 01 May 2021 00:00:00 GMT",
      "Wed, 01 Jan 2020 00:00:00 GMT",
    ]);
    expect(channel.lastBuildDate).toBe("Mon, 16 May 2022 00:00:00 GMT");
  });

  it("carries hostile text through a round trip: title, categories, author and HTML description", () => {
    const [item] = channel.item;
    expect(item.title).toBe(HOSTILE_TITLE_CLEAN);
    expect(item.link).toBe("https://talks.example.org/talks/hostile");
    expect(item.guid["@isPermaLink"]).toBe("true");
    expect(item.category).toEqual(["Q&A", "C++ <fast>"]);
    expect(item["dc:creator"]).toBe(testSite.name);
    // The description is HTML: once parsed from XML, the talk's text is still escaped as HTML.
    expect(item.description).toContain(
      "<p>Escapes &amp; &lt;angle&gt; brackets; commas, semicolons\nand a new line.</p>",
    );
    expect(item.description).toContain(
      'With <a href="https://example.com/ada">Ada &lt;Lovelace&gt;</a> and Grace Hopper.',
    );
    expect(item.description).toContain("Conf; 2022, Day \\1, 16 May 2022, Valencia, Spain: ");
    expect(item.description).toContain('<a href="https://example.com/rec?x=1&amp;y=2">Recording</a>');
    expect(item.description).toContain('<a href="https://example.com/slides?a=1&amp;b=2">Slides</a>');
    expect(item.description).toContain('<a href="https://example.com/code">Code &amp; demo</a>');
    expect(item.description).toContain('<a href="https://talks.example.org/talks/hostile">Talk page</a>');
    expect(item.description).not.toContain("<script>");
    expect(xml).not.toContain("\u0008");
  });

  it("writes each event at its own precision", () => {
    expect(channel.item[1].description).toContain('<a href="https://example.com/gocon">GoCon 2021</a>, May 2021');
    expect(channel.item[2].description).toContain("Yearly 2020, 2020");
  });
});

describe("Atom 1.0", () => {
  const feed = parseXml(buildAtomFeed(syntheticTalks(), testSite)).feed;

  it("describes the site, links to itself and is dated by its newest entry", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.id).toBe("https://talks.example.org/");
    expect(feed.title["#text"]).toBe(testSite.name);
    expect(feed.link).toEqual([
      { "@rel": "alternate", "@type": "text/html", "@href": "https://talks.example.org/" },
      { "@rel": "self", "@type": "application/atom+xml", "@href": "https://talks.example.org/atom.xml" },
    ]);
    expect(feed.updated).toBe("2022-05-16T00:00:00Z");
    expect(feed.author.name).toBe(testSite.name);
  });

  it("has one entry per published talk, newest first, with RFC 3339 dates", () => {
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(
      published.map((talk) => `https://talks.example.org/talks/${talk.slug}`),
    );
    expect(feed.entry.map((entry: { published: string }) => entry.published)).toEqual([
      "2022-05-16T00:00:00Z",
      "2021-05-01T00:00:00Z",
      "2020-01-01T00:00:00Z",
    ]);
  });

  it("carries hostile text through a round trip", () => {
    const [entry] = feed.entry;
    expect(entry.title["#text"]).toBe(HOSTILE_TITLE_CLEAN);
    expect(entry.link[0]["@href"]).toBe("https://talks.example.org/talks/hostile");
    expect(entry.category.map((category: Attributes) => category["@term"])).toEqual(["Q&A", "C++ <fast>"]);
    expect(entry.summary["#text"]).toBe("Escapes & <angle> brackets; commas, semicolons\nand a new line.");
    expect(entry.content["@type"]).toBe("html");
    expect(entry.content["#text"]).toContain("<p>Escapes &amp; &lt;angle&gt; brackets");
    expect(entry.content["#text"]).not.toContain("<script>");
  });
});

describe("JSON Feed 1.1", () => {
  const feed = JSON.parse(JSON.stringify(buildJsonFeed(syntheticTalks(), testSite)));

  it("declares version 1.1 and the site's URLs", () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.home_page_url).toBe("https://talks.example.org/");
    expect(feed.feed_url).toBe("https://talks.example.org/feed.json");
    expect(feed.authors).toEqual([{ name: testSite.name, url: "https://talks.example.org/" }]);
    expect(feed.language).toBe("en");
  });

  it("has one item per published talk, newest first, with stable ids and RFC 3339 dates", () => {
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(
      published.map((talk) => `https://talks.example.org/talks/${talk.slug}`),
    );
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(
      feed.items.map((item: { id: string }) => item.id),
    );
    expect(feed.items.map((item: { date_published: string }) => item.date_published)).toEqual([
      "2022-05-16T00:00:00Z",
      "2021-05-01T00:00:00Z",
      "2020-01-01T00:00:00Z",
    ]);
  });

  it("keeps hostile text as text, without the control character", () => {
    const [item] = feed.items;
    expect(item.title).toBe(HOSTILE_TITLE_CLEAN);
    expect(item.tags).toEqual(["Q&A", "C++ <fast>"]);
    expect(item.summary).toBe("Escapes & <angle> brackets; commas, semicolons\nand a new line.");
    expect(item.content_html).toContain("<p>Escapes &amp; &lt;angle&gt; brackets");
  });
});

describe("a talk in another language", () => {
  const talks = [turkishTalk(), ...published];

  it("is marked in each feed as its format allows: dc:language, xml:lang on title and summary, the item's language", () => {
    const rss = parseXml(buildRssFeed(talks, testSite)).rss.channel;
    expect(rss.language).toBe("en");
    expect(rss.item.map((item: Record<string, unknown>) => item["dc:language"])).toEqual([
      "tr",
      ...published.map(() => "en"),
    ]);

    const [entry, plainEntry] = parseXml(buildAtomFeed(talks, testSite)).feed.entry;
    expect(entry.title["@xml:lang"]).toBe("tr");
    expect(entry.summary["@xml:lang"]).toBe("tr");
    expect(plainEntry.title["@xml:lang"]).toBeUndefined();

    expect(buildJsonFeed(talks, testSite).items.map((item) => item.language)).toEqual([
      "tr",
      ...published.map(() => "en"),
    ]);
  });

  it("says in its content which events were not talks, or not in its language", () => {
    const html = talkContentHtml(turkishTalk(), testSite);
    expect(html).toMatch(/^<p lang="tr">Bir Go/);
    expect(html).toContain("Atölye 2031, 4 May 2031 (Workshop)");
    expect(html).toContain("Keynote Conf 2031, 2 Apr 2031 (Keynote, in English)");
  });
});

describe("every feed", () => {
  const build = () => [
    buildRssFeed(syntheticTalks(), testSite),
    buildAtomFeed(syntheticTalks(), testSite),
    JSON.stringify(buildJsonFeed(syntheticTalks(), testSite)),
  ];

  it("is the same whatever the build clock says, so a rebuild changes nothing", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2023-01-01T12:00:00Z"));
    const first = build();
    vi.setSystemTime(new Date("2031-07-09T03:04:05Z"));
    expect(build()).toEqual(first);
  });

  it("takes every absolute URL from the site's URL (SITE_URL)", () => {
    const other = { ...testSite, url: "https://preview.example.net" };
    for (const output of [
      buildRssFeed(syntheticTalks(), other),
      buildAtomFeed(syntheticTalks(), other),
      JSON.stringify(buildJsonFeed(syntheticTalks(), other)),
    ]) {
      expect(output).not.toContain("talks.example.org");
      expect(output).toContain("https://preview.example.net/talks/hostile");
    }
  });

  it("is still valid with no talks", () => {
    const rss = parseXml(buildRssFeed([], testSite)).rss.channel;
    expect(rss.item).toBeUndefined();
    expect(rss.lastBuildDate).toBeUndefined();
    expect(parseXml(buildAtomFeed([], testSite)).feed.updated).toBe("1970-01-01T00:00:00Z");
    expect(buildJsonFeed([], testSite).items).toEqual([]);
  });
});
