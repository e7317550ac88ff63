// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost/search", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { SiteSearch } from "@/components/search/site-search";

import { start, type Pagefind, type ResultData } from "./site-search";
import { RESULTS_PER_STEP } from "../../lib/site/search-results";

type FakePage = ResultData & { words: string; filters: Record<string, string[]> };

/** Pages as Pagefind gives them back: two talks; a talk's page, a slides page, a talk page's moment. */
const PAGES: FakePage[] = [
  {
    url: "/talks/flames",
    meta: { kind: "talk", title: "Flames", talk: "Flames", talkUrl: "/talks/flames" },
    sub_results: [{ title: "Flames", url: "/talks/flames", excerpt: "reading <mark>flame</mark> graphs & Q&lt;A&gt;" }],
    words: "flame graphs",
    filters: { topic: ["Profiling"], has: ["Slides"] },
  },
  {
    url: "/talks/flames/slides",
    meta: {
      kind: "slides",
      title: "Flames: the slides",
      talk: "Flames",
      talkUrl: "/talks/flames",
      "image-slide-3": "/deck-images/x/003-640.webp",
      "image-slide-4": "/deck-images/x/004-640.webp",
    },
    sub_results: [
      {
        title: "Slide 3",
        url: "/talks/flames/slides#slide-3",
        excerpt: "a <mark>flame</mark> graph, read left to right",
        anchor: { id: "slide-3" },
      },
    ],
    words: "flame graph slide",
    filters: { topic: ["Profiling"], has: ["Slides"] },
  },
  {
    url: "/talks/ebpf",
    meta: {
      kind: "talk",
      title: "eBPF Everywhere",
      talk: "eBPF Everywhere",
      talkUrl: "/talks/ebpf",
      "watch-transcript-1-at-65": "https://www.youtube.com/watch?v=abcdefghijk&t=65s",
    },
    sub_results: [
      {
        title: "1:05",
        url: "/talks/ebpf#transcript-1-at-65",
        excerpt: "the <mark>flame</mark> is wide",
        anchor: { id: "transcript-1-at-65" },
      },
    ],
    words: "flame wide",
    filters: { topic: ["eBPF"], has: ["Recording"] },
  },
];

/** Twenty talks that each say "many": more than one step of results. */
const MANY: FakePage[] = Array.from({ length: 20 }, (_, index) => ({
  url: `/talks/many-${index}`,
  meta: { kind: "talk", title: `Many ${index}`, talk: `Many ${index}`, talkUrl: `/talks/many-${index}` },
  sub_results: [{ title: `Many ${index}`, url: `/talks/many-${index}`, excerpt: "<mark>many</mark>" }],
  words: "many",
  filters: {},
}));

/** A stand-in for Pagefind's library: matches every word of the query, honours the filters. */
function fakePagefind(): Pagefind & { loads: number; reads: string[] } {
  const fake = {
    loads: 1,
    reads: [] as string[],
    options: async () => {},
    filters: async () => ({ topic: { Profiling: 2, eBPF: 1 }, has: { Slides: 2, Recording: 1 }, year: { "2021": 3 } }),
    search: async (query: string, { filters }: { filters: Record<string, { any: string[] }> }) => ({
      results: [...PAGES, ...MANY]
        .filter(
          (page) =>
            query.split(/\s+/).every((word) => page.words.includes(word.toLowerCase())) &&
            // Pagefind's `any`: a page with one of the values; a plain list would need them all.
            Object.entries(filters).every(([name, values]) =>
              values.any.some((value) => page.filters[name]?.includes(value)),
            ),
        )
        .map((page) => ({ data: async () => (fake.reads.push(page.url), page) })),
    }),
  };
  return fake;
}

function renderPage(path: string): void {
  history.replaceState(null, "", path);
  // The test's own fixture; the island itself never parses HTML.
  document.body.innerHTML = renderToStaticMarkup(
    createElement(SiteSearch, { talkCount: 2, filters: ["topic", "year", "language", "has"] }),
  );
}

const input = () => document.querySelector<HTMLInputElement>("input[name=q]")!;
const status = () => document.querySelector("[aria-live]")!.textContent;
const groups = () => [...document.querySelectorAll(".search-results > li")];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function type(text: string): Promise<void> {
  input().value = text;
  input().dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
  await settle();
}

describe("the search page's island", () => {
  let loads = 0;
  const load = async () => {
    loads += 1;
    return fakePagefind();
  };

  beforeEach(() => {
    loads = 0;
  });

  it("says, without JavaScript, that search needs it: in <noscript>, which a browser running the island never shows", () => {
    renderPage("/search");
    expect(document.querySelector("noscript")?.textContent).toContain("JavaScript is off");
  });

  it("loads Pagefind only once there is something to search for", async () => {
    renderPage("/search");
    await start(load);
    expect(loads).toBe(0);
    await type("flame");
    await type("flame graph");
    expect(loads).toBe(1);
  });

  it("reads the query from the URL, groups the results by talk, marks the words, announces the count", async () => {
    renderPage("/search?q=flame");
    await start(load);
    expect(input().value).toBe("flame");
    expect(groups().map((group) => group.querySelector("h2")?.textContent)).toEqual(["Flames", "eBPF Everywhere"]);
    const [flames, ebpf] = groups();
    expect(
      [...flames!.querySelectorAll("li li a")].map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["The talk's page", "/talks/flames"],
      ["Slide 3", "/talks/flames/slides#slide-3"],
    ]);
    expect(flames!.querySelector("img")?.getAttribute("src")).toBe("/deck-images/x/003-640.webp");
    expect([...ebpf!.querySelectorAll("li li a")].map((link) => [link.textContent, link.getAttribute("href")])).toEqual(
      [
        ["At 1:05", "/talks/ebpf#transcript-1-at-65"],
        ["Watch from 1:05", "https://www.youtube.com/watch?v=abcdefghijk&t=65s"],
      ],
    );
    // The excerpt's escapes become text, its marks elements: no HTML is parsed.
    const excerpt = flames!.querySelector("p")!;
    expect(excerpt.textContent).toBe("reading flame graphs & Q<A>");
    expect([...excerpt.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["flame"]);
    expect(status()).toBe("3 results in 2 talks.");
  });

  it("keeps the URL on the query and the ticked filters, and the filters narrow", async () => {
    renderPage("/search");
    await start(load);
    await type("flame");
    expect(location.search).toBe("?q=flame");
    // The choices load when the filters open.
    const filters = document.querySelector<HTMLDetailsElement>("[data-filters]")!;
    expect(filters.hidden).toBe(false);
    expect(document.querySelector("input[name=topic]")).toBeNull();
    filters.open = true;
    filters.dispatchEvent(new Event("toggle"));
    await settle();
    await settle();
    const ebpf = document.querySelector<HTMLInputElement>('input[name=topic][value="eBPF"]')!;
    expect(ebpf).not.toBeNull();
    ebpf.checked = true;
    ebpf.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    await settle();
    expect(location.search).toBe("?q=flame&topic=eBPF");
    expect(groups().map((group) => group.querySelector("h2")?.textContent)).toEqual(["eBPF Everywhere"]);
    expect(status()).toBe("1 result in 1 talk.");
    // Two topics ticked: talks on either.
    const profiling = document.querySelector<HTMLInputElement>('input[name=topic][value="Profiling"]')!;
    profiling.checked = true;
    profiling.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    await settle();
    expect(location.search).toBe("?q=flame&topic=Profiling&topic=eBPF");
    expect(groups().map((group) => group.querySelector("h2")?.textContent)).toEqual(["Flames", "eBPF Everywhere"]);
  });

  it("shows the filters the index holds that have values, ticked as the URL says, open when the URL ticks one", async () => {
    renderPage("/search?q=flame&has=Slides");
    await start(load);
    expect(document.querySelector<HTMLDetailsElement>("[data-filters]")!.open).toBe(true);
    const shown = [...document.querySelectorAll<HTMLFieldSetElement>("fieldset")].filter(
      (fieldset) => !fieldset.hidden,
    );
    // Language is one of the index's filters, with no value among these pages.
    expect(shown.map((fieldset) => fieldset.querySelector("legend")?.textContent)).toEqual(["Topic", "Year", "Has"]);
    expect(document.querySelector<HTMLInputElement>('input[name=has][value="Slides"]')?.checked).toBe(true);
    expect(groups().map((group) => group.querySelector("h2")?.textContent)).toEqual(["Flames"]);
  });

  it("reads and shows a step of pages at a time; More results shows the next, and takes the focus there", async () => {
    let fake: ReturnType<typeof fakePagefind> | undefined;
    renderPage("/search?q=many");
    await start(async () => (fake = fakePagefind()));
    const more = document.querySelector<HTMLButtonElement>("[data-more]")!;
    expect(groups()).toHaveLength(RESULTS_PER_STEP);
    expect(fake!.reads).toHaveLength(RESULTS_PER_STEP);
    expect(more.hidden).toBe(false);
    expect(status()).toBe(`${RESULTS_PER_STEP} results in ${RESULTS_PER_STEP} talks.`);
    more.click();
    await settle();
    await settle();
    expect(groups()).toHaveLength(2 * RESULTS_PER_STEP);
    // The focus is on the first talk the press brought; the button was hidden while the pages were read.
    expect(document.activeElement?.textContent).toBe(`Many ${RESULTS_PER_STEP}`);
    more.click();
    expect(more.hidden).toBe(true);
    await settle();
    await settle();
    expect(groups()).toHaveLength(MANY.length);
    expect(more.hidden).toBe(true);
    expect(fake!.reads).toHaveLength(MANY.length);
    expect(status()).toBe(`${MANY.length} results in ${MANY.length} talks.`);
  });

  it("says when nothing is found, and clears the results with the query", async () => {
    renderPage("/search?q=kubernetes");
    await start(load);
    expect(status()).toBe("No results for “kubernetes”.");
    await type("");
    expect(status()).toBe("");
    expect(groups()).toEqual([]);
    expect(location.search).toBe("?q=");
  });
});
