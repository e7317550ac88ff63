import { describe, expect, it } from "vitest";

import { sitemapEntries } from "./sitemap";
import { syntheticTalk, testSite } from "../../testing/fixtures/synthetic-talks";

const today = { year: 2026, month: 11, day: 30 };
const talks = [
  syntheticTalk({
    slug: "upcoming",
    tags: ["Rust"],
    events: [{ name: "Soon", date: { year: 2027, month: 1, day: 12 } }],
  }),
  syntheticTalk({
    slug: "recent",
    tags: ["Go", "eBPF"],
    events: [{ name: "Recent", date: { year: 2026, month: 6, day: 3 } }],
  }),
  syntheticTalk({
    slug: "older",
    tags: ["go", "Observability"],
    events: [{ name: "Older", date: { year: 2020, month: 2 } }],
  }),
];

describe("sitemapEntries", () => {
  const entries = sitemapEntries(talks, testSite, today);
  const byUrl = new Map(entries.map((entry) => [entry.url, entry.lastModified]));

  it("lists the home page, the about page, the index, the search page, every talk and its kit, the topics list and every topic once, with absolute URLs", () => {
    expect(entries.map((entry) => entry.url).sort()).toEqual(
      [
        "/",
        "/about",
        "/talks",
        "/search",
        "/talks/upcoming",
        "/talks/recent",
        "/talks/older",
        "/talks/upcoming/kit",
        "/talks/recent/kit",
        "/talks/older/kit",
        "/talks/tags",
        "/talks/tags/go",
        "/talks/tags/ebpf",
        "/talks/tags/observability",
        "/talks/tags/rust",
      ]
        .map((path) => `https://talks.example.org${path}`)
        .sort(),
    );
  });

  it("dates each page by its content, never after today", () => {
    expect(byUrl.get("https://talks.example.org/")).toEqual(new Date("2026-06-03T00:00:00Z"));
    expect(byUrl.get("https://talks.example.org/talks")).toEqual(new Date("2026-06-03T00:00:00Z"));
    expect(byUrl.get("https://talks.example.org/talks/older")).toEqual(new Date("2020-02-01T00:00:00Z"));
    // "Go" and "go" share a page, dated by the newer of the two talks.
    expect(byUrl.get("https://talks.example.org/talks/tags/go")).toEqual(new Date("2026-06-03T00:00:00Z"));
    // A talk (and a topic) with only an upcoming event has no date rather than a future one.
    expect(byUrl.has("https://talks.example.org/talks/upcoming")).toBe(true);
    expect(byUrl.get("https://talks.example.org/talks/upcoming")).toBeUndefined();
    expect(byUrl.get("https://talks.example.org/talks/tags/rust")).toBeUndefined();
  });

  it("takes its origin from the site's URL (SITE_URL)", () => {
    const elsewhere = sitemapEntries(talks, { url: "https://preview.example.net" }, today);
    expect(elsewhere.every((entry) => entry.url.startsWith("https://preview.example.net/"))).toBe(true);
  });
});
