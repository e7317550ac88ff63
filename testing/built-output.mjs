// Reads what `npm run build` wrote to out/: the pages, the other files, and what each page
// loads. Shared by the end-to-end tests (testing/built-site.ts, e2e/budgets.spec.ts) and
// the benchmark (bench/run.mjs), which also reads a stock export that still has the
// framework's runtime.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

export const OUT_DIR = "out";

const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(root = OUT_DIR) {
  const walk = (directory) =>
    fs.readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
      const relative = directory ? `${directory}/${entry.name}` : entry.name;
      return entry.isDirectory() ? walk(relative) : [relative];
    });
  return walk("").sort();
}

/** The URL a static host serves an exported HTML file at: "index.html" → "/", "talks/x.html" → "/talks/x". */
export function routeOfHtmlFile(file) {
  if (file === "index.html") return "/";
  return `/${file.replace(/\.html$/, "").replace(/\/index$/, "")}`;
}

/** Whether an HTML file only sends the browser elsewhere (<meta http-equiv="refresh">): a short link's page. */
function isRedirectPage(file, root) {
  let redirects = false;
  visit(fromHtml(fs.readFileSync(path.join(root, file), "utf8")), "element", (node) => {
    if (node.tagName === "meta" && String(node.properties.httpEquiv).toLowerCase() === "refresh") redirects = true;
  });
  return redirects;
}

/**
 * The pages of the site, e.g. ["/", "/talks", "/talks/foo"]: every HTML file but the 404 page
 * and the pages that only send the browser on (builtRedirectRoutes).
 */
export function builtPageRoutes(root = OUT_DIR) {
  return listFiles(root)
    .filter((file) => file.endsWith(".html") && file !== "404.html" && !isRedirectPage(file, root))
    .map(routeOfHtmlFile)
    .sort();
}

/** The pages that only send the browser on: the short links' (/t/<code>), for hosts without redirects. */
export function builtRedirectRoutes(root = OUT_DIR) {
  return listFiles(root)
    .filter((file) => file.endsWith(".html") && isRedirectPage(file, root))
    .map(routeOfHtmlFile)
    .sort();
}

/**
 * Every other file a visitor can fetch, e.g. ["/feed.xml", "/islands/player.js",
 * "/talks/foo/social-card.png"]: feeds, calendar, sitemap, images, islands, stylesheet.
 */
export function builtFileRoutes(root = OUT_DIR) {
  return listFiles(root)
    .filter((file) => !file.endsWith(".html"))
    .map((file) => `/${file}`);
}

/** The exported HTML file of a route. */
export function builtHtmlPath(route, root = OUT_DIR) {
  return path.join(root, route === "/" ? "index.html" : `${route.slice(1)}.html`);
}

/**
 * The scripts and stylesheets a page's HTML loads, read with an HTML parser.
 * `nomodule` polyfills are left out: no browser that runs modules loads them.
 */
export function pageAssets(html) {
  const scripts = [];
  const inlineScripts = [];
  const stylesheets = [];
  const scriptPreloads = [];
  visit(fromHtml(html), "element", (element) => {
    const { properties } = element;
    if (element.tagName === "script") {
      if (typeof properties.src === "string") {
        if (!properties.noModule) scripts.push({ src: properties.src, type: String(properties.type ?? "") });
      } else {
        const code = element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
        inlineScripts.push({ type: String(properties.type ?? ""), code });
      }
    }
    if (element.tagName === "link" && typeof properties.href === "string") {
      const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
      if (rel.includes("stylesheet")) stylesheets.push(properties.href);
      if (rel.includes("modulepreload") || (rel.includes("preload") && properties.as === "script"))
        scriptPreloads.push(properties.href);
    }
  });
  return { scripts, inlineScripts, stylesheets, scriptPreloads };
}

/**
 * What a page costs a visitor: its HTML, and the scripts and stylesheets it loads, raw and
 * gzip, with the framework's JavaScript (/_next/) and the site's islands (/islands/) apart.
 * `root` is the folder the URLs resolve in: out/, or a stock export.
 */
export function measureHtmlPage(htmlFile, { root = OUT_DIR } = {}) {
  const html = fs.readFileSync(htmlFile);
  const { scripts, stylesheets } = pageAssets(html.toString("utf8"));
  const readAsset = (url) => fs.readFileSync(path.join(root, decodeURIComponent(url.split("?")[0])));
  const sum = (urls) => {
    const buffers = [...new Set(urls)].map(readAsset);
    return {
      files: buffers.length,
      bytes: buffers.reduce((total, buffer) => total + buffer.length, 0),
      gzip: buffers.reduce((total, buffer) => total + gzipSize(buffer), 0),
    };
  };
  const scriptUrls = scripts.map((script) => script.src);
  return {
    html: { bytes: html.length, gzip: gzipSize(html) },
    js: sum(scriptUrls),
    frameworkJs: sum(scriptUrls.filter((url) => url.startsWith("/_next/"))),
    siteJs: sum(scriptUrls.filter((url) => url.startsWith("/islands/"))),
    css: sum(stylesheets),
  };
}
