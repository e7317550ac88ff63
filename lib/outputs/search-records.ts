import type { DeckView } from "../content/decks";
import { EVENT_FORMAT_LABELS, languageName } from "../content/language";
import type { Profile } from "../content/load-profile";
import type { Talk } from "../content/load-talks";
import { mdxPlainText } from "../content/mdx-body";
import { formatTimestamp, timestampUrl } from "../content/transcripts";
import { routes } from "../site/routes";

/**
 * What the site's search finds, one record per place a visitor can land on: a talk's page, each
 * slide of each PDF deck, each passage of each transcript, and the about page. The build step
 * scripts/build/index-search.mjs hands them to Pagefind, which writes the static index that
 * /search reads. Each record carries its talk (so that results group by talk) and the talk's
 * facets as filters.
 */

export type SearchRecordKind = "talk" | "slide" | "moment" | "page";

export type SearchRecord = {
  /** Where the result leads: a page, or a place in one (`…/slides#slide-3`, `…#transcript-1-at-65`). */
  url: string;
  content: string;
  meta: {
    kind: SearchRecordKind;
    /** What the result is called: the talk's title, "Slide 3", "1:05". */
    title: string;
    /** The talk it belongs to, and its page: the results are grouped by it. */
    talk: string;
    talkUrl: string;
    /** A moment's place in the recording: its URL at that second. */
    watch?: string;
    /** A slide's picture, 640 px. */
    image?: string;
  };
  filters: Partial<Record<SearchFilter, string[]>>;
};

/** The filters a visitor can narrow results by, in the order the page shows them. */
export const SEARCH_FILTERS = ["topic", "year", "language", "format", "has"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The values of `has`. */
export const HAS_RECORDING = "Recording";
export const HAS_SLIDES = "Slides";

function talkFilters(talk: Talk): SearchRecord["filters"] {
  const has = [
    ...(talk.events.some((event) => event.recording) ? [HAS_RECORDING] : []),
    ...(talk.slides || talk.events.some((event) => event.slides) ? [HAS_SLIDES] : []),
  ];
  return {
    topic: talk.tags,
    year: [...new Set(talk.events.map((event) => String(event.date.year)))],
    language: [...new Set([talk.language, ...talk.events.map((event) => event.language)].map(languageName))],
    format: [...new Set(talk.events.map((event) => EVENT_FORMAT_LABELS[event.format]))],
    has,
  };
}

/** A talk's records: its page, its decks' slides, its transcripts' passages. */
export function talkSearchRecords(talk: Talk, decks: readonly DeckView[]): SearchRecord[] {
  const filters = talkFilters(talk);
  const of = { talk: talk.title, talkUrl: routes.talk(talk.slug) };
  // Each event as the talk files write it: "FOSDEM 2020, Brussels, Belgium".
  const events = talk.events.map((event) => [event.name, event.location].filter(Boolean).join(", "));
  const page: SearchRecord = {
    url: of.talkUrl,
    content: [
      talk.title,
      talk.summary,
      mdxPlainText(talk.body),
      talk.tags.join(", "),
      ...events,
      ...talk.speakers.map((speaker) => speaker.name),
    ].join("\n"),
    meta: { kind: "talk", title: talk.title, ...of },
    filters,
  };
  const slides = decks.flatMap(({ source, deck }) =>
    deck.slides
      .filter((slide) => slide.text.trim() !== "")
      .map((slide): SearchRecord => ({
        url: routes.slide(talk.slug, source.eventSlug, slide.number),
        content: slide.text,
        meta: {
          kind: "slide",
          title: `Slide ${slide.number}${source.event ? ` (${source.event.name})` : ""}`,
          ...of,
          image: routes.deckImage(deck.hash, slide.images[0]!.webp),
        },
        filters,
      })),
  );
  // With more than one transcript, a moment says whose it is.
  const namedMoments = talk.events.filter((event) => event.transcript).length > 1;
  const moments = talk.events.flatMap((event) => {
    const { transcript, recording } = event;
    if (!transcript || !recording) return [];
    return transcript.paragraphs.map((paragraph): SearchRecord => ({
      url: routes.transcriptPassage(talk.slug, event.fileIndex + 1, paragraph.startSeconds),
      content: paragraph.text,
      meta: {
        kind: "moment",
        title: `${formatTimestamp(paragraph.startSeconds)}${namedMoments ? ` (${event.name})` : ""}`,
        ...of,
        watch: timestampUrl(recording, paragraph.startSeconds),
      },
      filters,
    }));
  });
  return [page, ...slides, ...moments];
}

/** The about page's record: the speaker's bios. */
export function aboutSearchRecord(profile: Profile): SearchRecord {
  const about = routes.about;
  return {
    url: about,
    content: [
      profile.name,
      profile.tagline,
      profile.shortBio,
      profile.longBio ? mdxPlainText(profile.longBio) : "",
    ].join("\n"),
    meta: { kind: "page", title: `About ${profile.name}`, talk: `About ${profile.name}`, talkUrl: about },
    filters: {},
  };
}
