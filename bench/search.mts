// The site's search at scale, part of `npm run bench` (bench/run.mjs runs it on the site it
// built) and on its own: `npm run bench:search [-- --site DIR --sizes 10,100,1000 --queries 5]`,
// DIR a built export (default out/: run `npm run build` first).
//
// For N synthetic talks, each with a 30-slide deck and a transcript of 60 passages, it writes the
// search documents with the site's own writer (lib/outputs/search-records.ts) into a copy of the
// export, indexes them as the build does (scripts/build/index-search.mjs), serves the copy as
// `npm start` does (its headers and CSP), and in Chromium, on the real /search page and island:
// types a query of one word and measures what the first search downloads (the island and
// Pagefind's files, compressed as served) and the time from the keystroke to the first results
// on the page, cold (a fresh browser context) and warm (the next query on the same page). Also:
// the index's size on disk and the time the index adds to a build. Medians of the queries; the
// documents are deterministic for a given N.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium, type Browser } from "@playwright/test";

import { formatTimestamp, timestampUrl } from "../lib/content/transcripts";
import { searchDocumentHtml, withNarrowingFilters, type SearchDocument } from "../lib/outputs/search-records";
import { anchors, routes } from "../lib/site/routes";
import { indexSearch, INDEX_DIRECTORY, RECORDS_FILE } from "../scripts/build/index-search.mjs";
import chromiumFinder from "../testing/browser/chromium.cjs";
import { freePort, startServer, stopAllServers } from "../testing/local-server.mjs";

export type SearchBenchRow = {
  talks: number;
  pages: number;
  indexMs: number;
  indexBytes: number;
  firstSearchBytes: number;
  /** The median first search's bytes by kind of file, in KB. */
  firstSearchKinds: Record<string, number>;
  coldMs: number;
  warmMs: number;
};

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// A vocabulary with a long tail, as talks have: common words often, rare ones now and then.
const VOCABULARY = Array.from({ length: 6000 }, (_, index) => `w${index.toString(36)}${"aeiou"[index % 5]}x`);
function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)]).join(" ");
}

/** N talks' documents: each talk's page with 60 passages, and its slides page with 30 slides. */
function syntheticDocuments(size: number): SearchDocument[] {
  const next = random(size);
  return Array.from({ length: size }, (_, talk): SearchDocument[] => {
    const slug = `talk-${talk}`;
    const of = { talk: `Talk ${talk}`, talkUrl: routes.talk(slug) };
    // Facets that vary as a speaker's do: most talks recorded, a few workshops, a few in German.
    const filters = {
      topic: [`Topic ${talk % 12}`, `Topic ${(talk * 7) % 12}`],
      year: [String(2015 + (talk % 10))],
      language: [talk % 25 === 0 ? "German" : "English"],
      format: [talk % 16 === 0 ? "Workshop" : "Talk"],
      has: talk % 10 === 0 ? ["Slides"] : ["Recording", "Slides"],
    };
    const recording = "https://www.youtube.com/watch?v=abcdefghijk";
    return [
      {
        url: of.talkUrl,
        kind: "talk",
        title: of.talk,
        ...of,
        paragraphs: [words(next, 40), words(next, 260)],
        sections: Array.from({ length: 60 }, (_, passage) => ({
          anchor: anchors.transcriptPassage(1, passage * 45),
          heading: formatTimestamp(passage * 45),
          text: words(next, 60),
          watch: timestampUrl(recording, passage * 45),
        })),
        filters,
      },
      {
        url: routes.slides(slug),
        kind: "slides",
        title: `${of.talk}: the slides`,
        ...of,
        paragraphs: [],
        sections: Array.from({ length: 30 }, (_, slide) => ({
          anchor: anchors.slide(slide + 1),
          heading: `Slide ${slide + 1}`,
          text: words(next, 15),
          image: routes.deckImage("0".repeat(64), `${String(slide + 1).padStart(3, "0")}-640.webp`),
        })),
        filters,
      },
    ];
  }).flat();
}

function folderBytes(folder: string): number {
  return fs.readdirSync(folder, { recursive: true }).reduce<number>((sum, file) => {
    const stats = fs.statSync(path.join(folder, String(file)));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** What kind of file a search downloaded: the island, Pagefind's library, WebAssembly, metadata, chunks, fragments, filters. */
function fileKind(url: string): string | undefined {
  const { pathname } = new URL(url);
  if (pathname.startsWith("/islands/")) return "island";
  if (!pathname.startsWith(`/${INDEX_DIRECTORY}/`)) return undefined;
  return /\.pf_(\w+)$|(pagefind\.js)$|(wasm)\./.exec(pathname)?.slice(1).find(Boolean) ?? "other";
}

async function measure(size: number, siteOut: string, browser: Browser, queryCount: number): Promise<SearchBenchRow> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `search-bench-${size}-`));
  fs.cpSync(siteOut, out, { recursive: true, filter: (source) => !source.includes(`${path.sep}${INDEX_DIRECTORY}`) });
  const documents = withNarrowingFilters(syntheticDocuments(size));
  fs.writeFileSync(
    path.join(out, RECORDS_FILE),
    JSON.stringify({
      language: "en",
      documents: documents.map((document) => ({ url: document.url, html: searchDocumentHtml(document, "en") })),
    }),
  );
  const started = performance.now();
  await indexSearch(out);
  const indexMs = performance.now() - started;
  const indexBytes = folderBytes(path.join(out, INDEX_DIRECTORY));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  await startServer(
    `node ${path.resolve("scripts/serving/static-server.mjs")} ${out} --config ${path.resolve("serve.json")} --listen tcp://127.0.0.1:${port}`,
    { cwd: process.cwd(), url: `${origin}${routes.search}`, label: "search bench" },
  );

  // Queries: words that occur in some pages but not everywhere.
  const next = random(size + 1);
  const queries = Array.from({ length: queryCount }, () => VOCABULARY[200 + Math.floor(next() * 800)]!);
  const cold: number[] = [];
  const warm: number[] = [];
  const downloads: { bytes: number; kinds: Record<string, number> }[] = [];
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const download = { bytes: 0, kinds: {} as Record<string, number> };
    const urls = new Map<string, string>();
    const client = await context.newCDPSession(page);
    await client.send("Network.enable");
    client.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
    client.on("Network.loadingFinished", (event) => {
      const kind = fileKind(urls.get(event.requestId) ?? "");
      if (!kind) return;
      download.bytes += event.encodedDataLength;
      download.kinds[kind] = (download.kinds[kind] ?? 0) + event.encodedDataLength;
    });
    await page.goto(`${origin}${routes.search}`, { waitUntil: "load" });
    // From the keystroke that completes the query to the first results on the page, as a visitor waits.
    const timeToResults = (text: string) =>
      page.evaluate(
        (text) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>("[data-site-search] input[name=q]")!;
            const results = document.querySelector("[data-site-search] ol")!;
            results.replaceChildren();
            const observer = new MutationObserver(() => {
              if (results.children.length === 0) return;
              observer.disconnect();
              resolve(performance.now() - typed);
            });
            observer.observe(results, { childList: true });
            input.value = text;
            const typed = performance.now();
            input.dispatchEvent(new Event("input", { bubbles: true }));
          }),
        text,
      );
    cold.push(await timeToResults(query));
    await page.waitForLoadState("networkidle");
    downloads.push({ bytes: download.bytes, kinds: { ...download.kinds } });
    warm.push(await timeToResults(queries[(index + 1) % queries.length]!));
    await context.close();
  }
  stopAllServers();
  fs.rmSync(out, { recursive: true, force: true });
  const bytes = median(downloads.map((download) => download.bytes));
  const { kinds } = downloads.find((download) => download.bytes === bytes)!;
  return {
    talks: size,
    pages: documents.length,
    indexMs: Math.round(indexMs),
    indexBytes,
    firstSearchBytes: bytes,
    firstSearchKinds: Object.fromEntries(Object.entries(kinds).map(([kind, size]) => [kind, Math.round(size / 1024)])),
    coldMs: Math.round(median(cold)),
    warmMs: Math.round(median(warm)),
  };
}

/** Measures the search at each size on a copy of `siteOut`, a built export. */
export async function benchSearch(siteOut: string, sizes: number[], queryCount = 5): Promise<SearchBenchRow[]> {
  if (!fs.existsSync(path.join(siteOut, "search.html")) && !fs.existsSync(path.join(siteOut, "search", "index.html")))
    throw new Error(`${siteOut} holds no built /search page: run npm run build first, or pass --site DIR`);
  const browser = await chromium.launch({ executablePath: chromiumFinder.findChromium().path });
  const rows: SearchBenchRow[] = [];
  try {
    for (const size of sizes) rows.push(await measure(size, siteOut, browser, queryCount));
  } finally {
    await browser.close();
    stopAllServers();
  }
  return rows;
}

/** The rows as a Markdown table. */
export function searchTable(rows: readonly SearchBenchRow[]): string {
  return [
    "| talks | pages indexed | index adds to the build | index on disk | first search downloads | first results, cold | next results, warm |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.talks} | ${row.pages} | ${(row.indexMs / 1000).toFixed(1)} s | ${(row.indexBytes / 1024 / 1024).toFixed(1)} MB | ${(row.firstSearchBytes / 1024).toFixed(0)} KB (${Object.entries(
          row.firstSearchKinds,
        )
          .map(([kind, size]) => `${kind} ${size}`)
          .join(", ")}) | ${row.coldMs} ms | ${row.warmMs} ms |`,
    ),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: options } = parseArgs({
    options: {
      site: { type: "string", default: "out" },
      sizes: { type: "string", default: "10,100,1000" },
      queries: { type: "string", default: "5" },
      json: { type: "boolean", default: false },
    },
  });
  const rows = await benchSearch(
    path.resolve(options.site),
    options.sizes.split(",").map(Number),
    Number(options.queries),
  );
  console.log(options.json ? JSON.stringify({ rows, table: searchTable(rows) }) : searchTable(rows));
}
