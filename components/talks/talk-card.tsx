import { SlidePicture } from "@/components/slides/slide-picture";
import { PartialDateTime } from "@/components/ui/partial-date-time";
import { SmartLink } from "@/components/ui/smart-link";
import { UnbrokenWords } from "@/components/ui/unbroken-words";
import type { DeckView } from "@/lib/content/decks";
import type { Talk } from "@/lib/content/load-talks";
import { dateSaysMore, eventFacets, inLanguageLabel } from "@/lib/site/event-facets";
import { langAttribute } from "@/lib/site/languages";
import { routes } from "@/lib/site/routes";

import { TalkArt } from "./talk-art";

type Props = {
  talk: Talk;
  /** The heading level of the title, so that cards fit the outline of the page they are on. */
  headingLevel: "h2" | "h3";
  /** The first card on the page: its picture is fetched at once, as it is on the first screen. */
  priority?: boolean;
  /** The talk's PDF deck, rendered: the card shows its first slide instead of the artwork. */
  deck?: DeckView;
  /** A card on the first screen: its artwork is written into the page (TalkArt's `inline`). */
  inlineArt?: boolean;
};

/** The first slides of a page's talks that have a PDF deck, by slug (lib/content/decks.ts, firstDecks). */
export type CardDecks = ReadonlyMap<string, DeckView>;

/** How many cards a list counts as its first screen, whose pictures are written into the page. */
export const FIRST_SCREEN_CARDS = 3;

/** The slugs of a list's first cards, in the order it shows them. */
export function firstScreen(talks: readonly Pick<Talk, "slug">[]): ReadonlySet<string> {
  return new Set(talks.slice(0, FIRST_SCREEN_CARDS).map((talk) => talk.slug));
}

/** A card is a column of a grid: one across a phone, two from 40rem, three in the 64rem page. */
const CARD_ART_SIZES = "(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)";

/**
 * One talk in a list: title, summary, where and when it was given, and whether slides
 * and a recording exist. The whole card is a click target; the title link is the only
 * link in it, so keyboard and screen-reader users meet it once. Styled by the
 * `.talk-card` rules in app/globals.css: it repeats once per talk, so it stays small.
 *
 * A talk in another language than the site's says so, and its title and summary carry
 * `lang`; an event says its format unless it is a talk, and its language if not the talk's.
 */
export function TalkCard({ talk, headingLevel: Heading, priority = false, deck, inlineArt = false }: Props) {
  const recordings = talk.events.filter((event) => event.recording).length;
  const hasSlides = Boolean(talk.slides || talk.events.some((event) => event.slides));
  const lang = langAttribute(talk.language);

  return (
    <article className="talk-card">
      {deck?.deck.slides[0] ? (
        <span className="card-slide">
          <SlidePicture hash={deck.deck.hash} slide={deck.deck.slides[0]} sizes={CARD_ART_SIZES} priority={priority} />
        </span>
      ) : (
        <TalkArt talk={talk} sizes={CARD_ART_SIZES} priority={priority} inline={inlineArt ? "small" : undefined} />
      )}
      <div className="talk-card-body">
        <Heading>
          <SmartLink href={routes.talk(talk.slug)} lang={lang}>
            {talk.title}
          </SmartLink>
          {talk.draft ? <DraftMark /> : null}
        </Heading>
        <p lang={lang}>
          <UnbrokenWords text={talk.summary} />
        </p>
        <ul className="talk-events">
          {talk.events.map((event) => (
            <li key={`${event.name}-${event.date.year}`}>
              <b>{event.name}</b>
              {dateSaysMore(event) ? <PartialDateTime date={event.date} /> : null}
              {event.location ? <span>{event.location}</span> : null}
              {eventFacets(event, talk).map((facet) => (
                <span key={facet}>{facet}</span>
              ))}
            </li>
          ))}
        </ul>
        {hasSlides || recordings > 0 || lang ? (
          // Facts, not actions: the card as a whole opens the talk, where the slides and recordings are.
          <ul className="talk-facts">
            {lang ? <li className="language">{inLanguageLabel(talk.language)}</li> : null}
            {hasSlides ? (
              <li className="slides">
                Slides<span className="sr-only"> available</span>
              </li>
            ) : null}
            {recordings > 0 ? (
              <li className="recording">
                {recordings === 1 ? "Recording" : `${recordings} recordings`}
                <span className="sr-only"> available</span>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </article>
  );
}

export function DraftMark() {
  return (
    <span className="ml-2 inline-block translate-y-[-0.1em] rounded-md border border-dashed border-draft px-1.5 py-0.5 align-middle text-xs font-semibold tracking-wide text-draft uppercase">
      Draft
    </span>
  );
}
