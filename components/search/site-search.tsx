import { IslandScript } from "@/components/islands/island-script";
import { buttonStyles } from "@/components/ui/button";
import { SmartLink } from "@/components/ui/smart-link";
import type { SearchFilter } from "@/lib/outputs/search-records";
import { routes } from "@/lib/site/routes";

/** What each filter is called on the page; the island fills in its choices from the index. */
const FILTER_LEGENDS: Record<SearchFilter, string> = {
  topic: "Topic",
  year: "Year",
  language: "Language",
  format: "Format",
  has: "Has",
};

/**
 * /search: a form that submits to itself (`?q=`), so a query is a link to share and Back
 * returns to it. The site-search island (components/islands/site-search.ts) reads the query,
 * loads Pagefind's library and index (out/pagefind/, written at build) only here, and writes
 * the results grouped by talk, with their slides and moments, and the filters. Without
 * JavaScript the page says so and offers the talks list.
 */
export function SiteSearch({ talkCount, filters }: { talkCount: number; filters: readonly SearchFilter[] }) {
  return (
    <div className="mx-auto max-w-3xl">
      <header className="pb-6">
        <h1 className="text-4xl font-bold tracking-tight">Search</h1>
        <p className="mt-4 text-lg text-muted">
          Everything he has said in {talkCount} talks: their pages, every slide and every transcript.
        </p>
      </header>
      <div data-site-search="">
        <form role="search" action={routes.search} method="get">
          <label htmlFor="site-search-query" className="block text-sm font-semibold text-ink">
            Search for
          </label>
          <div className="mt-2 flex gap-2">
            <input
              id="site-search-query"
              name="q"
              type="search"
              placeholder="A word, a tool, a phrase"
              autoComplete="off"
              className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-3.5 py-2.5 text-base text-ink placeholder:text-muted focus:border-accent"
            />
            <button type="submit" className={buttonStyles.primary}>
              Search
            </button>
          </div>
          {/* The filters the index holds; their choices load when the visitor opens them (or the
              URL has one ticked): a search that does not filter downloads none of them. */}
          {filters.length > 0 ? (
            <details data-filters="" hidden className="mt-4">
              <summary className="cursor-pointer text-sm font-semibold text-ink">Filter the results</summary>
              {filters.map((name) => (
                <fieldset key={name} data-filter={name} hidden>
                  <legend>{FILTER_LEGENDS[name]}</legend>
                </fieldset>
              ))}
            </details>
          ) : null}
        </form>
        <noscript>
          <p className="mt-6 text-muted">
            Search runs in the browser, and JavaScript is off here. Every talk is in{" "}
            <SmartLink href={routes.talks} className="font-medium text-accent underline underline-offset-3">
              the list of talks
            </SmartLink>
            , which its own box filters.
          </p>
        </noscript>
        <p aria-live="polite" className="mt-6 min-h-5 text-sm text-muted" suppressHydrationWarning>
          {""}
        </p>
        <ol className="search-results mt-4 space-y-8" />
        <button type="button" data-more="" hidden className={`mt-8 ${buttonStyles.secondary}`}>
          More results
        </button>
      </div>
      <IslandScript name="site-search" />
    </div>
  );
}
