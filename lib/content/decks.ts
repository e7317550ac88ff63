import fs from "node:fs";
import path from "node:path";

import { DECK_CACHE_DIRECTORY, projectPath, PUBLIC_DIRECTORY, TRANSCRIPTS_DIRECTORY } from "../paths.mjs";
import { deckImagePath, loadDeck, type Deck } from "./deck-pdf";
import { eventPdfDeck, parsePdfPath } from "./embeds";
import type { Talk, TalkEvent } from "./load-talks";
import { ContentError, type ContentProblem } from "./problems";
import { slugFromTitle } from "./slug";
import { getTalks } from "./talks";
import { formatTimestamp, timestampUrl } from "./transcripts";

/**
 * The site's PDF decks as pages of slides: which talks and events have one, where its page
 * is, and the rendered deck (lib/content/deck-pdf.ts), kept between builds in Next's cache folder.
 */


/** A PDF deck the site shows slide by slide: the talk's own, or one an event used. */
export type DeckSource = {
  talk: Talk;
  /** The event whose deck this is; undefined for the talk's `slides`. */
  event?: TalkEvent;
  /** The PDF's site path: "/slides/my-talk.pdf". */
  pdfPath: string;
  /** The field that names it, as messages write it: "slides", "events[1].slides". */
  field: string;
  /** An event deck's URL segment: its name as a slug ("fosdem-2020"). */
  eventSlug?: string;
};

/**
 * Every PDF deck of the talks, the talk's first. An event's deck that is the talk's own PDF
 * is that page, not a second one. Two events of one talk whose names give the same slug
 * are told apart by their date.
 */
export function deckSources(talks: readonly Talk[] = getTalks()): DeckSource[] {
  return talks.flatMap((talk) => {
    const sources: DeckSource[] = [];
    const talkDeck = talk.slides && parsePdfPath(talk.slides) ? talk.slides : undefined;
    if (talkDeck) sources.push({ talk, pdfPath: talkDeck, field: "slides" });
    const slugs = new Set<string>();
    for (const event of talk.events) {
      if (!event.slides || !parsePdfPath(event.slides) || event.slides === talkDeck) continue;
      const byName = slugFromTitle(event.name) || "event";
      const eventSlug = slugs.has(byName) ? `${byName}-${toSlugDate(event)}` : byName;
      slugs.add(eventSlug);
      sources.push({
        talk,
        event,
        pdfPath: event.slides,
        field: `events[${event.fileIndex}].slides`,
        eventSlug,
      });
    }
    return sources;
  });
}

function toSlugDate(event: TalkEvent): string {
  return [event.date.year, event.date.month, event.date.day].filter((part) => part !== undefined).join("-");
}

const rendered = new Map<string, { stamp: string; deck: Promise<Deck | ContentProblem> }>();

/** Changes when the file does, so that `npm run dev` renders a replaced PDF again. */
function stampOf(filePath: string): string {
  const stats = fs.statSync(filePath, { throwIfNoEntry: false });
  return stats ? `${stats.mtimeMs}:${stats.size}` : "missing";
}

function render(source: DeckSource): Promise<Deck | ContentProblem> {
  const file = path.join(PUBLIC_DIRECTORY, ...source.pdfPath.split("/"));
  const stamp = stampOf(file);
  const known = rendered.get(file);
  if (known && known.stamp === stamp) return known.deck;
  const started = performance.now();
  const deck = loadDeck(file, { cacheDirectory: DECK_CACHE_DIRECTORY, name: source.pdfPath }).then((result): Deck | ContentProblem => {
    if (!result.ok) {
      return { file: source.talk.sourcePath, line: source.talk.fieldLines[source.field], field: source.field, message: result.problem.message };
    }
    // Said only when there was work: a build whose decks are all cached says nothing.
    if (result.rendered > 0) {
      const elapsed = performance.now() - started;
      console.log(`Rendered ${result.rendered} slides of ${source.pdfPath} in ${Math.round(elapsed)} ms (${Math.round(elapsed / result.rendered)} ms a slide), kept in .next/cache/decks`);
    }
    return result.deck;
  });
  rendered.set(file, { stamp, deck });
  return deck;
}

const isProblem = (value: Deck | ContentProblem): value is ContentProblem => "message" in value;

/** The events whose chapters number this deck's slides (with a recording, which chapters need). */
export function chapteredEvents(source: DeckSource): (TalkEvent & { chapters: NonNullable<TalkEvent["chapters"]>; recording: string })[] {
  return source.talk.events.flatMap((event) =>
    event.chapters && event.recording && eventPdfDeck(event, source.talk) === source.pdfPath
      ? [{ ...event, chapters: event.chapters, recording: event.recording }]
      : [],
  );
}

/** A moment of the recording: its second and the recording's URL at it. */
export type SlideMoment = { seconds: number; url: string; event: string };

/**
 * Where each slide first appears in the recording, by slide number: from the chapters of the
 * first event with chapters that shows this deck. Empty when no event has them.
 */
export function slideMoments(source: DeckSource): ReadonlyMap<number, SlideMoment> {
  const [event] = chapteredEvents(source);
  const moments = new Map<number, SlideMoment>();
  for (const chapter of event?.chapters.chapters ?? []) {
    if (!moments.has(chapter.slide)) {
      moments.set(chapter.slide, { seconds: chapter.startSeconds, url: timestampUrl(event!.recording, chapter.startSeconds), event: event!.name });
    }
  }
  return moments;
}

/** A chapter that names a slide the deck does not have, as a problem of the chapters file. */
function chapterProblems(source: DeckSource, deck: Deck): ContentProblem[] {
  return chapteredEvents(source).flatMap((event) =>
    event.chapters.chapters
      .filter((chapter) => chapter.slide > deck.pageCount)
      .map((chapter) => ({
        file: projectPath(path.join(TRANSCRIPTS_DIRECTORY, event.chapters.file)),
        message: `names slide ${chapter.slide} at ${formatTimestamp(chapter.startSeconds)}, but ${source.pdfPath} has ${deck.pageCount} slides: check the number, or the deck`,
      })),
  );
}

/** Every deck's problem (an unreadable, encrypted, empty or oversized PDF; chapters naming slides it lacks), for the content check. */
export async function deckProblems(sources: readonly DeckSource[] = deckSources()): Promise<ContentProblem[]> {
  const results = await Promise.all(sources.map(render));
  return results.flatMap((result, index) => (isProblem(result) ? [result] : chapterProblems(sources[index]!, result)));
}

/**
 * The rendered deck of a source; a PDF that cannot be one, or chapters that name slides it
 * lacks, stop the build (and show in `npm run dev`) as a ContentError naming the file.
 */
export async function getDeck(source: DeckSource): Promise<Deck> {
  const result = await render(source);
  if (isProblem(result)) throw new ContentError([result]);
  const problems = chapterProblems(source, result);
  if (problems.length > 0) throw new ContentError(problems);
  return result;
}

/** Every deck of the site, each once, for the image route; all their problems at once. */
export async function getAllDecks(): Promise<Deck[]> {
  const sources = deckSources();
  const problems = await deckProblems(sources);
  if (problems.length > 0) throw new ContentError(problems);
  const decks = await Promise.all(sources.map(getDeck));
  return [...new Map(decks.map((deck) => [deck.hash, deck])).values()];
}

/** The bytes of a deck's image, from the cache folder the deck was rendered into. */
export function readDeckImage(deck: Deck, fileName: string): Buffer {
  return fs.readFileSync(deckImagePath(deck, fileName, DECK_CACHE_DIRECTORY));
}

/** The size of a site PDF, for the download link. */
export function pdfSize(pdfPath: string): number {
  return fs.statSync(path.join(PUBLIC_DIRECTORY, ...pdfPath.split("/"))).size;
}

/** A deck with where it comes from, as a talk page shows it. */
export type DeckView = { source: DeckSource; deck: Deck };

/** A talk's PDF decks, rendered: its own and its events'. */
export async function talkDecks(talk: Talk): Promise<DeckView[]> {
  const sources = deckSources([talk]);
  return Promise.all(sources.map(async (source) => ({ source, deck: await getDeck(source) })));
}

/** Each talk's first PDF deck (its own, else an event's), rendered: a card shows its first slide. */
export async function firstDecks(talks: readonly Talk[]): Promise<ReadonlyMap<string, DeckView>> {
  const found = await Promise.all(talks.map(async (talk) => [talk.slug, (await talkDecks(talk))[0]] as const));
  return new Map(found.flatMap(([slug, view]) => (view ? [[slug, view] as const] : [])));
}
