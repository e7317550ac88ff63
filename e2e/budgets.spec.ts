import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import { expect, test } from "@playwright/test";

import { RESULTS_PER_STEP } from "../lib/site/search-results";
import { builtHtmlPath, listFiles, measureHtmlPage, OUT_DIR, pageAssets } from "../testing/built-output.mjs";
import { builtPages } from "../testing/built-site";

/**
 * What `npm run build` ships, read from out/ itself: no page carries Next.js or React's
 * client runtime, and each loads at most its own island. These read the files, not a
 * browser, so that a Next.js upgrade that changes what it writes fails here loudly.
 */

/** The most an island may weigh, minified and gzipped. */
const ISLAND_BUDGET_GZIP = 1536;

const htmlFiles = listFiles().filter((file) => file.endsWith(".html"));

test("out/ holds the site's pages, the 404 page among them", () => {
  expect(htmlFiles).toContain("index.html");
  expect(htmlFiles).toContain("404.html");
  expect(builtPages.length).toBeGreaterThanOrEqual(5);
});

for (const file of htmlFiles) {
  test(`${file}: no framework runtime, no RSC payload, no inline script but JSON-LD`, () => {
    const html = fs.readFileSync(path.join(OUT_DIR, file), "utf8");
    const { scripts, inlineScripts, scriptPreloads } = pageAssets(html);
    expect(
      scripts.filter((script) => script.src.startsWith("/_next/")),
      "scripts from /_next/",
    ).toEqual([]);
    expect(scriptPreloads, "script preloads").toEqual([]);
    expect(html, "the RSC payload").not.toContain("__next_f");
    expect(html, "the bundler's runtime").not.toContain("TURBOPACK");
    expect(
      inlineScripts.map((script) => script.type).filter((type) => type !== "application/ld+json"),
      "inline scripts",
    ).toEqual([]);
    // The only scripts left are the site's islands, as modules.
    for (const script of scripts) {
      expect(script.src, file).toMatch(/^\/islands\/[a-z-]+\.js$/);
      expect(script.type, script.src).toBe("module");
    }
  });
}

test("no RSC data and no framework JavaScript is left in out/", () => {
  const files = listFiles();
  // robots.txt is the one text file a visitor is meant to fetch.
  expect(
    files.filter((file) => file.endsWith(".txt") && file !== "robots.txt"),
    "RSC .txt files",
  ).toEqual([]);
  expect(
    files.filter((file) => file.startsWith("_next/") && /\.js(\.map)?$/.test(file)),
    "JavaScript under _next/",
  ).toEqual([]);
  expect(
    files.filter((file) => file.startsWith("_not-found")),
    "the duplicate not-found page",
  ).toEqual([]);
});

/** The island URLs a page loads. */
function islandsOf(route: string): string[] {
  return pageAssets(fs.readFileSync(builtHtmlPath(route), "utf8")).scripts.map((script) => script.src);
}

test("home, topic and tag pages, and the 404 page, load no JavaScript at all", () => {
  const scriptFree = ["/", "/talks/tags", ...builtPages.filter((route) => route.startsWith("/talks/tags/"))];
  expect(scriptFree.length).toBeGreaterThanOrEqual(3);
  for (const route of scriptFree) expect(islandsOf(route), route).toEqual([]);
  expect(pageAssets(fs.readFileSync(path.join(OUT_DIR, "404.html"), "utf8")).scripts).toEqual([]);
});

test("the index loads the search island and nothing else, the about page the copy island, /search its own; talk pages at most the player island", () => {
  expect(islandsOf("/talks")).toEqual(["/islands/talk-search.js"]);
  expect(islandsOf("/about")).toEqual(["/islands/copy-text.js"]);
  // Pagefind's library and index are not on the page: the island loads them when there is a query.
  expect(islandsOf("/search")).toEqual(["/islands/site-search.js"]);
  const talkPages = builtPages.filter((route) => /^\/talks\/[^/]+$/.test(route) && route !== "/talks/tags");
  expect(talkPages.length).toBeGreaterThanOrEqual(1);
  for (const route of talkPages) {
    const islands = islandsOf(route);
    expect(
      islands.filter((src) => src !== "/islands/player.js"),
      route,
    ).toEqual([]);
    expect(islands.length, `${route}: one tag, however many players`).toBeLessThanOrEqual(1);
  }
  // The seed's talks have recordings, so the player island is really in use.
  expect(talkPages.some((route) => islandsOf(route).length === 1)).toBe(true);
});

test(`each island weighs at most ${ISLAND_BUDGET_GZIP} bytes gzip, and every page's JavaScript is its islands`, () => {
  const islands = listFiles().filter((file) => file.startsWith("islands/"));
  expect(islands.sort()).toEqual([
    "islands/copy-text.js",
    "islands/player.js",
    "islands/site-search.js",
    "islands/talk-search.js",
  ]);
  const sizes = islands.map((file) => ({
    file,
    gzip: zlib.gzipSync(fs.readFileSync(path.join(OUT_DIR, file)), { level: 9 }).length,
  }));
  console.log(sizes.map(({ file, gzip }) => `${file}: ${gzip} B gzip`).join("\n"));
  expect(sizes.filter(({ gzip }) => gzip > ISLAND_BUDGET_GZIP)).toEqual([]);

  const rows = builtPages.map((route) => ({ route, weight: measureHtmlPage(builtHtmlPath(route)) }));
  console.log(
    rows
      .map(
        ({ route, weight }) =>
          `${route}: HTML ${weight.html.gzip} B gzip, JS ${weight.js.gzip} B gzip in ${weight.js.files} files`,
      )
      .join("\n"),
  );
  for (const { route, weight } of rows) {
    expect(weight.frameworkJs.files, route).toBe(0);
    expect(weight.js, route).toEqual(weight.siteJs);
  }
});

test("the search index: Pagefind's library and index in out/pagefind/, its input gone, a first search at most 150 KB", () => {
  const files = listFiles();
  expect(files).not.toContain("search-records.json");
  const index = files.filter((file) => file.startsWith("pagefind/"));
  expect(index).toContain("pagefind/pagefind.js");
  // The site's own page and island do the searching: no ready-made interface, highlighter or worker ships.
  expect(index.filter((file) => /pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\./.test(file))).toEqual([]);
  // What a first search can download at most: the library (compressed as served), the WebAssembly
  // and the index's metadata (compressed by Pagefind already), every index chunk and the largest
  // fragments of as many pages as a step of results reads, whatever the query. (The filters'
  // files load only when the visitor opens the filters.)
  const size = (file: string) => fs.statSync(path.join(OUT_DIR, file)).size;
  const library = zlib.gzipSync(fs.readFileSync(path.join(OUT_DIR, "pagefind/pagefind.js")), { level: 6 }).length;
  const wasm = index.filter((file) => /^pagefind\/wasm\.en\.pagefind$/.test(file)).map(size);
  expect(wasm).toHaveLength(1);
  const meta = index.filter((file) => file.endsWith(".pf_meta")).map(size);
  const chunks = index.filter((file) => file.startsWith("pagefind/index/")).map(size);
  const fragments = index
    .filter((file) => file.startsWith("pagefind/fragment/"))
    .map(size)
    .sort((a, b) => b - a)
    .slice(0, RESULTS_PER_STEP);
  const total = [library, ...wasm, ...meta, ...chunks, ...fragments].reduce((sum, bytes) => sum + bytes, 0);
  console.log(
    `a first search downloads at most ${(total / 1024).toFixed(1)} KB (library ${(library / 1024).toFixed(1)} KB gzip)`,
  );
  expect(total).toBeLessThanOrEqual(150 * 1024);
});
