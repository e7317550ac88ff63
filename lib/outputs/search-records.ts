import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";

import { talkDecks, type DeckView } from "../content/decks";
import { EVENT_FORMAT_LABELS, languageName } from "../content/language";
import type { Profile } from "../content/load-profile";
import type { Talk } from "../content/load-talks";
import { mdxPlainText } from "../content/mdx-body";
import { formatTimestamp, timestampUrl } from "../content/transcripts";
import { anchors, routes } from "../site/routes";
import { sectionMetaKey, type SearchPageKind } from "../site/search-results";

/**
 * What the site's search finds: one document per page a visitor can land on (a talk's page with
 * its transcripts' passages, each PDF deck's slides page with its slides, the about page), each
 * place in a page a section under a heading with the place's id. Pagefind indexes the documents
 * (scripts/build/index-search.mjs) and answers a search with the matching pages, each with the
 * sections the words are in as its sub-results: `…/slides#slide-3`, `…#transcript-1-at-65`.
 *
 * One document per page rather than one per place: Pagefind's metadata file lists every record,
 * and at 1000 talks one record per slide and passage (91 a talk) made it 470 KB, downloaded by
 * every first search; two a talk make it about 20 KB.
 */

/** One place in a page: a slide, a transcript passage. */
export type SearchSection = {
  /** The place's id in its page: the result links to `page#anchor`. */
  anchor: string;
  /** What the result is called: "Slide 3", "1:05". */
  heading: string;
  text: string;
  /** A slide's picture, 640 px. */
  image?: string;
  /** A passage's place in the recording: the recording's URL at that second. */
  watch?: string;
};

export type SearchDocument = {
  url: string;
  kind: SearchPageKind;
  /** The page's title, as a result's group says it. */
  title: string;
  /** The talk it belongs to, and its page: the results are grouped by it. */
  talk: string;
  talkUrl: string;
  /** What the page says before its sections, paragraph by paragraph. */
  paragraphs: string[];
  sections: SearchSection[];
  filters: Partial<Record<SearchFilter, string[]>>;
};

/** The filters a visitor can narrow results by, in the order the page shows them. */
export const SEARCH_FILTERS = ["topic", "year", "language", "format", "has"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The values of `has`. */
export const HAS_RECORDING = "Recording";
export const HAS_SLIDES = "Slides";

function talkFilters(talk: Talk): SearchDocument["filters"] {
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

/** A talk's documents: its page (with its transcripts' passages), and each PDF deck's slides page. */
export function talkSearchDocuments(talk: Talk, decks: readonly DeckView[]): SearchDocument[] {
  const filters = talkFilters(talk);
  const of = { talk: talk.title, talkUrl: routes.talk(talk.slug) };
  // With more than one transcript, a passage says whose it is.
  const namedMoments = talk.events.filter((event) => event.transcript).length > 1;
  const moments = talk.events.flatMap((event) => {
    const { transcript, recording } = event;
    if (!transcript || !recording) return [];
    return transcript.paragraphs.map((paragraph): SearchSection => ({
      anchor: anchors.transcriptPassage(event.fileIndex + 1, paragraph.startSeconds),
      heading: `${formatTimestamp(paragraph.startSeconds)}${namedMoments ? ` (${event.name})` : ""}`,
      text: paragraph.text,
      watch: timestampUrl(recording, paragraph.startSeconds),
    }));
  });
  const page: SearchDocument = {
    url: of.talkUrl,
    kind: "talk",
    title: talk.title,
    ...of,
    paragraphs: [
      talk.summary,
      mdxPlainText(talk.body),
      talk.tags.join(", "),
      // Each event as the talk files write it: "FOSDEM 2020, Brussels, Belgium".
      ...talk.events.map((event) => [event.name, event.location].filter(Boolean).join(", ")),
      ...talk.speakers.map((speaker) => speaker.name),
    ],
    sections: moments,
    filters,
  };
  const slidesPages = decks.map(({ source, deck }): SearchDocument => ({
    url: routes.slides(talk.slug, source.eventSlug),
    kind: "slides",
    title: `${talk.title}: the slides${source.event ? ` (${source.event.name})` : ""}`,
    ...of,
    paragraphs: [],
    sections: deck.slides
      .filter((slide) => slide.text.trim() !== "")
      .map((slide) => ({
        anchor: anchors.slide(slide.number),
        heading: `Slide ${slide.number}`,
        text: slide.text,
        image: routes.deckImage(deck.hash, slide.images[0]!.webp),
      })),
    filters,
  }));
  return [page, ...slidesPages];
}

/** The about page's document: the speaker's bios, its results under his name. */
export function aboutSearchDocument(profile: Profile): SearchDocument {
  return {
    url: routes.about,
    kind: "page",
    title: `About ${profile.name}`,
    talk: profile.name,
    talkUrl: routes.about,
    paragraphs: [profile.tagline, profile.shortBio, profile.longBio ? mdxPlainText(profile.longBio) : ""],
    sections: [],
    filters: {},
  };
}

/**
 * Every document of the site, with only the filters that can narrow a search: what the index
 * holds (app/search-records.json/) and what the search page offers to filter by (app/search/).
 */
export async function siteSearchDocuments(talks: readonly Talk[], profile: Profile): Promise<SearchDocument[]> {
  const documents = await Promise.all(talks.map(async (talk) => talkSearchDocuments(talk, await talkDecks(talk))));
  return withNarrowingFilters([...documents.flat(), aboutSearchDocument(profile)]);
}

/** The filters the documents carry, in the order the page shows them. */
export function searchFiltersOf(documents: readonly SearchDocument[]): SearchFilter[] {
  return SEARCH_FILTERS.filter((name) => documents.some((document) => (document.filters[name] ?? []).length > 0));
}

/**
 * The documents with only the filters that can narrow a search: a filter whose every value is on
 * every page (every talk in English, say) would offer a choice that changes nothing, and each
 * filter is an index file that a search using it downloads.
 */
export function withNarrowingFilters(documents: readonly SearchDocument[]): SearchDocument[] {
  const filtered = documents.filter((document) => Object.keys(document.filters).length > 0);
  const narrows = (name: SearchFilter) => {
    const values = new Set(filtered.flatMap((document) => document.filters[name] ?? []));
    return [...values].some((value) => filtered.some((document) => !document.filters[name]?.includes(value)));
  };
  const kept = new Set(SEARCH_FILTERS.filter(narrows));
  return documents.map((document) => ({
    ...document,
    filters: Object.fromEntries(Object.entries(document.filters).filter(([name]) => kept.has(name as SearchFilter))),
  }));
}

/**
 * The document as the HTML Pagefind reads: the title and text to search; each section under a
 * heading with its place's id (Pagefind's sub-results); the meta and filters in an element it
 * reads but does not index. Built as a tree and written by hast-util-to-html, so no text can
 * break out of its element.
 */
export function searchDocumentHtml(document: SearchDocument, language: string): string {
  const meta = (key: string, value: string) => h("span", { dataPagefindMeta: key }, value);
  const hidden = h("div", { dataPagefindIgnore: "" }, [
    meta("kind", document.kind),
    meta("talk", document.talk),
    meta("talkUrl", document.talkUrl),
    ...Object.entries(document.filters).flatMap(([name, values]) =>
      values.map((value) => h("span", { dataPagefindFilter: name }, value)),
    ),
    // A URL as an attribute Pagefind reads ([href], [src]): meta written as text would split at a comma.
    ...document.sections.flatMap((section) => [
      ...(section.image
        ? [
            h("img", {
              dataPagefindMeta: `${sectionMetaKey("image", section.anchor)}[src]`,
              src: section.image,
              alt: "",
            }),
          ]
        : []),
      ...(section.watch
        ? [h("a", { dataPagefindMeta: `${sectionMetaKey("watch", section.anchor)}[href]`, href: section.watch })]
        : []),
    ]),
  ]);
  const tree = h("html", { lang: language }, [
    h("head", [h("title", document.title)]),
    h("body", [
      hidden,
      h("h1", { dataPagefindMeta: "title" }, document.title),
      ...document.paragraphs.filter((text) => text.trim() !== "").map((text) => h("p", text)),
      ...document.sections.map((section) =>
        h("section", [h("h2", { id: section.anchor }, section.heading), h("p", section.text)]),
      ),
    ]),
  ]);
  return `<!doctype html>${toHtml(tree)}`;
}
