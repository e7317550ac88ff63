import { expect, test } from "@playwright/test";

import { builtHtmlPath, classifyClientChunks, measureHtmlPage, nonStaticRoutes } from "../scripts/built-output.mjs";

import { builtPages } from "./support/built-site";

/** The site's own client code per page, gzip: beyond it, a page loads only Next.js and React. */
const SITE_JS_BUDGET_GZIP = 3 * 1024;

test("every page is prerendered: nothing renders on request", () => {
  expect(builtPages.length).toBeGreaterThanOrEqual(3);
  expect(nonStaticRoutes()).toEqual([]);
});

test(`each page loads at most ${SITE_JS_BUDGET_GZIP} bytes (gzip) of the site's own JavaScript`, () => {
  const chunkClasses = classifyClientChunks();
  const rows = builtPages.map((route) => {
    const weight = measureHtmlPage(builtHtmlPath(route), { chunkClasses });
    return { route, framework: weight.frameworkJs!, site: weight.siteJs! };
  });
  // The figures, for the log of every run.
  console.log(
    [
      `client modules of the site: ${chunkClasses.siteModules.join(", ") || "none"}`,
      ...rows.map(
        ({ route, framework, site }) =>
          `${route}: framework ${framework.files} files ${framework.gzip} B gzip; site ${site.files} files ${site.gzip} B gzip`,
      ),
    ].join("\n"),
  );
  const overBudget = rows.filter(({ site }) => site.gzip > SITE_JS_BUDGET_GZIP).map(({ route, site }) => `${route}: ${site.gzip} B`);
  expect(overBudget).toEqual([]);
});
