import { gzipSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import { GET, generateStaticParams } from "@/app/islands/[island]/route";

import { ISLAND_NAMES, islandUrl } from "./islands.mjs";

const request = (name: string) =>
  GET(new Request(`http://localhost/islands/${name}`), { params: Promise.resolve({ island: name }) });

/** Each island at most 1.5 KB gzip once minified: the page budget is 3 KB of the site's own code. */
const MAX_GZIP_BYTES = 1536;

describe("the islands route", () => {
  it("lists one static file per island", () => {
    expect(generateStaticParams()).toEqual([
      { island: "player.js" },
      { island: "talk-search.js" },
      { island: "copy-text.js" },
      { island: "site-search.js" },
    ]);
    expect(ISLAND_NAMES.map(islandUrl)).toEqual([
      "/islands/player.js",
      "/islands/talk-search.js",
      "/islands/copy-text.js",
      "/islands/site-search.js",
    ]);
  });

  for (const name of ISLAND_NAMES) {
    it(`serves ${name}.js: one self-contained, minified module, small, building no HTML from strings`, async () => {
      const response = await request(`${name}.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      const code = await response.text();
      // Bundled: nothing left to import but Pagefind's library, which the build writes beside the
      // index and only the search island loads, and no React or Next.js in it.
      const imports = code.match(/\bimport\s*\(?\s*[\w"'/.{*]*/g) ?? [];
      expect(imports.map((found) => found.replace(/\w+$/, "name"))).toEqual(
        name === "site-search" ? ["import(name"] : [],
      );
      if (name === "site-search") expect(code).toContain('"/pagefind/pagefind.js"');
      expect(code).not.toMatch(/\brequire\(/);
      expect(code).not.toMatch(/react|__next/i);
      // The CSP will require Trusted Types for every HTML sink: the islands use none.
      expect(code).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|DOMParser|createContextualFragment|document\.write|srcdoc|\beval\b|Function\(/,
      );
      expect(code.split("\n").filter(Boolean)).toHaveLength(1);
      const gzipped = gzipSync(code, { level: 9 }).length;
      console.log(`/islands/${name}.js: ${code.length} bytes minified, ${gzipped} bytes gzip`);
      expect(gzipped).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    });
  }

  it("serves nothing else, whatever the URL names", async () => {
    const names = [
      "player",
      "player.ts",
      "names.js",
      "../names.js",
      "..%2Fplayer.js",
      "PLAYER.js",
      "talk-search.test.js",
      "copy-text.ts",
    ];
    for (const name of names) {
      expect((await request(name)).status, name).toBe(404);
    }
  });
});
