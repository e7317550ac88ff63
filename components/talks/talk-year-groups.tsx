import type { Talk } from "@/lib/content/load-talks";
import { searchFacets } from "@/lib/site/event-facets";
import { groupTalksByYear } from "@/lib/site/talks";
import { plural } from "@/lib/words";

import { TalkCard, type CardDecks } from "./talk-card";

type Props = {
  /** Newest first, as getTalks() returns them. */
  talks: readonly Talk[];
  /** Makes ids unique when a page shows more than one list. */
  idPrefix?: string;
  /** First slides for the cards of talks with a PDF deck. */
  decks?: CardDecks;
  /** Cards on the first screen (firstScreen()): their pictures are written into the page. */
  inlineArt?: ReadonlySet<string>;
};

/**
 * Talks under a heading per year. Each item carries its tags as `data-tags`, the names of
 * its languages and formats as `data-facets` ("English Workshop"), and each
 * year `data-search-group`, which the search island (components/islands/talk-search.ts)
 * reads to filter the list in place, setting `hidden` on what does not match: the
 * list is complete in the HTML, so it works without JavaScript.
 */
export function TalkYearGroups({ talks, idPrefix = "year", decks, inlineArt }: Props) {
  return groupTalksByYear(talks).map(({ year, talks: talksInYear }) => (
    // suppressHydrationWarning: the search island may have hidden this before React hydrates,
    // which happens only under `npm run dev` (production pages carry no React).
    <section
      key={year}
      aria-labelledby={`${idPrefix}-${year}`}
      className="mb-12"
      data-search-group=""
      suppressHydrationWarning
    >
      <h2
        id={`${idPrefix}-${year}`}
        className="sticky top-0 z-[1] -mx-5 flex items-baseline gap-3 bg-page/90 px-5 py-2 text-2xl font-bold tracking-tight backdrop-blur"
      >
        {year}
        <span className="text-sm font-medium tracking-normal text-muted">
          {plural(talksInYear.length, "talk", "talks")}
        </span>
      </h2>
      <SearchableTalkList talks={talksInYear} decks={decks} inlineArt={inlineArt} />
    </section>
  ));
}

/** Talk cards in order, each carrying its tags for TalkSearch. */
export function SearchableTalkList({
  talks,
  decks,
  inlineArt,
}: {
  talks: readonly Talk[];
  decks?: CardDecks;
  inlineArt?: ReadonlySet<string>;
}) {
  return (
    <ol className="talk-grid mt-4">
      {talks.map((talk) => (
        <li key={talk.slug} data-tags={talk.tags.join(" ")} data-facets={searchFacets(talk)} suppressHydrationWarning>
          <TalkCard talk={talk} headingLevel="h3" deck={decks?.get(talk.slug)} inlineArt={inlineArt?.has(talk.slug)} />
        </li>
      ))}
    </ol>
  );
}
