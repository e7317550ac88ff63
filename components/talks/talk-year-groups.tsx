import type { Talk } from "@/lib/content/load-talks";
import { searchFacets } from "@/lib/site/event-facets";
import { groupTalksByYear } from "@/lib/site/talks";

import { TalkCard } from "./talk-card";

type Props = {
  /** Newest first, as getTalks() returns them. */
  talks: readonly Talk[];
  /** Makes ids unique when a page shows more than one list. */
  idPrefix?: string;
};

/**
 * Talks under a heading per year. Each item carries its tags as `data-tags`, the names of
 * its languages and formats as `data-facets` ("English Workshop"), and each
 * year `data-search-group`, which the search island (components/islands/talk-search.ts)
 * reads to filter the list in place, setting `hidden` on what does not match: the
 * list is complete in the HTML, so it works without JavaScript.
 */
export function TalkYearGroups({ talks, idPrefix = "year" }: Props) {
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
        className="sticky top-0 z-[1] -mx-5 bg-page/90 px-5 py-2 text-2xl font-bold tracking-tight backdrop-blur"
      >
        {year}
      </h2>
      <SearchableTalkList talks={talksInYear} />
    </section>
  ));
}

/** Talk cards in order, each carrying its tags for TalkSearch. */
export function SearchableTalkList({ talks }: { talks: readonly Talk[] }) {
  return (
    <ol className="mt-4 space-y-5">
      {talks.map((talk) => (
        <li key={talk.slug} data-tags={talk.tags.join(" ")} data-facets={searchFacets(talk)} suppressHydrationWarning>
          <TalkCard talk={talk} headingLevel="h3" />
        </li>
      ))}
    </ol>
  );
}
