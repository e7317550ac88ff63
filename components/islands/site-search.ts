// How results and filters look is in app/globals.css (`.search-results`, `[data-site-search] fieldset`):
// class strings here would be bytes that every search downloads.

/**
 * The /search page (components/search/site-search.tsx): searches the Pagefind index the build
 * wrote (out/pagefind/; records from lib/outputs/search-records.ts) and writes the results
 * grouped by talk, each with its matching page, slides and transcript moments, the words
 * marked, and the filters with their counts. The query and the ticked filters are the form's
 * fields, so the URL holds them (`/search?q=ebpf&has=Slides`): typing keeps the URL current,
 * and a shared link or Back shows the same results. Pagefind's library and index load only
 * here, when there is something to search for.
 */

/** What Pagefind's library offers (pagefind.js, written at build), as far as this island uses it. */
export type Pagefind = {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options: { filters: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
};

export type ResultData = {
  url: string;
  /** Pagefind's excerpt: the text around the match, HTML-escaped, the matched words in <mark>. */
  excerpt: string;
  /** As lib/outputs/search-records.ts writes it. */
  meta: { kind: string; title: string; talk: string; talkUrl: string; watch?: string; image?: string };
};

const PAGEFIND_URL = "/pagefind/pagefind.js";
/** How many results are read and shown at most: the first ones, by Pagefind's score. */
const MAX_RESULTS = 60;

type Page = {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
};

function findPage(): Page | undefined {
  const root = document.querySelector("[data-site-search]");
  const [form, input, status, results] = ["form", "input", "[aria-live]", "ol"].map((selector) =>
    root?.querySelector(selector),
  );
  if (!form || !input || !status || !results) return undefined;
  root!.querySelector("[data-needs-script]")?.remove();
  return { form, input, status, results } as Page;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The escapes Pagefind writes into excerpts. */
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };

/**
 * The excerpt as text and <mark> elements, built node by node: the page's Trusted Types
 * policy allows no HTML strings, and none is needed. Split on the marks, the odd parts are
 * the marked words.
 */
function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ENTITIES[name]!);
  return excerpt
    .split(/<mark>([\s\S]*?)<\/mark>/)
    .map((part, index) =>
      index % 2 ? element("mark", undefined, decode(part)) : document.createTextNode(decode(part)),
    );
}

/** Results grouped by talk, in the order of each talk's best result. */
function groupByTalk(results: readonly ResultData[]): { talk: string; talkUrl: string; results: ResultData[] }[] {
  const groups = new Map<string, { talk: string; talkUrl: string; results: ResultData[] }>();
  for (const result of results) {
    const talkUrl = result.meta.talkUrl ?? result.url;
    const group = groups.get(talkUrl) ?? {
      talk: result.meta.talk ?? result.meta.title ?? talkUrl,
      talkUrl,
      results: [],
    };
    group.results.push(result);
    groups.set(talkUrl, group);
  }
  return [...groups.values()];
}

/** What a result is, as its link says: "The talk's page", "Slide 3", "At 1:05". */
function resultLabel({ meta }: ResultData): string {
  return meta.kind === "moment"
    ? `At ${meta.title}`
    : meta.kind === "slide"
      ? meta.title
      : meta.kind === "talk"
        ? "The talk's page"
        : "The page";
}

/** What the live region says. */
function statusText(query: string, results: number, talks: number): string {
  if (query === "") return "";
  if (results === 0) return `No results for “${query}”.`;
  return `${results} result${results === 1 ? "" : "s"} in ${talks} talk${talks === 1 ? "" : "s"}.`;
}

function renderResult(result: ResultData): HTMLLIElement {
  const item = element("li");
  if (result.meta.image) {
    const image = element("img");
    image.src = result.meta.image;
    image.alt = "";
    // Its box is sized by the stylesheet, so nothing moves when it arrives.
    item.append(image);
  }
  const body = element("div");
  const link = element("a", "search-link", resultLabel(result));
  link.href = result.url;
  const line = element("p");
  line.append(...excerptNodes(result.excerpt));
  body.append(link, line);
  if (result.meta.watch) {
    const watch = element("a", "search-link", `Watch from ${result.meta.title}`);
    watch.href = result.meta.watch;
    body.append(watch);
  }
  item.append(body);
  return item;
}

/** Writes the results into the page and the count into the live region. */
function renderResults(page: Page, query: string, results: readonly ResultData[]): void {
  const groups = groupByTalk(results);
  page.results.replaceChildren(
    ...groups.map((group) => {
      const item = element("li");
      const heading = element("h2");
      const link = element("a", undefined, group.talk);
      link.href = group.talkUrl;
      heading.append(link);
      const list = element("ul");
      list.append(...group.results.map(renderResult));
      item.append(heading, list);
      return item;
    }),
  );
  const text = statusText(query, results.length, groups.length);
  if (page.status.textContent !== text) page.status.textContent = text;
}

/** The filters as fieldsets of checkboxes named as the form's fields, ticked as the URL says. */
function renderFilters(page: Page, available: Record<string, Record<string, number>>, ticked: URLSearchParams): void {
  // The page writes one hidden fieldset per filter, with its legend: shown when it has a choice to make.
  for (const fieldset of page.form.querySelectorAll<HTMLFieldSetElement>("fieldset")) {
    const name = fieldset.dataset.filter!;
    const values = Object.keys(available[name] ?? {}).sort();
    fieldset.hidden = values.length < 2;
    for (const value of values) {
      const label = element("label");
      const box = element("input");
      box.type = "checkbox";
      box.name = name;
      box.value = value;
      box.checked = ticked.getAll(name).includes(value);
      // No count: Pagefind counts records (each slide, each moment), which is not what a visitor counts.
      label.append(box, value);
      fieldset.append(label);
    }
  }
}

/** The form's fields: the query and the ticked filters. */
function fields(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form)].flatMap(([name, value]) =>
    typeof value === "string" ? [[name, value] as [string, string]] : [],
  );
}

/** The filters the form has ticked, as Pagefind takes them. */
function tickedFilters(form: HTMLFormElement): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const [name, value] of fields(form)) if (name !== "q") (chosen[name] ??= []).push(value);
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
      await loaded.options({ excerptLength: 24, noWorker: true });
      renderFilters(page, await loaded.filters(), params);
      return loaded;
    }));

  let latest = 0;
  const search = async () => {
    const query = page.input.value.trim();
    const run = ++latest;
    const url = new URL(location.href);
    url.search = new URLSearchParams(fields(page.form)).toString();
    history.replaceState(null, "", url);
    if (query === "") {
      page.results.replaceChildren();
      page.status.textContent = "";
      return;
    }
    const loaded = await library();
    const found = await loaded.search(query, { filters: tickedFilters(page.form) });
    if (!found || run !== latest) return;
    const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run === latest) renderResults(page, query, results);
  };

  // Typing and ticking a filter both fire "input"; the box's "change" on blur does not, which
  // would redraw the results under a pointer on its way to one of them.
  page.form.addEventListener("input", () => void search());
  // Submitting loads the same page with the query in the URL: a step Back can return to.
  if (page.input.value.trim() !== "") await search();
}

if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", () => void start(), { once: true });
else void start();
