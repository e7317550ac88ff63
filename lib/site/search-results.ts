/**
 * What the search index (lib/outputs/search-records.ts) and the page that reads it
 * (components/islands/site-search.ts) agree on, in one place: both import it. It imports nothing
 * (the lint walls let an island import this file alone of lib/), so the island's bundle takes only
 * these few names.
 */

/**
 * How many pages' results a search shows before the visitor asks for more: each costs its
 * fragment's download (the page's text), so a first search at 1000 talks stays under its budget.
 */
export const RESULTS_PER_STEP = 8;

/** The kinds of page the index holds, as each document's `kind` meta says. */
export type SearchPageKind = "talk" | "slides" | "page";

/**
 * The meta key of something one place in a page carries (a slide's picture, a passage's moment
 * in the recording): Pagefind keeps meta per page, so each place's is named by its anchor.
 */
export function sectionMetaKey(what: "image" | "watch", anchorId: string): string {
  return `${what}-${anchorId}`;
}
