import { IslandScript } from "@/components/islands/island-script";

type Props = {
  /** How many talks the page lists, for the "3 of 9" message. */
  total: number;
};

/**
 * The search box over the talk list already in the page (TalkYearGroups). The talk-search
 * island (components/islands/talk-search.ts) hides and shows the server-rendered items as
 * the visitor types and keeps the query in the URL (`?q=`); the page ships no second copy of
 * the talks as data, and without JavaScript the list is whole.
 */
export function TalkSearch({ total }: Props) {
  return (
    // Not a <form>: nothing is submitted; the list filters as the visitor types.
    <div role="search" className="mb-8" data-talk-search="" data-total={total}>
      <label htmlFor="talk-search-query" className="block text-sm font-semibold text-ink">
        Search talks
      </label>
      <input
        id="talk-search-query"
        type="search"
        placeholder="Title, topic, event or place"
        autoComplete="off"
        className="mt-2 w-full rounded-lg border border-line bg-surface px-3.5 py-2.5 text-base text-ink placeholder:text-muted focus:border-accent"
      />
      {/*
        The island writes the count here. Its text is React's text content (""), and
        suppressHydrationWarning tells React, where it still hydrates the page (`next dev`),
        that the island may have written it first: React keeps that text instead of
        reporting a mismatch.
      */}
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-muted" suppressHydrationWarning>
        {""}
      </p>
      <IslandScript name="talk-search" />
    </div>
  );
}
