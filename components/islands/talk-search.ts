/**
 * The search box of /talks (components/talks/talk-search.tsx): filters the talk list already in
 * the page as the visitor types, and keeps the query in the URL (`/talks?q=prometheus`), so
 * that a reload, a shared link or Back (from the bfcache too) shows the same filtered list.
 *
 * It hides and shows the server-rendered items (`[data-tags]`, in `[data-search-group]`
 * sections) instead of rendering the list itself: without JavaScript the list is whole.
 */

type Search = { input: HTMLInputElement; status: HTMLElement; total: number };

/** The search box, its live region and the server's count of talks; undefined on other pages. */
function findSearch(): Search | undefined {
  const region = document.querySelector<HTMLElement>("[data-talk-search]");
  const input = region?.querySelector("input");
  const status = region?.querySelector<HTMLElement>("[aria-live]");
  if (!region || !input || !status) return undefined;
  return { input, status, total: Number(region.dataset.total) };
}

/** Lower-case, accents folded: "Kubernetes" matches "kubernetes", "Zürich" matches "zurich". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * Hides the talks whose card (title, summary, events, places), tags, languages and formats
 * (`data-facets`: "English", "Workshop", also where the card does not show them) do not contain every
 * word of the query, and a group (a year, "Upcoming") left empty. Returns how many are shown.
 */
export function filterTalks(query: string): number {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>("[data-tags]")) {
    const text = normalise(`${item.textContent} ${item.dataset.tags} ${item.dataset.facets ?? ""}`);
    item.hidden = !words.every((word) => text.includes(word));
    if (!item.hidden) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>("[data-search-group]")) {
    group.hidden = !group.querySelector("[data-tags]:not([hidden])");
  }
  return shown;
}

/** What the live region says: nothing for no query, else how many talks match. */
export function statusText(query: string, matches: number, total: number): string {
  const trimmed = query.trim();
  if (trimmed === "") return "";
  if (matches === 0) return `No talk matches “${trimmed}”.`;
  return `${matches} of ${total} talks ${matches === 1 ? "matches" : "match"}.`;
}

function show(search: Search, query: string): void {
  const text = statusText(query, filterTalks(query), search.total);
  // Unchanged text is not written again, so a screen reader does not hear it twice.
  if (search.status.textContent !== text) search.status.textContent = text;
}

/** The query the URL holds (`?q=`), in the box and applied to the list. */
export function showQueryFromUrl(): void {
  const search = findSearch();
  if (!search) return;
  const query = new URLSearchParams(location.search).get("q") ?? "";
  if (search.input.value !== query) search.input.value = query;
  // The server's list is whole: with no query and nothing hidden there is nothing to undo,
  // so a plain load of /talks reads no card (at 1000 talks that pass is not free).
  if (query.trim() === "" && !document.querySelector("[data-tags][hidden]")) return;
  show(search, query);
}

/** `/talks?q=…` for a query, plain `/talks` for none; the rest of the URL is kept. */
export function urlForQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim() === "") url.searchParams.delete("q");
  else url.searchParams.set("q", query);
  return url.href;
}

/** The list and the URL follow what is in the box. */
function followTyping(search: Search): void {
  const query = search.input.value;
  show(search, query);
  // Replaced, not pushed: Back leaves the page instead of stepping through each letter typed.
  // The entry's state is kept as it is (Next.js's router keeps its own there under `next dev`).
  history.replaceState(history.state, "", urlForQuery(location.href, query));
}

document.addEventListener("input", (event) => {
  const search = findSearch();
  if (search && event.target === search.input) followTyping(search);
});

// A page restored from the back/forward cache runs no script again, and the browser may have
// reset the box while the list stayed filtered: the URL says what the page shows.
addEventListener("pageshow", (event) => {
  if (event.persisted) showQueryFromUrl();
});

/**
 * What the page shows once the island runs: the URL's query, or, when the visitor typed in
 * the box before this module arrived (it loads async, after the page is usable), what they
 * typed, which the URL then follows.
 */
export function startSearch(): void {
  const search = findSearch();
  if (search && search.input.value !== "" && !new URLSearchParams(location.search).has("q")) followTyping(search);
  else showQueryFromUrl();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startSearch, { once: true });
else startSearch();
