// A reader shows the feed away from the site, where "/slides/x.pdf" would point at the
// reader's own host: every site path in a feed is made absolute.
import { startOfPartialDate } from "./last-modified";
import { sameLanguage } from "../content/language";
/**
 * The talks as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Pure functions of the talks and the
 * site: no clock, no file system, no MDX renderer, so the same content always gives the
 * same bytes and the feeds cannot break when the page markup changes.
 */
import type { Talk } from "../content/load-talks";
import { formatPartialDate } from "../content/partial-date";
import { eventFacets } from "../site/event-facets";
import { absoluteUrl, routes } from "../site/routes";

/** The part of the site's identity a feed names. */
export type FeedSite = {
  name: string;
  description: string;
  /** Absolute origin without a trailing slash. */
  url: string;
  locale: string;
};

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the
// surrogates and U+FFFE/U+FFFF. A single other character (a stray U+0008 pasted into a
// title) makes the whole document unparseable, so it is dropped, not escaped: XML 1.0
// has no escape for it. The `u` flag makes a lone surrogate one match, so it goes too.
const CHARACTERS_INVALID_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters no XML 1.0 document may contain; every feed uses it, so all three say the same. */
export function withoutInvalidCharacters(text: string): string {
  return text.replace(CHARACTERS_INVALID_IN_XML, "");
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Safe as XML element text and as a quoted attribute value. */
export function escapeXml(text: string): string {
  return withoutInvalidCharacters(text).replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** HTML needs the same five escapes (`&apos;` is HTML5; `&#39;` works in older readers too). */
function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, "&#39;");
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * What a reader shows for a talk: the summary, who gave it, where and when (at the
 * precision the author wrote), and the slides, recordings and other links. Built from
 * the front matter, not the MDX abstract, so it needs no MDX renderer.
 */
export function talkContentHtml(talk: Talk, site: Pick<FeedSite, "url" | "locale">): string {
  // The summary is in the talk's language; the rest is the site's words.
  const lang = sameLanguage(talk.language, site.locale) ? "" : ` lang="${escapeHtml(talk.language)}"`;
  const parts = [`<p${lang}>${escapeHtml(talk.summary)}</p>`];
  if (talk.speakers.length > 0) {
    const names = talk.speakers.map((speaker) =>
      speaker.url ? link(speaker.url, speaker.name) : escapeHtml(speaker.name),
    );
    parts.push(`<p>With ${listInWords(names)}.</p>`);
  }
  const events = talk.events.map((event) => {
    const name = event.url ? link(event.url, event.name) : escapeHtml(event.name);
    const when = escapeHtml(formatPartialDate(event.date));
    const where = event.location ? `, ${escapeHtml(event.location)}` : "";
    const facets = eventFacets(event, talk);
    const what = facets.length > 0 ? ` (${escapeHtml(facets.join(", "))})` : "";
    const extras = [
      event.recording ? link(event.recording, "Recording") : undefined,
      event.slides ? link(absoluteUrl(event.slides, site.url), "Slides for this event") : undefined,
    ].filter((extra) => extra !== undefined);
    return `<li>${name}, ${when}${where}${what}${extras.length > 0 ? `: ${extras.join(", ")}` : ""}</li>`;
  });
  parts.push(`<p>Given at:</p><ul>${events.join("")}</ul>`);
  const links = [
    ...(talk.slides ? [link(absoluteUrl(talk.slides, site.url), "Slides")] : []),
    ...talk.links.map((item) => link(item.url, item.title)),
    link(absoluteUrl(routes.talk(talk.slug), site.url), "Talk page"),
  ];
  parts.push(`<p>${links.join(" · ")}</p>`);
  return parts.join("");
}

type FeedItem = {
  talk: Talk;
  url: string;
  published: Date;
};

/** Published talks in the order given (getTalks: newest first), each with its URL and date. */
function feedItems(talks: readonly Talk[], site: FeedSite): FeedItem[] {
  return talks
    .filter((talk) => !talk.draft)
    .map((talk) => ({
      talk,
      url: absoluteUrl(routes.talk(talk.slug), site.url),
      published: startOfPartialDate(talk.date),
    }));
}

/**
 * The feed's own date: the newest item's, computed from the content rather than the
 * build clock, so that rebuilding unchanged content gives byte-identical feeds.
 */
function newestDate(items: readonly FeedItem[]): Date | undefined {
  return items.reduce<Date | undefined>(
    (newest, item) => (!newest || item.published > newest ? item.published : newest),
    undefined,
  );
}

/** RFC 3339 without milliseconds: "2022-05-16T00:00:00Z". */
function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** RFC 822 (as RFC 1123 writes it, which RSS readers expect): "Mon, 16 May 2022 00:00:00 GMT". */
function rfc822(date: Date): string {
  return date.toUTCString();
}

/** RSS 2.0, with an atom:link to itself (as the RSS Advisory Board recommends) and dc:creator for the author's name (RSS's <author> must be an e-mail address). */
export function buildRssFeed(talks: readonly Talk[], site: FeedSite): string {
  const items = feedItems(talks, site);
  const updated = newestDate(items);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${escapeXml(site.name)}</title>`,
    `<link>${escapeXml(site.url)}/</link>`,
    `<description>${escapeXml(site.description)}</description>`,
    `<language>${escapeXml(site.locale)}</language>`,
    ...(updated ? [`<lastBuildDate>${rfc822(updated)}</lastBuildDate>`] : []),
    `<atom:link href="${escapeXml(site.url + routes.feeds.rss)}" rel="self" type="application/rss+xml"/>`,
    ...items.flatMap(({ talk, url, published }) => [
      "<item>",
      `<title>${escapeXml(talk.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `<pubDate>${rfc822(published)}</pubDate>`,
      `<dc:creator>${escapeXml(site.name)}</dc:creator>`,
      // RSS has a language per channel only; Dublin Core's gives each item its own.
      `<dc:language>${escapeXml(talk.language)}</dc:language>`,
      ...talk.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
      `<description>${escapeXml(talkContentHtml(talk, site))}</description>`,
      "</item>",
    ]),
    "</channel>",
    "</rss>",
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * ` xml:lang="tr"` on an Atom title or summary in another language than the feed's (RFC
 * 4287 allows it on any element); not on the entry, whose content is in the site's words.
 */
function xmlLang(talk: Talk, site: FeedSite): string {
  return sameLanguage(talk.language, site.locale) ? "" : ` xml:lang="${escapeXml(talk.language)}"`;
}

/** Atom 1.0 (RFC 4287). The summary is plain text; the content is HTML, escaped once more as XML text. */
export function buildAtomFeed(talks: readonly Talk[], site: FeedSite): string {
  const items = feedItems(talks, site);
  // Atom requires <updated>; a feed with nothing in it has changed since nothing: the epoch.
  const updated = newestDate(items) ?? new Date(0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.locale)}">`,
    `<id>${escapeXml(site.url)}/</id>`,
    `<title type="text">${escapeXml(site.name)}</title>`,
    `<subtitle type="text">${escapeXml(site.description)}</subtitle>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(site.url)}/"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(site.url + routes.feeds.atom)}"/>`,
    `<updated>${rfc3339(updated)}</updated>`,
    `<author><name>${escapeXml(site.name)}</name><uri>${escapeXml(site.url)}/</uri></author>`,
    ...items.flatMap(({ talk, url, published }) => [
      "<entry>",
      `<id>${escapeXml(url)}</id>`,
      `<title type="text"${xmlLang(talk, site)}>${escapeXml(talk.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<published>${rfc3339(published)}</published>`,
      `<updated>${rfc3339(published)}</updated>`,
      ...talk.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      `<summary type="text"${xmlLang(talk, site)}>${escapeXml(talk.summary)}</summary>`,
      `<content type="html">${escapeXml(talkContentHtml(talk, site))}</content>`,
      "</entry>",
    ]),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}

export type JsonFeedAuthor = { name: string; url?: string };

export type JsonFeedItem = {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  tags: string[];
  /** JSON Feed 1.1: the item's own language. */
  language: string;
  authors: JsonFeedAuthor[];
};

export type JsonFeed = {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
};

/** JSON Feed 1.1. JSON escapes everything itself; text is only rid of the characters the XML feeds drop, so all three agree. */
export function buildJsonFeed(talks: readonly Talk[], site: FeedSite): JsonFeed {
  const author: JsonFeedAuthor = { name: withoutInvalidCharacters(site.name), url: `${site.url}/` };
  return {
    version: JSON_FEED_VERSION,
    title: withoutInvalidCharacters(site.name),
    home_page_url: `${site.url}/`,
    feed_url: site.url + routes.feeds.json,
    description: withoutInvalidCharacters(site.description),
    language: site.locale,
    authors: [author],
    items: feedItems(talks, site).map(({ talk, url, published }) => ({
      id: url,
      url,
      title: withoutInvalidCharacters(talk.title),
      summary: withoutInvalidCharacters(talk.summary),
      content_html: talkContentHtml(talk, site),
      date_published: rfc3339(published),
      tags: talk.tags.map(withoutInvalidCharacters),
      language: talk.language,
      authors: [author],
    })),
  };
}
