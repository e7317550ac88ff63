import { DEFAULT_EVENT_FORMAT, EVENT_FORMAT_LABELS, languageName, sameLanguage } from "../content/language";
import type { Talk, TalkEvent } from "../content/load-talks";
import { formatPartialDate } from "../content/partial-date";

/**
 * How a talk's language and its events' formats are put into words, the same on cards,
 * talk pages, feeds and calendars. Pure: the site's own language is passed in where needed.
 */

/**
 * Whether an event's date says more than its name: "FOSDEM 2020" on "Feb 2020" does, but
 * "GopherCon Turkey 2021" on "2021" does not, and printing both repeats the year.
 */
export function dateSaysMore(event: Pick<TalkEvent, "name" | "date">): boolean {
  return !event.name.includes(formatPartialDate(event.date));
}

/** "In Turkish", for a talk or event in another language than the site's. */
export function inLanguageLabel(tag: string): string {
  return `In ${languageName(tag)}`;
}

/**
 * What sets an event apart on a page, in reading order: its format unless it is a talk
 * ("Workshop"), its language when it differs from the talk's ("in English").
 */
export function eventFacets(event: TalkEvent, talk: Pick<Talk, "language">): string[] {
  const facets: string[] = [];
  if (event.format !== DEFAULT_EVENT_FORMAT) facets.push(EVENT_FORMAT_LABELS[event.format]);
  if (!sameLanguage(event.language, talk.language)) facets.push(`in ${languageName(event.language)}`);
  return facets;
}

/**
 * Words the index search matches besides what a card shows: every language and format of a
 * talk and its events, default ones too, so that "english" and "talk" find talks as
 * "turkish" and "workshop" do.
 */
export function searchFacets(talk: Talk): string {
  const languages = new Set([talk.language, ...talk.events.map((event) => event.language)].map(languageName));
  const formats = new Set(talk.events.map((event) => EVENT_FORMAT_LABELS[event.format]));
  return [...languages, ...formats].join(" ");
}

/** Hosts that visitors know by another name than their address. */
const HOST_NAMES: Record<string, string> = {
  "youtube.com": "YouTube",
  "youtu.be": "YouTube",
  "docs.google.com": "Google Slides",
  "speakerdeck.com": "Speaker Deck",
  "slideshare.net": "SlideShare",
  "vimeo.com": "Vimeo",
  "github.com": "GitHub",
};

/**
 * Where a link leads, for its label ("on YouTube", "on speakerdeck.com"); undefined for a
 * path of this site, which needs no saying.
 */
export function siteNameOf(href: string): string | undefined {
  if (href.startsWith("/")) return undefined;
  const host = URL.canParse(href) ? new URL(href).hostname.replace(/^(www|m)\./, "") : undefined;
  return host ? (HOST_NAMES[host] ?? host) : undefined;
}
