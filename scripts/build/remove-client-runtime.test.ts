import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { removeClientRuntime, removeRuntimeFromHtml } from "./remove-client-runtime.mjs";

/** A page as Next.js exports it, shortened: its runtime around the site's own markup. */
const exportedPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="modulepreload" href="/_next/static/chunks/module.js"/>
<link rel="preload" as="font" href="/_next/static/media/font.woff2" crossorigin=""/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script type="module" async src="/islands/player.js"></script>
</head><body><main><h1>A talk</h1><p>Q&amp;A &lt;live&gt;</p>
<script type="application/ld+json">{"@context":"https://schema.org","name":"A \\u003c talk"}</script>
</main>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>
</body></html>`;

/** The 404 page as the export writes it, for notFound(): marked noindex. */
const notFoundPage = exportedPage.replace(
  '<meta charset="utf-8"/>',
  '<meta charset="utf-8"/><meta name="robots" content="noindex"/>',
);

describe("removing the runtime from a page", () => {
  it("removes the framework's scripts, payload and preloads, and keeps the page, its stylesheet, JSON-LD and islands", () => {
    const { html, removed } = removeRuntimeFromHtml(exportedPage, "out/talks/a-talk.html");
    expect(removed).toBe(7);
    expect(html).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(html).toContain('<link rel="preload" as="font"');
    expect(html).toContain('<script type="module" async src="/islands/player.js"></script>');
    expect(html).toContain(
      '<script type="application/ld+json">{"@context":"https://schema.org","name":"A \\u003c talk"}</script>',
    );
    expect(html).toContain("<p>Q&amp;A &lt;live></p>");
  });

  it.each([
    [
      "an inline script it does not know",
      '<script>alert("hi")</script>',
      'an inline <script> this step does not know: "alert(\\"hi\\")"',
    ],
    [
      "a script from another site",
      '<script src="https://cdn.example.com/x.js"></script>',
      'a <script src="https://cdn.example.com/x.js"> that is neither',
    ],
    [
      "an island that is not a module",
      '<script src="/islands/player.js"></script>',
      'a <script src="/islands/player.js"> that is neither',
    ],
    [
      "a module under /islands/ that is not on the island list",
      '<script type="module" src="/islands/tracker.js"></script>',
      'a <script src="/islands/tracker.js"> that is neither',
    ],
    [
      "inline speculation rules",
      '<script type="speculationrules">{}</script>',
      'an inline <script type="speculationrules"> this step does not know',
    ],
  ])("stops at %s, naming the page", (_what, script, message) => {
    const page = exportedPage.replace("</main>", `${script}</main>`);
    expect(() => removeRuntimeFromHtml(page, "out/index.html")).toThrow(`out/index.html: ${message}`);
  });
});

describe("removing the runtime from an export", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("deletes the RSC files, the runtime's JavaScript, the duplicate not-found page and pages not found at build, and nothing a visitor fetches", () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "export-"));
    const files: Record<string, string> = {
      "index.html": exportedPage,
      "index.txt": "0:rsc",
      "__next._tree.txt": "rsc",
      "talks.html": exportedPage,
      "talks.txt": "rsc",
      "talks/a-talk.html": exportedPage,
      "talks/a-talk.txt": "rsc",
      "talks/a-talk/__next.talks.$d$slug.__PAGE__.txt": "rsc",
      "talks/a-talk/social-card.png": "png",
      "robots.txt": "User-Agent: *",
      "404.html": notFoundPage,
      "_not-found.html": exportedPage,
      "_not-found/__next._full.txt": "rsc",
      // A dynamic route's placeholder, rendered as the 404 page (noindex) and its RSC data.
      "talks/_no-pdf-deck/slides.html": notFoundPage,
      "talks/_no-pdf-deck/slides.txt": "rsc",
      "_next/static/chunks/main.js": "js",
      "_next/static/chunks/main.js.map": "map",
      "_next/static/chunks/site.css": "css",
      "_next/static/build-id/_buildManifest.js": "js",
      "islands/player.js": "island",
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    const result = removeClientRuntime(root);
    const left = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(left.map((entry) => path.relative(root!, path.join(entry.parentPath, entry.name))).sort()).toEqual([
      "404.html",
      "_next/static/chunks/site.css",
      "index.html",
      "islands/player.js",
      "robots.txt",
      "talks.html",
      "talks/a-talk.html",
      "talks/a-talk/social-card.png",
    ]);
    expect(result.pages).toBe(4);
    expect(result.filesRemoved).toBe(12);
    expect(fs.existsSync(path.join(root, "talks", "_no-pdf-deck"))).toBe(false);
    expect(fs.readFileSync(path.join(root, "talks.html"), "utf8")).not.toContain("__next_f");
  });

  it("refuses a folder that holds no export", () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "export-"));
    expect(() => removeClientRuntime(root!)).toThrow("index.html is missing: run next build");
  });
});
