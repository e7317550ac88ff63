// The last step of `npm run build`: takes the static export Next.js wrote to out/ and
// removes its client runtime, so that every page is HTML, CSS and, where it must act, one
// of the site's own islands (components/islands/, loaded as /islands/<name>.js).
//
// Next renders every page at build; in the browser, its runtime (React, the router and
// the page again as RSC data) only hydrates what never changes. What goes:
// - <script src="/_next/…"> (the runtime's chunks, the nomodule polyfills),
// - the inline scripts that boot it: the RSC payload (self.__next_f.push) and the
//   bundler's chunk list (TURBOPACK),
// - <link rel="preload" as="script"> and <link rel="modulepreload">,
// - the RSC files (page.txt, __next.*.txt), the JavaScript under _next/, and the
//   duplicate _not-found page (404.html is the real one), and any other page that was not
//   found at build (a dynamic route's placeholder).
// What stays: the HTML, the stylesheet, JSON-LD, and <script type="module" src="/islands/…">.
//
// Any other script is an error naming the page: after a Next.js upgrade that changes its
// output, this step fails loudly instead of shipping, or silently dropping, what it does
// not know. Pages are read and written with an HTML parser (hast, on parse5), not patterns.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";

import { ISLAND_NAMES, islandUrl } from "../../components/islands/islands.mjs";

/** The site's islands: the only scripts with a src a page may keep. */
const ISLAND_URLS = new Set(ISLAND_NAMES.map(islandUrl));

const FRAMEWORK_PREFIX = "/_next/";

/** Inline scripts Next.js writes into an exported page, recognised by what they do. */
const FRAMEWORK_INLINE_SCRIPTS = [
  { what: "the RSC payload", test: (code) => code.includes("self.__next_f") },
  { what: "the bundler's chunk list", test: (code) => code.includes('globalThis["TURBOPACK"]') },
];

/** The text of a script element. @param {import("hast").Element} element */
function textOf(element) {
  return element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

/** A rel-like property as hast gives it (a list, or a string), as a list of tokens. */
function tokens(value) {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

/**
 * What to do with one element: "keep", "remove", or an Error for a script nobody knows.
 * @param {import("hast").Element} element
 * @returns {"keep" | "remove" | Error}
 */
export function classifyElement(element) {
  const { properties } = element;
  if (element.tagName === "link") {
    const rel = tokens(properties.rel);
    if (rel.includes("modulepreload")) return "remove";
    if (rel.includes("preload") && properties.as === "script") return "remove";
    return "keep";
  }
  if (element.tagName !== "script") return "keep";

  const type = typeof properties.type === "string" ? properties.type.trim().toLowerCase() : "";
  const src = typeof properties.src === "string" ? properties.src : undefined;
  if (src !== undefined) {
    if (src.startsWith(FRAMEWORK_PREFIX)) return "remove";
    if (ISLAND_URLS.has(src) && type === "module") return "keep";
    return new Error(
      `a <script src="${src}"> that is neither the framework's (${FRAMEWORK_PREFIX}) nor an island (type="module", one of ${[...ISLAND_URLS].join(", ")})`,
    );
  }
  if (type === "application/ld+json") return "keep";
  const code = textOf(element);
  if (FRAMEWORK_INLINE_SCRIPTS.some(({ test }) => test(code))) return "remove";
  return new Error(
    `an inline <script${type ? ` type="${type}"` : ""}> this step does not know: ${JSON.stringify(code.slice(0, 120))}. ` +
      "If Next.js writes it, teach scripts/build/remove-client-runtime.mjs to remove it; the site's own code belongs in components/islands/",
  );
}

/**
 * One page without the runtime.
 * @param {string} html
 * @param {string} where the page's file, for error messages
 * @returns {{ html: string, removed: number, notFound: boolean }}
 */
export function removeRuntimeFromHtml(html, where) {
  const tree = fromHtml(html);
  const problems = [];
  let removed = 0;
  let notFound = false;
  visit(tree, "element", (element, index, parent) => {
    // notFound() at build renders the 404 page, which Next marks noindex.
    if (
      element.tagName === "meta" &&
      element.properties.name === "robots" &&
      tokens(element.properties.content).includes("noindex")
    )
      notFound = true;
    const verdict = classifyElement(element);
    if (verdict === "keep") return undefined;
    if (verdict instanceof Error) {
      problems.push(`${where}: ${verdict.message}`);
      return SKIP;
    }
    parent.children.splice(index, 1);
    removed += 1;
    // The next sibling moved into this index: visit it next.
    return [SKIP, index];
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  // Named character references (&amp;, &lt;), as Next.js wrote them, not &#x26;.
  return { html: toHtml(tree, { characterReferences: { useNamedReferences: true } }), removed, notFound };
}

function walk(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** RSC data: `__next.*.txt` segment files, and `<page>.txt` beside each `<page>.html`. */
function isRscFile(file) {
  if (!file.endsWith(".txt")) return false;
  const name = path.basename(file);
  return name.startsWith("__next.") || fs.existsSync(file.replace(/\.txt$/, ".html"));
}

/**
 * Removes the runtime from the export in `outDir`. Returns what it did, for the build's
 * log and the benchmark.
 * @param {string} outDir
 */
export function removeClientRuntime(outDir = "out") {
  const started = performance.now();
  if (!fs.existsSync(path.join(outDir, "index.html"))) {
    throw new Error(`${outDir}/index.html is missing: run next build (with output: "export") first`);
  }
  let bytesBefore = 0;
  let bytesAfter = 0;
  let scripts = 0;
  const files = walk(outDir);
  const pages = files.filter((file) => file.endsWith(".html"));
  const notFoundDuplicate = path.join(outDir, "_not-found");
  const notFoundPages = new Set();
  for (const page of pages) {
    const before = fs.readFileSync(page, "utf8");
    const { html, removed, notFound } = removeRuntimeFromHtml(before, page);
    if (notFound && page !== path.join(outDir, "404.html") && page !== `${notFoundDuplicate}.html`)
      notFoundPages.add(page);
    fs.writeFileSync(page, html);
    bytesBefore += Buffer.byteLength(before);
    bytesAfter += Buffer.byteLength(html);
    scripts += removed;
  }

  const leftovers = files.filter(
    (file) =>
      isRscFile(file) ||
      (file.startsWith(path.join(outDir, "_next") + path.sep) && /\.js(\.map)?$/.test(file)) ||
      file === `${notFoundDuplicate}.html` ||
      file.startsWith(notFoundDuplicate + path.sep) ||
      // A page that was not found at build: the placeholder a dynamic route with nothing to
      // generate must name (Next refuses an empty generateStaticParams with output: "export").
      notFoundPages.has(file),
  );
  for (const file of leftovers) fs.rmSync(file);
  removeEmptyDirectories(outDir);

  return {
    pages: pages.length - notFoundPages.size - (pages.includes(`${notFoundDuplicate}.html`) ? 1 : 0),
    elementsRemoved: scripts,
    filesRemoved: leftovers.length,
    htmlBytesBefore: bytesBefore,
    htmlBytesAfter: bytesAfter,
    milliseconds: performance.now() - started,
  };
}

function removeEmptyDirectories(directory) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirectories(path.join(directory, entry.name));
  }
  if (fs.readdirSync(directory).length === 0) fs.rmdirSync(directory);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const result = removeClientRuntime(process.argv[2] ?? "out");
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `Removed the client runtime from ${result.pages} pages in ${result.milliseconds.toFixed(0)} ms: ` +
        `${result.elementsRemoved} scripts and preloads, ${result.filesRemoved} files; ` +
        `HTML ${kb(result.htmlBytesBefore)} → ${kb(result.htmlBytesAfter)}`,
    );
  } catch (error) {
    console.error(`remove-client-runtime: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
