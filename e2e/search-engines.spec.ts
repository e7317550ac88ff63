import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

import { site } from "../lib/site/site";
import { builtPages } from "../testing/built-site";

const parser = new XMLParser({ parseTagValue: false, isArray: (_name, path) => String(path) === "urlset.url" });

test("/sitemap.xml lists every page once, with absolute URLs that answer and no date in the future", async ({
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const entries: { loc: string; lastmod?: string }[] = parser.parse(xml).urlset.url;

  // The build and the tests run in one environment (npm test): lib/site gives the build's origin.
  const locations = entries.map((entry) => entry.loc);
  expect(locations.filter((loc) => !loc.startsWith(`${site.url}/`))).toEqual([]);
  const paths = locations.map((loc) => new URL(loc).pathname);
  expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  expect([...paths].sort()).toEqual([...builtPages].sort());

  const now = Date.now();
  for (const { loc, lastmod } of entries) {
    if (lastmod === undefined) continue;
    const date = new Date(lastmod);
    expect(Number.isNaN(date.getTime()), loc).toBe(false);
    expect(date.getTime(), `${loc} lastmod ${lastmod}`).toBeLessThanOrEqual(now);
  }
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test("/robots.txt allows everything and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("User-Agent: *");
  expect(lines).toContain("Allow: /");
  expect(lines.filter((line) => /^Disallow:\s*\S/.test(line))).toEqual([]);
  expect(lines).toContain(`Sitemap: ${site.url}/sitemap.xml`);
});
