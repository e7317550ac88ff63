import { expect, test } from "@playwright/test";

import { builtPages } from "../testing/built-site";

/** http(s) with a real host name: what an external link must look like (the network is not asked). */
function isWellFormedExternalUrl(url: URL): boolean {
  return (url.protocol === "https:" || url.protocol === "http:") && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname);
}

test("a crawl from the home page finds no broken internal link or asset, and only well-formed external links", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000 + builtPages.length * 3_000);
  const origin = new URL(baseURL!).origin;
  const queue = ["/"];
  const crawled = new Set<string>();
  const checked = new Map<string, number>();
  const problems: string[] = [];
  let externalCount = 0;

  while (queue.length > 0) {
    const path = queue.shift()!;
    if (crawled.has(path)) continue;
    crawled.add(path);
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      problems.push(`${path}: status ${response?.status()}`);
      continue;
    }
    const references = await page.evaluate(() => {
      const pick = (selector: string, attribute: string) =>
        [...document.querySelectorAll(selector)].map((element) => ({
          tag: element.tagName.toLowerCase(),
          value: element.getAttribute(attribute) ?? "",
        }));
      return [
        ...pick("a[href]", "href"),
        ...pick("link[href]", "href"),
        ...pick("script[src]", "src"),
        ...pick("img[src]", "src"),
        ...pick("source[src]", "src"),
        ...pick("iframe[src]", "src"),
      ];
    });
    const ids = new Set(await page.evaluate(() => [...document.querySelectorAll("[id]")].map((element) => element.id)));

    for (const { tag, value } of references) {
      if (value.startsWith("#")) {
        if (value.length > 1 && !ids.has(decodeURIComponent(value.slice(1))))
          problems.push(`${path}: <${tag}> points to missing ${value}`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, origin + path);
      } catch {
        problems.push(`${path}: <${tag}> has a malformed URL ${JSON.stringify(value)}`);
        continue;
      }
      if (url.origin !== origin) {
        externalCount++;
        // Canonical and other metadata links name the production origin: also external here.
        if (!isWellFormedExternalUrl(url)) problems.push(`${path}: <${tag}> has a malformed external URL ${value}`);
        continue;
      }
      const target = url.pathname + url.search;
      if (!checked.has(target)) {
        const result = await request.get(target, { maxRedirects: 0 });
        checked.set(target, result.status());
      }
      const status = checked.get(target)!;
      if (status !== 200) problems.push(`${path}: <${tag}> ${target} answers ${status}`);
      else if (tag === "a" && !url.pathname.startsWith("/_next/") && !/\.[a-z0-9]+$/i.test(url.pathname))
        queue.push(url.pathname);
    }
  }

  console.log(
    `crawled ${crawled.size} pages, checked ${checked.size} internal URLs, saw ${externalCount} external links`,
  );
  expect(problems).toEqual([]);
  // Every prerendered page is reachable by following links from the home page.
  expect(builtPages.filter((route) => !crawled.has(route))).toEqual([]);
});
