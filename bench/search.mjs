// npm run bench:search [-- --sizes 10,100,1000 --queries 5]: the site's search at scale. For N
// synthetic talks, each with a 30-slide deck and a transcript of 60 passages (about 91 records a
// talk, the shapes lib/outputs/search-records.ts writes), it builds the Pagefind index as the
// build does (scripts/build/index-search.mjs), then measures: the index's size on disk, the index
// build time, and in Chromium, for queries of a word each, what a first search downloads (every
// response, compressed as served) and the time to its first result, cold (a fresh browser context:
// the library, WebAssembly and index chunks fetched) and warm (the next query on the same page,
// what a visitor typing waits for). Medians; the records are deterministic for a given N.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium } from "@playwright/test";

import { indexSearch, RECORDS_FILE } from "../scripts/build/index-search.mjs";
import chromiumFinder from "../testing/browser/chromium.cjs";
import { freePort, startServer, stopAllServers } from "../testing/local-server.mjs";

const { values: options } = parseArgs({
  options: { sizes: { type: "string", default: "10,100,1000" }, queries: { type: "string", default: "5" } },
});
const sizes = options.sizes.split(",").map(Number);
const queryCount = Number(options.queries);

/** A deterministic stream of numbers in [0, 1). */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// A vocabulary with a long tail, as talks have: common words often, rare ones now and then.
const VOCABULARY = Array.from({ length: 6000 }, (_, index) => `w${index.toString(36)}${"aeiou"[index % 5]}x`);
function words(next, count) {
  return Array.from({ length: count }, () => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)]).join(" ");
}

function records(size) {
  const next = random(size);
  const all = [];
  for (let talk = 0; talk < size; talk++) {
    const slug = `talk-${talk}`;
    const meta = { talk: `Talk ${talk}`, talkUrl: `/talks/${slug}` };
    const filters = { topic: [`Topic ${talk % 12}`], year: [String(2015 + (talk % 10))], has: ["Recording", "Slides"] };
    all.push({
      url: meta.talkUrl,
      content: words(next, 300),
      meta: { kind: "talk", title: meta.talk, ...meta },
      filters,
    });
    for (let slide = 1; slide <= 30; slide++) {
      all.push({
        url: `/talks/${slug}/slides#slide-${slide}`,
        content: words(next, 15),
        meta: { kind: "slide", title: `Slide ${slide}`, ...meta },
        filters,
      });
    }
    for (let passage = 0; passage < 60; passage++) {
      const seconds = passage * 45;
      all.push({
        url: `/talks/${slug}#transcript-1-at-${seconds}`,
        content: words(next, 60),
        meta: {
          kind: "moment",
          title: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`,
          watch: `https://www.youtube.com/watch?v=abcdefghijk&t=${seconds}s`,
          ...meta,
        },
        filters,
      });
    }
  }
  return all;
}

function folderBytes(folder) {
  return fs.readdirSync(folder, { recursive: true }).reduce((sum, file) => {
    const stats = fs.statSync(path.join(folder, String(file)));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(size, browser) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `search-bench-${size}-`));
  const all = records(size);
  fs.writeFileSync(path.join(out, RECORDS_FILE), JSON.stringify({ language: "en", records: all }));
  fs.writeFileSync(path.join(out, "index.html"), "<!doctype html><html lang=en><title>bench</title></html>");
  const started = performance.now();
  await indexSearch(out);
  const indexMs = performance.now() - started;
  const indexBytes = folderBytes(path.join(out, "pagefind"));

  // Served as npm start serves the site: compressed, with the search page's CSP.
  const config = path.join(out, "..", `search-bench-${size}.json`);
  fs.writeFileSync(
    config,
    JSON.stringify({
      cleanUrls: true,
      headers: [
        {
          source: "**",
          headers: [
            { key: "Content-Security-Policy", value: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
          ],
        },
      ],
    }),
  );
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  await startServer(
    `node ${path.resolve("scripts/serving/static-server.mjs")} ${out} --config ${config} --listen tcp://127.0.0.1:${port}`,
    { cwd: process.cwd(), url: `${origin}/`, label: "search bench" },
  );

  // Queries: words that occur in some records but not everywhere.
  const next = random(size + 1);
  const queries = Array.from({ length: queryCount }, () => VOCABULARY[200 + Math.floor(next() * 800)]);
  const cold = [];
  const warm = [];
  const downloads = [];
  const breakdowns = [];
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    const kinds = {};
    const urls = new Map();
    const client = await context.newCDPSession(page);
    await client.send("Network.enable");
    client.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
    client.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
      // What kind of file: the library, the WebAssembly, the metadata, index chunks, fragments, filters.
      const kind =
        /\.pf_(\w+)$|(pagefind\.js)$|(wasm)\./
          .exec(urls.get(event.requestId) ?? "")
          ?.slice(1)
          .find(Boolean) ?? "page";
      kinds[kind] = (kinds[kind] ?? 0) + event.encodedDataLength;
    });
    await page.goto(`${origin}/`);
    bytes = 0;
    for (const kind of Object.keys(kinds)) delete kinds[kind];
    const timing = await page.evaluate(
      async ([first, second]) => {
        const started = performance.now();
        const pagefind = await import("/pagefind/pagefind.js");
        await pagefind.options({ noWorker: true, excerptLength: 24 });
        const found = await pagefind.search(first);
        await found.results[0]?.data();
        const cold = performance.now() - started;
        const again = performance.now();
        const next = await pagefind.search(second);
        await next.results[0]?.data();
        return { cold, warm: performance.now() - again, results: found.results.length };
      },
      [query, queries[(index + 1) % queries.length]],
    );
    cold.push(timing.cold);
    warm.push(timing.warm);
    downloads.push(bytes);
    breakdowns.push({
      bytes,
      kinds: Object.fromEntries(Object.entries(kinds).map(([kind, size]) => [kind, Math.round(size / 1024)])),
    });
    await context.close();
  }
  stopAllServers();
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(config, { force: true });
  // What the median first search downloaded, by kind of file, in KB.
  const { kinds } = breakdowns.find((breakdown) => breakdown.bytes === median(downloads));
  return {
    talks: size,
    records: all.length,
    indexMs: Math.round(indexMs),
    indexBytes,
    firstSearchBytes: median(downloads),
    firstSearchKinds: kinds,
    coldMs: Math.round(median(cold)),
    warmMs: Math.round(median(warm)),
  };
}

const browser = await chromium.launch({ executablePath: chromiumFinder.findChromium().path });
const rows = [];
try {
  for (const size of sizes) {
    const row = await measure(size, browser);
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await browser.close();
  stopAllServers();
}
console.log(
  "\n| talks | records | index build | index on disk | first search downloads | first result, cold | next result, warm |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const row of rows) {
  console.log(
    `| ${row.talks} | ${row.records} | ${(row.indexMs / 1000).toFixed(1)} s | ${(row.indexBytes / 1024 / 1024).toFixed(1)} MB | ${(row.firstSearchBytes / 1024).toFixed(0)} KB | ${row.coldMs} ms | ${row.warmMs} ms |`,
  );
}
