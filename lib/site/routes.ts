import { site } from "./site";

/**
 * Where each page and file of the site is served. Every link, canonical URL, feed entry and
 * sitemap entry is built here, so that a page that moves moves everywhere at once. The
 * folders under app/ serve these paths; e2e/links.spec.ts follows every link of the built
 * site and fails on one that leads nowhere.
 */
/** The ids that places in a page are linked by: `#slide-3`, `#transcript-1-at-65`. */
export const anchors = {
  slide: (number: number) => `slide-${number}`,
  /** A transcript passage by the transcript's number on the page (from 1) and the second it starts at. */
  transcriptPassage: (transcriptNumber: number, seconds: number) =>
    `transcript-${transcriptNumber}-at-${Math.floor(seconds)}`,
} as const;

export const routes = {
  home: "/",
  about: "/about",
  talks: "/talks",
  search: "/search",
  /** The search page with a query: /search?q=… */
  searchFor: (query: string) => `/search?${new URLSearchParams({ q: query })}`,
  topics: "/talks/tags",
  talk: (slug: string) => `/talks/${slug}`,
  topic: (slug: string) => `/talks/tags/${slug}`,
  /** A talk's PDF deck, slide by slide; an event's own deck has its own page. */
  slides: (talkSlug: string, eventSlug?: string) =>
    `/talks/${talkSlug}/slides${eventSlug === undefined ? "" : `/${eventSlug}`}`,
  /** One slide of a deck's page. */
  slide: (talkSlug: string, eventSlug: string | undefined, number: number) =>
    `${routes.slides(talkSlug, eventSlug)}#${anchors.slide(number)}`,
  /** A transcript passage on its talk's page. */
  transcriptPassage: (talkSlug: string, transcriptNumber: number, seconds: number) =>
    `${routes.talk(talkSlug)}#${anchors.transcriptPassage(transcriptNumber, seconds)}`,
  /** A slide image: the hash changes with the PDF, so the path can be cached forever. */
  deckImage: (hash: string, fileName: string) => `/deck-images/${hash}/${fileName}`,
  /** A talk's artwork, one file per size and format; the name carries a hash of the picture. */
  talkArt: (fileName: string) => `/talk-art/${fileName}`,
  siteSocialCard: "/social-card.png",
  aboutSocialCard: "/about/social-card.png",
  talkSocialCard: (slug: string) => `/talks/${slug}/social-card.png`,
  calendar: "/talks.ics",
  /** One event's calendar file: /talks/<slug>/<event>-<date>.ics. */
  eventCalendar: (talkSlug: string, fileName: string) => `/talks/${talkSlug}/${fileName}`,
  feeds: { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" },
  /** A talk's short link, for the last slide: /t/<code> leads to the talk's page. */
  shortLink: (code: string) => `/t/${code}`,
  /** A talk's files to share: its short link's QR code in each colouring, SVG and PNG. */
  talkShareFile: (slug: string, fileName: string) => `/talks/${slug}/share/${fileName}`,
  /** A talk's card as other sites frame it (oEmbed), and the oEmbed answer that points to it. */
  // A file its route writes (no extension: hosts send its type from the site's headers).
  talkEmbed: (slug: string) => `/talks/${slug}/embed`,
  talkOembed: (slug: string) => `/talks/${slug}/oembed.json`,
  /** The organisers' kit: the abstract in three lengths, the bios, and the talk as Markdown. */
  talkKit: (slug: string) => `/talks/${slug}/kit`,
  talkKitMarkdown: (slug: string) => `/talks/${slug}/kit.md`,
  /** The embeddable card's own small stylesheet (public/embed.css). */
  embedStylesheet: "/embed.css",
} as const;

/**
 * A site path made absolute, for what is read away from the site (feeds, calendars,
 * structured data, the sitemap): "/talks/x" → "https://kakkoyun.me/talks/x". A URL that is
 * already absolute (a recording on YouTube) is returned as it is.
 */
export function absoluteUrl(pathOrUrl: string, origin: string = site.url): string {
  return pathOrUrl.startsWith("/") ? `${origin}${pathOrUrl}` : pathOrUrl;
}
