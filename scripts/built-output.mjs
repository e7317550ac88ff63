// Reads what `next build` wrote into .next/ (or a static export in out/): the pages, the
// files each page loads, and which JavaScript is the framework's and which the site's.
// Shared by the budget tests (e2e/budgets.spec.ts) and the benchmark (bench/run.mjs).
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

/** The routes that were prerendered as HTML pages, e.g. ["/", "/talks", "/talks/foo"]. */
export function builtPageRoutes(distDir = ".next") {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  return Object.entries(manifest.routes)
    .filter(([route, info]) => info.routeType === "page" && !route.startsWith("/_"))
    .map(([route]) => route)
    .sort();
}

/**
 * The other prerendered responses: route handlers and metadata files such as
 * ["/feed.xml", "/icon.svg", "/sitemap.xml"].
 */
export function builtFileRoutes(distDir = ".next") {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  return Object.entries(manifest.routes)
    .filter(([route, info]) => info.routeType === "route" && !route.startsWith("/_"))
    .map(([route]) => route)
    .sort();
}

/** Routes that would render on request instead of at build (there must be none). */
export function nonStaticRoutes(distDir = ".next") {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  const dynamic = Object.entries(manifest.dynamicRoutes ?? {})
    .filter(([, info]) => info.fallback !== false)
    .map(([route]) => route);
  const notStatic = Object.entries(manifest.routes)
    .filter(([, info]) => info.compute !== undefined && info.compute !== "static")
    .map(([route]) => route);
  return [...dynamic, ...notStatic];
}

/** The prerendered HTML of a route in .next/. */
export function builtHtmlPath(route, distDir = ".next") {
  return path.join(distDir, "server", "app", route === "/" ? "index.html" : `${route.slice(1)}.html`);
}

function readClientManifests(distDir) {
  const appDir = path.join(distDir, "server", "app");
  const manifests = [];
  const walk = (directory) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith("_client-reference-manifest.js")) {
        const context = { globalThis: {} };
        context.globalThis = context;
        vm.runInNewContext(fs.readFileSync(full, "utf8"), context);
        manifests.push(...Object.values(context.__RSC_MANIFEST ?? {}));
      }
    }
  };
  walk(appDir);
  return manifests;
}

/**
 * Splits the client JavaScript into the framework's (Next.js and React: the root main
 * files, polyfills, and every chunk of a client module under node_modules) and the site's
 * (chunks of client modules in this repository). A framework chunk that turns out to hold
 * a site module counts as the site's, so the split can only over-count the site.
 */
export function classifyClientChunks(distDir = ".next") {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const toUrl = (file) => `/_next/${file}`;
  const frameworkChunks = new Set([...buildManifest.rootMainFiles, ...buildManifest.polyfillFiles].map(toUrl));
  const siteModules = new Map();
  for (const manifest of readClientManifests(distDir)) {
    for (const [modulePath, entry] of Object.entries(manifest.clientModules ?? {})) {
      const isFramework = modulePath.includes("/node_modules/");
      if (isFramework) for (const chunk of entry.chunks) frameworkChunks.add(chunk);
      else siteModules.set(modulePath.replace(/^\[project\]\//, ""), { id: entry.id, chunks: entry.chunks });
    }
  }
  const siteChunks = new Set();
  for (const { chunks } of siteModules.values()) for (const chunk of chunks) if (!frameworkChunks.has(chunk)) siteChunks.add(chunk);
  for (const chunk of frameworkChunks) {
    const file = path.join(distDir, chunk.replace(/^\/_next\//, ""));
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    for (const { id } of siteModules.values()) {
      if (new RegExp(`[,\\[]${id},`).test(text)) siteChunks.add(chunk);
    }
  }
  for (const chunk of siteChunks) frameworkChunks.delete(chunk);
  return { frameworkChunks, siteChunks, siteModules: [...siteModules.keys()].sort() };
}

/**
 * What a page costs a visitor: its HTML, and the scripts and stylesheets it loads, raw and
 * gzip. `nomodule` polyfills are left out: no browser that runs modules loads them.
 * `staticRoot` is where URLs under /_next/ live: `.next` for `next build`, `out` for an export.
 */
export function measureHtmlPage(htmlFile, { staticRoot = ".next", chunkClasses } = {}) {
  const html = fs.readFileSync(htmlFile);
  const text = html.toString("utf8");
  const scriptUrls = [...text.matchAll(/<script\b([^>]*)>/g)]
    .filter(([, attributes]) => !/\bnoModule\b|\bnomodule\b/.test(attributes))
    .map(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter(Boolean);
  const styleUrls = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter(Boolean);
  const readAsset = (url) => {
    const relative = decodeURIComponent(url.split("?")[0]).replace(/^\/_next\//, staticRoot === "out" ? "_next/" : "");
    return fs.readFileSync(path.join(staticRoot, relative));
  };
  const sum = (urls) => {
    const files = [...new Set(urls)];
    const buffers = files.map(readAsset);
    return {
      files: files.length,
      bytes: buffers.reduce((total, buffer) => total + buffer.length, 0),
      gzip: buffers.reduce((total, buffer) => total + gzipSize(buffer), 0),
    };
  };
  const scripts = [...new Set(scriptUrls)];
  const result = {
    html: { bytes: html.length, gzip: gzipSize(html) },
    js: sum(scripts),
    css: sum(styleUrls),
  };
  if (chunkClasses) {
    result.siteJs = sum(scripts.filter((url) => chunkClasses.siteChunks.has(url)));
    result.frameworkJs = sum(scripts.filter((url) => !chunkClasses.siteChunks.has(url)));
  }
  return result;
}
