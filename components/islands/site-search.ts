import { RESULTS_PER_STEP, sectionMetaKey, type SearchPageKind } from "../../lib/site/search-results";

// How results and filters look is in app/globals.css (`.search-results`, `[data-site-search] fieldset`):
// class strings here would be bytes that every search downloads.

/**
 * The /search page (components/search/site-search.tsx): searches the Pagefind index the build
 * wrote (out/pagefind/; one document per page, from lib/outputs/search-records.ts) and writes
 * the places found grouped by talk (its page, its slides, its transcript's moments), the words
 * marked, a step of pages at a time, and the filters. The query and the ticked filters are the form's
 * fields, so the URL holds them (`/search?q=ebpf&has=Slides`): typing keeps the URL current,
 * and a shared link or Back shows the same results. Pagefind's library and index load only
 * here, when there is something to search for.
 */

/** What Pagefind's library offers (pagefind.js, written at build), as far as this island uses it. */
export type Pagefind = {
  options(options: { noWorker?: boolean }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
};

/** One place in a page the words are in: the page's top, or a section under a heading with an id. */
export type SubResult = {
  title: string;
  url: string;
  /** Pagefind's excerpt: the text around the match, < and > escaped, the matched words in <mark>. */
  excerpt: string;
  anchor?: { id: string };
};

/** A page that matches, as lib/outputs/search-records.ts wrote it, with its matching places. */
export type ResultData = {
  url: string;
  meta: { kind: SearchPageKind; title: string; talk: string; talkUrl: string } & Record<string, string | undefined>;
  sub_results: SubResult[];
};

const PAGEFIND_URL = "/pagefind/pagefind.js";
type Page = {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /** "More results": shown while pages are left to show. */
  more: HTMLButtonElement;
  /** The filters' disclosure, when the index has filters: their choices load when it opens. */
  filters: HTMLDetailsElement | null;
};

function findPage(): Page | undefined {
  const root = document.querySelector("[data-site-search]");
  if (!root) return undefined;
  // The page's own markup (components/search/site-search.tsx) holds each of these, the filters'
  // disclosure when the index has filters.
  const find = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  return {
    form: find<HTMLFormElement>("form")!,
    input: find<HTMLInputElement>("input")!,
    status: find<HTMLElement>("[aria-live]")!,
    results: find<HTMLElement>("ol")!,
    more: find<HTMLButtonElement>("[data-more]")!,
    filters: find<HTMLDetailsElement>("[data-filters]"),
  };
}

/** An element with its properties and children: the island builds nodes, never HTML strings. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/**
 * The excerpt as text and <mark> elements, built node by node: the page's Trusted Types
 * policy allows no HTML strings, and none is needed. Pagefind escapes only < and > in the text
 * it marks up (an & stays as it is); split on the marks, the odd parts are the marked words.
 */
function excerptNodes(excerpt: string): (Node | string)[] {
  const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return excerpt
    .split(/<mark>(.*?)<\/mark>/s)
    .map((part, index) => (index % 2 ? element("mark", {}, decode(part)) : decode(part)));
}

/**
 * What a place is, as its link says: "Slide 3", "At 1:05"; a page's top by its title ("Flames:
 * the slides", "About …"), but a talk's own page as "The talk's page", under its title already.
 */
function placeLabel(kind: SearchPageKind, place: SubResult): string {
  return kind !== "talk" ? place.title : place.anchor ? `At ${place.title}` : "The talk's page";
}

/** "1 result", "3 talks". */
const count = (number: number, word: string) => `${number} ${word}${number === 1 ? "" : "s"}`;

/** What the live region says. */
function statusText(query: string, places: number, talks: number): string {
  if (query === "") return "";
  if (places === 0) return `No results for “${query}”.`;
  // While more pages are left, the "More results" button after the list says so.
  return `${count(places, "result")} in ${count(talks, "talk")}.`;
}

function renderPlace(page: ResultData, place: SubResult): HTMLLIElement {
  const image = place.anchor && page.meta[sectionMetaKey("image", place.anchor.id)];
  const watch = place.anchor && page.meta[sectionMetaKey("watch", place.anchor.id)];
  return element(
    "li",
    {},
    // Its box is sized by the stylesheet, so nothing moves when it arrives.
    ...(image ? [element("img", { src: image, alt: "" })] : []),
    element(
      "div",
      {},
      element("a", { href: place.url }, placeLabel(page.meta.kind, place)),
      element("p", {}, ...excerptNodes(place.excerpt)),
      ...(watch ? [element("a", { href: watch }, `Watch from ${place.title}`)] : []),
    ),
  );
}

/**
 * Writes the pages read so far into the page, their places grouped by talk in the order of each
 * talk's best page, and the count into the live region.
 */
function renderResults(page: Page, query: string, pages: readonly ResultData[], more: boolean): void {
  const talks = new Map<string, HTMLUListElement>();
  const groups: HTMLLIElement[] = [];
  for (const result of pages) {
    const { talk, talkUrl } = result.meta;
    let places = talks.get(talkUrl);
    if (!places) {
      talks.set(talkUrl, (places = element("ul")));
      groups.push(element("li", {}, element("h2", {}, element("a", { href: talkUrl }, talk)), places));
    }
    places.append(...result.sub_results.map((place) => renderPlace(result, place)));
  }
  page.results.replaceChildren(...groups);
  page.more.hidden = !more;
  const places = pages.reduce((sum, result) => sum + result.sub_results.length, 0);
  const text = statusText(query, places, groups.length);
  if (page.status.textContent !== text) page.status.textContent = text;
}

/** The filters as fieldsets of checkboxes named as the form's fields, ticked as the URL says. */
function renderFilters(page: Page, available: Record<string, Record<string, number>>, ticked: URLSearchParams): void {
  // The page writes one hidden fieldset per filter, with its legend: shown when it has a choice to make.
  for (const fieldset of page.form.querySelectorAll<HTMLFieldSetElement>("fieldset")) {
    const name = fieldset.dataset.filter!;
    // In order already: Pagefind keeps each filter's values sorted (a BTreeMap in its index).
    const values = Object.keys(available[name] ?? {});
    // The page writes only the filters the index holds, but a filter may have nothing to offer here.
    fieldset.hidden = values.length === 0;
    // No count: Pagefind counts pages (a talk's, its slides'), which is not what a visitor counts.
    fieldset.append(
      ...values.map((value) =>
        element(
          "label",
          {},
          element("input", { type: "checkbox", name, value, checked: ticked.getAll(name).includes(value) }),
          value,
        ),
      ),
    );
  }
}

/** The form's fields, the query and the ticked filters: all text (the form has no file input). */
function fields(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form)] as [string, string][];
}

/**
 * The filters the form has ticked, as Pagefind takes them: any of a filter's ticked values
 * (two years are either year; Pagefind's plain list would ask for both at once).
 */
function tickedFilters(form: HTMLFormElement): Record<string, { any: string[] }> {
  const chosen: Record<string, { any: string[] }> = {};
  for (const [name, value] of fields(form)) if (name !== "q") (chosen[name] ??= { any: [] }).any.push(value);
  return chosen;
}

/** Pagefind's library, from the site itself (the bundler leaves the import as it is: see the island route). */
function loadPagefind(): Promise<Pagefind> {
  return import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
}

/** Runs the page: `load` gives Pagefind's library (the real one, or a test's). */
export async function start(load: () => Promise<Pagefind> = loadPagefind): Promise<void> {
  const page = findPage();
  if (!page) return;
  const params = new URLSearchParams(location.search);
  page.input.value = params.get("q") ?? "";

  let pagefind: Promise<Pagefind> | undefined;
  const library = () =>
    (pagefind ??= load().then(async (loaded) => {
      // On the page's thread: the index is small, and a worker's URL would need a Trusted Types policy.
      await loaded.options({ noWorker: true });
      return loaded;
    }));

  // The filters' choices are index files of their own: they load when the visitor opens the
  // filters, or before the first search when the URL has one ticked (so that the form holds it),
  // and a search that does not filter skips them.
  let filterChoices: Promise<void> | undefined;
  const loadFilters = () =>
    (filterChoices ??= library().then(async (loaded) => renderFilters(page, await loaded.filters(), params)));
  const { filters } = page;
  if (filters) {
    filters.hidden = false;
    filters.addEventListener("toggle", () => void (filters.open && loadFilters()));
    // Anything in the URL but the query is a ticked filter.
    if (params.size > (params.has("q") ? 1 : 0)) {
      filters.open = true;
      await loadFilters();
    }
  }

  let latest = 0;
  /** The current search's pages, and how many of them are read and shown. */
  let found: { data(): Promise<ResultData> }[] = [];
  let shown: ResultData[] = [];

  /** Reads the next step of pages and shows them with those before. */
  const showMore = async (run: number, query: string) => {
    const next = await Promise.all(
      found.slice(shown.length, shown.length + RESULTS_PER_STEP).map((result) => result.data()),
    );
    if (run !== latest) return;
    shown = [...shown, ...next];
    renderResults(page, query, shown, found.length > shown.length);
  };

  const search = async () => {
    const query = page.input.value.trim();
    const run = ++latest;
    // The same page with the form's fields as its query string.
    history.replaceState(null, "", `?${new URLSearchParams(fields(page.form))}`);
    if (query === "") return renderResults(page, query, [], false);
    const loaded = await library();
    const answer = await loaded.search(query, { filters: tickedFilters(page.form) });
    if (!answer || run !== latest) return;
    found = answer.results;
    shown = [];
    await showMore(run, query);
  };

  // The button goes while the next pages are read (a second press would read them twice), and
  // the focus goes to the first talk they bring; the live region says how many there are now.
  page.more.addEventListener("click", () => {
    const before = page.results.children.length;
    page.more.hidden = true;
    void showMore(latest, page.input.value.trim()).then(() =>
      page.results.children[before]?.querySelector("a")?.focus(),
    );
  });
  // Typing and ticking a filter both fire "input"; the box's "change" on blur does not, which
  // would redraw the results under a pointer on its way to one of them.
  page.form.addEventListener("input", () => void search());
  // Submitting loads the same page with the query in the URL: a step Back can return to.
  if (page.input.value.trim() !== "") await search();
}

// DOMContentLoaded fires once: no need to remove the listener.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
else void start();
