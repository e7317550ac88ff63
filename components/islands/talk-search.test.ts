// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost/talks", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { TalkSearch } from "@/components/talks/talk-search";
import { SearchableTalkList, TalkYearGroups } from "@/components/talks/talk-year-groups";
import { syntheticTalk } from "@/testing/fixtures/synthetic-talks";

import { filterTalks, normalise, showQueryFromUrl, startSearch, statusText, urlForQuery } from "./talk-search";

const upcoming = [
  syntheticTalk({
    slug: "next",
    title: "Profiling Next Year",
    tags: ["Profiling"],
    events: [{ name: "FOSDEM 2099", date: { year: 2099 } }],
  }),
];
const past = [
  syntheticTalk({
    slug: "prometheus",
    title: "Prometheus at Scale",
    tags: ["Prometheus", "Observability"],
    events: [{ name: "PromCon 2021", date: { year: 2021 }, location: "Online" }],
  }),
  syntheticTalk({
    slug: "zurich",
    title: "Continuous Profiling",
    tags: ["Profiling"],
    events: [{ name: "Meetup", date: { year: 2021 }, location: "Zürich, Switzerland" }],
  }),
  syntheticTalk({
    slug: "thanos",
    title: "Thanos: Prometheus at Scale",
    tags: ["Thanos"],
    events: [{ name: "KubeCon EU 2020", date: { year: 2020 } }],
  }),
];
const total = upcoming.length + past.length;

/** /talks as the server renders it: the box, the upcoming talks, then a section per year. */
function renderIndex(): void {
  const markup = renderToStaticMarkup(
    createElement(
      "main",
      null,
      createElement(TalkSearch, { total }),
      createElement(
        "section",
        { "data-search-group": "" },
        createElement("h2", null, "Upcoming"),
        createElement(SearchableTalkList, { talks: upcoming }),
      ),
      createElement(Fragment, null, TalkYearGroups({ talks: past })),
    ),
  );
  // The test's own fixture; the island itself never parses HTML.
  document.body.innerHTML = markup;
}

const input = () => document.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = () => document.querySelector("[aria-live]")!.textContent;
const shownTitles = () =>
  [...document.querySelectorAll<HTMLElement>("[data-tags]:not([hidden]) h3")].map((heading) => heading.textContent);
/** The year of each group still shown: a heading's first text, before its count of talks. */
const shownGroups = () =>
  [...document.querySelectorAll<HTMLElement>("[data-search-group]:not([hidden]) h2")].map(
    (heading) => heading.firstChild?.textContent,
  );

function type(text: string): void {
  input().value = text;
  input().dispatchEvent(new Event("input", { bubbles: true }));
}

function goTo(path: string): void {
  history.replaceState(null, "", path);
}

describe("the talk search island", () => {
  beforeEach(() => {
    goTo("/talks");
    renderIndex();
  });

  it("filters on every word, in the card's text and the tags, lower-cased and with accents folded", () => {
    type("prometheus SCALE");
    expect(shownTitles()).toEqual(["Prometheus at Scale", "Thanos: Prometheus at Scale"]);
    expect(status()).toBe(`2 of ${total} talks match.`);

    type("observability");
    expect(shownTitles()).toEqual(["Prometheus at Scale"]);
    expect(status()).toBe(`1 of ${total} talks matches.`);

    type("zurich");
    expect(shownTitles()).toEqual(["Continuous Profiling"]);
    type("ZÜRICH");
    expect(shownTitles()).toEqual(["Continuous Profiling"]);
  });

  it("hides a group left without talks, and says when nothing matches", () => {
    type("kubecon");
    expect(shownGroups()).toEqual(["2020"]);

    type("  no such talk ");
    expect(shownTitles()).toEqual([]);
    expect(shownGroups()).toEqual([]);
    expect(status()).toBe("No talk matches “no such talk”.");

    type("");
    expect(shownTitles()).toEqual([
      "Profiling Next Year",
      "Prometheus at Scale",
      "Continuous Profiling",
      "Thanos: Prometheus at Scale",
    ]);
    expect(shownGroups()).toEqual(["Upcoming", "2021", "2020"]);
    expect(document.querySelectorAll("[hidden]")).toHaveLength(0);
    expect(status()).toBe("");
  });

  it("keeps the query in the URL as the visitor types, and no query as plain /talks", () => {
    const entries = history.length;
    type("prometheus");
    expect(location.pathname + location.search).toBe("/talks?q=prometheus");
    type("online prometheus");
    expect(location.search).toBe("?q=online+prometheus");
    type(" ");
    expect(location.href).toBe("http://localhost/talks");
    // Replaced, not pushed: Back leaves the page.
    expect(history.length).toBe(entries);
  });

  it("keeps the rest of the URL and the history entry's state", () => {
    history.replaceState({ router: "state" }, "", "/talks?from=home#list");
    type("zen");
    expect(location.href).toBe("http://localhost/talks?from=home&q=zen#list");
    expect(history.state).toEqual({ router: "state" });
  });

  it("filters a page opened at /talks?q=…, with the query in the box", () => {
    goTo("/talks?q=Z%C3%BCrich");
    showQueryFromUrl();
    expect(input().value).toBe("Zürich");
    expect(shownTitles()).toEqual(["Continuous Profiling"]);
    expect(status()).toBe(`1 of ${total} talks matches.`);
  });

  it("reads no card on a plain load of /talks, where there is nothing to filter, but does for a query", () => {
    let reads = 0;
    for (const item of document.querySelectorAll<HTMLElement>("[data-tags]")) {
      const text = item.textContent;
      Object.defineProperty(item, "textContent", { get: () => ((reads += 1), text), configurable: true });
    }
    goTo("/talks");
    showQueryFromUrl();
    expect(reads).toBe(0);
    expect(shownTitles()).toHaveLength(total);
    goTo("/talks?q=thanos");
    showQueryFromUrl();
    expect(reads).toBe(total);
  });

  it("follows what was typed before the island ran, and the URL follows it", () => {
    goTo("/talks");
    input().value = "thanos";
    startSearch();
    expect(shownTitles()).toEqual(["Thanos: Prometheus at Scale"]);
    expect(location.search).toBe("?q=thanos");
    // A query in the URL wins over nothing typed.
    input().value = "";
    goTo("/talks?q=zen");
    startSearch();
    expect(input().value).toBe("zen");
  });

  it("reads the URL again when the page comes back from the back/forward cache", () => {
    type("thanos");
    // What a restored page may have lost: the box emptied, the list whole again.
    input().value = "";
    filterTalks("");
    dispatchEvent(Object.assign(new Event("pageshow"), { persisted: true }));
    expect(input().value).toBe("thanos");
    expect(shownTitles()).toEqual(["Thanos: Prometheus at Scale"]);
    expect(status()).toBe(`1 of ${total} talks matches.`);
  });

  it("leaves a first load's pageshow alone", () => {
    type("thanos");
    input().value = "edited";
    dispatchEvent(Object.assign(new Event("pageshow"), { persisted: false }));
    expect(input().value).toBe("edited");
  });

  it("does nothing on a page without the search box", () => {
    document.body.replaceChildren();
    goTo("/talks?q=prometheus");
    expect(() => showQueryFromUrl()).not.toThrow();
    document.body.dispatchEvent(new Event("input", { bubbles: true }));
    expect(location.search).toBe("?q=prometheus");
  });
});

describe("its pieces", () => {
  it("folds case and accents", () => {
    expect(normalise("Zürich KubeCon Málaga")).toBe("zurich kubecon malaga");
  });

  it("words the count", () => {
    expect(statusText("", 9, 9)).toBe("");
    expect(statusText("   ", 0, 9)).toBe("");
    expect(statusText("ebpf", 3, 9)).toBe("3 of 9 talks match.");
    expect(statusText("zen", 1, 9)).toBe("1 of 9 talks matches.");
    expect(statusText(" xyz ", 0, 9)).toBe("No talk matches “xyz”.");
  });

  it("builds the URL", () => {
    expect(urlForQuery("https://example.org/talks", "a b")).toBe("https://example.org/talks?q=a+b");
    expect(urlForQuery("https://example.org/talks?q=a", "")).toBe("https://example.org/talks");
    expect(urlForQuery("https://example.org/talks?q=a", "&x=1")).toBe("https://example.org/talks?q=%26x%3D1");
  });
});
