import { DEFAULT_EVENT_FORMAT, EVENT_FORMAT_LABELS, languageName, sameLanguage } from "../content/language";
import type { Talk, TalkEvent } from "../content/load-talks";

/**
 * How a talk's language and its events' formats are put into words, the same on cards,
 * talk pages, feeds and calendars. Pure: the site's own language is passed in where needed.
 */

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
