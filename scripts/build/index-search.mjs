// The build's last step: the site's search index. Pagefind (its npm package ships the binary;
// nothing is fetched) indexes the documents app/search-records.json/ wrote (a talk's page with
// its transcripts' passages, each slides page with its slides, the about page, as HTML;
// lib/outputs/search-records.ts) and writes the index and its small browser library to
// out/pagefind/, which only /search loads. The documents' file is then removed from out/: it is
// the index's input, not something to serve.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { close, createIndex } from "pagefind";

import { OUT_DIRECTORY } from "../../lib/paths.mjs";

export const RECORDS_FILE = "search-records.json";
export const INDEX_DIRECTORY = "pagefind";

/**
 * What Pagefind writes that the site does not use: its ready-made interfaces (the search page
 * is the site's own), its highlighter, and its web worker (the island runs the search on the
 * page's thread: a worker would need a Trusted Types policy for its URL, and the search takes
 * milliseconds).
 */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/**
 * How many word positions one index chunk holds. A search downloads the chunk of each word it
 * looks up: Pagefind's default (20,000) made that 57 KB at 1000 talks, a third of a first
 * search's budget; at 8,000 it is about 23 KB, for a metadata file 6 KB larger (it lists the
 * chunks). Pagefind reads it from its environment, under a name it calls unstable: if a later
 * version drops it, the index is only as it was by default, and e2e/budgets.spec.ts measures it.
 */
const INDEX_CHUNK_SIZE = "8000";

/**
 * Pagefind's answer, or an error naming the step that failed.
 * @template {{ errors: string[] }} T
 * @param {string} step
 * @param {T} response
 * @returns {T}
 */
function checked(step, response) {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}: ${response.errors.join("; ")}`);
  return response;
}

/**
 * Indexes out/search-records.json into out/pagefind/ and removes the records' file.
 * @param {string} outDirectory
 */
export async function indexSearch(outDirectory = OUT_DIRECTORY) {
  const recordsFile = path.join(outDirectory, RECORDS_FILE);
  /** @type {{ language: string, documents: { url: string, html: string }[] }} */
  const { language, documents } = JSON.parse(fs.readFileSync(recordsFile, "utf8"));
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  // One index in the site's language: Pagefind would split pages of other languages (a talk
  // given in German) into indexes that a page in the site's language never searches.
  const { index } = checked("start", await createIndex({ forceLanguage: language.split("-")[0] }));
  for (const document of documents) {
    checked(`index ${document.url}`, await index.addHTMLFile({ url: document.url, content: document.html }));
  }
  const indexDirectory = path.join(outDirectory, INDEX_DIRECTORY);
  fs.rmSync(indexDirectory, { recursive: true, force: true });
  checked("write the index", await index.writeFiles({ outputPath: indexDirectory }));
  await close();
  for (const file of fs.readdirSync(indexDirectory))
    if (UNUSED_FILES.test(file)) fs.rmSync(path.join(indexDirectory, file));
  fs.rmSync(recordsFile);
  return { documents: documents.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { documents } = await indexSearch();
  console.log(
    `Indexed ${documents} pages for search in ${Math.round(performance.now() - started)} ms into out/${INDEX_DIRECTORY}/`,
  );
}
