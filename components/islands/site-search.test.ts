// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost/search", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { SiteSearch } from "@/components/search/site-search";

import { start, type Pagefind, type ResultData } from "./site-search";

/** Records as Pagefind gives them back: two talks, a page, a slide and a moment. */
const RECORDS: (ResultData & { words: string; filters: Record<string, string[]> })[] = [
  {
    url: "/talks/flames",
    excerpt: "reading <mark>flame</mark> graphs &amp; Q&lt;A&gt;",
    meta: { kind: "talk", title: "Flames", talk: "Flames", talkUrl: "/talks/flames" },
    words: "flame graphs",
    filters: { topic: ["Profiling"], has: ["Slides"] },
  },
  {
    url: "/talks/flames/slides#slide-3",
    excerpt: "a <mark>flame</mark> graph, read left to right",
    meta: {
      kind: "slide",
      title: "Slide 3",
      talk: "Flames",
      talkUrl: "/talks/flames",
      image: "/deck-images/x/003-640.webp",
    },
    words: "flame graph slide",
    filters: { topic: ["Profiling"], has: ["Slides"] },
  },
  {
    url: "/talks/ebpf#transcript-1-at-65",
    excerpt: "the <mark>flame</mark> is wide",
    meta: {
      kind: "moment",
      title: "1:05",
      talk: "eBPF Everywhere",
      talkUrl: "/talks/ebpf",
      watch: "https://www.youtube.com/watch?v=abcdefghijk&t=65s",
    },
    words: "flame wide",
    filters: { topic: ["eBPF"], has: ["Recording"] },
  },
];

/** A stand-in for Pagefind's library: matches every word of the query, honours the filters. */
function fakePagefind(): Pagefind & { loads: number } {
  const fake = {
    loads: 1,
    options: async () => {},
    filters: async () => ({ topic: { Profiling: 2, eBPF: 1 }, has: { Slides: 2, Recording: 1 }, year: { "2021": 3 } }),
    search: async (query: string, { filters }: { filters: Record<string, string[]> }) => ({
      results: RECORDS.filter(
        (record) =>
          query.split(/\s+/).every((word) => record.words.includes(word.toLowerCase())) &&
          Object.entries(filters).every(([name, values]) =>
            values.some((value) => record.filters[name]?.includes(value)),
          ),
      ).map((record) => ({ data: async () => record })),
    }),
  };
  return fake;
}

function renderPage(path: string): void {
  history.replaceState(null, "", path);
  // The test's own fixture; the island itself never parses HTML.
  document.body.innerHTML = renderToStaticMarkup(createElement(SiteSearch, { talkCount: 2 }));
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

  it("says, without JavaScript, that search needs it; the island takes the note away", async () => {
    renderPage("/search");
    expect(document.querySelector("[data-needs-script]")?.textContent).toContain("JavaScript is off");
    await start(load);
    expect(document.querySelector("[data-needs-script]")).toBeNull();
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
      [...flames!.querySelectorAll("a.search-link")].map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["The talk's page", "/talks/flames"],
      ["Slide 3", "/talks/flames/slides#slide-3"],
    ]);
    expect(flames!.querySelector("img")?.getAttribute("src")).toBe("/deck-images/x/003-640.webp");
    expect(
      [...ebpf!.querySelectorAll("a.search-link")].map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["At 1:05", "/talks/ebpf#transcript-1-at-65"],
      ["Watch from 1:05", "https://www.youtube.com/watch?v=abcdefghijk&t=65s"],
    ]);
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
    const ebpf = document.querySelector<HTMLInputElement>('input[name=topic][value="eBPF"]')!;
    expect(ebpf).not.toBeNull();
    ebpf.checked = true;
    ebpf.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    await settle();
    expect(location.search).toBe("?q=flame&topic=eBPF");
    expect(groups().map((group) => group.querySelector("h2")?.textContent)).toEqual(["eBPF Everywhere"]);
    expect(status()).toBe("1 result in 1 talk.");
  });

  it("shows a filter only when it has a choice to make, ticked as the URL says", async () => {
    renderPage("/search?q=flame&has=Slides");
    await start(load);
    const shown = [...document.querySelectorAll<HTMLFieldSetElement>("fieldset")].filter(
      (fieldset) => !fieldset.hidden,
    );
    expect(shown.map((fieldset) => fieldset.querySelector("legend")?.textContent)).toEqual(["Topic", "Has"]);
    expect(document.querySelector<HTMLInputElement>('input[name=has][value="Slides"]')?.checked).toBe(true);
    expect(groups().map((group) => group.querySelector("h2")?.textContent)).toEqual(["Flames"]);
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
