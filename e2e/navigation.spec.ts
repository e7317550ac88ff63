import { expect, test, type CDPSession, type Page } from "@playwright/test";

import { SPECULATION_RULES_PATH } from "../lib/serving/http-headers.cjs";

/**
 * Moving between pages without a client router: plain links, Chromium prerendering the
 * page a visitor is about to open (Speculation Rules from a header, no inline script), and
 * a cross-document view transition, off for visitors who ask for less motion.
 */

type RuleSet = { sourceText: string; errorType?: string; errorMessage?: string };
type Attempt = { key: { action: string; url: string } };

/** What Chromium itself reports of the page's speculation rules: the rule sets, the links they make candidates, the prerenders started. */
async function watchPreloading(page: Page) {
  const session: CDPSession = await page.context().newCDPSession(page);
  const ruleSets: RuleSet[] = [];
  const candidates = new Set<string>();
  const prerenders: string[] = [];
  session.on("Preload.ruleSetUpdated", (event: { ruleSet: RuleSet }) => void ruleSets.push(event.ruleSet));
  session.on("Preload.preloadingAttemptSourcesUpdated", (event: { preloadingAttemptSources: Attempt[] }) => {
    candidates.clear();
    for (const source of event.preloadingAttemptSources)
      if (source.key.action === "Prerender") candidates.add(source.key.url);
  });
  session.on(
    "Preload.prerenderStatusUpdated",
    (event: { key: { url: string } }) => void prerenders.push(event.key.url),
  );
  await session.send("Preload.enable");
  return { ruleSets, candidates, prerenders };
}

test("the speculation rules reach Chromium from the header, parse, and pick the site's pages, not its files or other sites", async ({
  page,
  baseURL,
}) => {
  const response = await page.request.get(SPECULATION_RULES_PATH);
  expect(response.headers()["content-type"]).toBe("application/speculationrules+json");

  const preloading = await watchPreloading(page);
  const pageResponse = await page.goto("/talks");
  expect(pageResponse?.headers()["speculation-rules"]).toBe(`"${SPECULATION_RULES_PATH}"`);
  await expect.poll(() => preloading.ruleSets.length).toBeGreaterThan(0);
  expect(preloading.ruleSets.map((ruleSet) => ruleSet.errorType ?? "none")).toEqual(["none"]);

  // Every link of the page to another page of the site is a candidate, and nothing else is.
  const links = await page
    .locator("a[href]")
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const origin = new URL(baseURL!).origin;
  const pageLinks = links.filter((href) => {
    const url = new URL(href);
    return url.origin === origin && !/\.[a-z0-9]+$/i.test(url.pathname);
  });
  expect(pageLinks.length).toBeGreaterThan(5);
  await expect
    .poll(() => [...preloading.candidates].sort())
    .toEqual([...new Set(pageLinks.map((href) => href.split("#")[0]!))].sort());
  expect(
    [...preloading.candidates].filter((url) => !url.startsWith(origin) || /\.(xml|json|ics|pdf|png)$/.test(url)),
  ).toEqual([]);
});

test("hovering a link starts a prerender of that page", async ({ page }) => {
  const preloading = await watchPreloading(page);
  await page.goto("/");
  const link = page.locator('main a[href="/talks"]').first();
  await link.hover();
  // "moderate" eagerness: after the pointer rests on a link for 200 ms.
  await expect
    .poll(() => preloading.prerenders, { timeout: 5_000 })
    .toContain(new URL("/talks", page.url()).toString());
  // Headless Chromium under a DevTools connection (Playwright) refuses to run the prerender
  // itself ("PrerenderingDisabledByDevTools"), so the activation cannot be shown here; the
  // click still lands on the page.
  await link.click();
  await expect(page).toHaveURL(/\/talks$/);
});

/**
 * Whether leaving the home page by a link starts a view transition, as the browser reports
 * it to the outgoing page (pageswap). Whether the incoming page then runs it to the end
 * depends on the browser's compositor (headless Chromium sometimes skips the animation),
 * so what the site controls, the opt-in, is what is checked.
 */
async function leavesWithTransition(page: Page): Promise<string | null> {
  await page.addInitScript(() => {
    addEventListener("pageswap", (event) => {
      const { viewTransition, activation } = event as Event & {
        viewTransition: unknown;
        activation: { navigationType: string } | null;
      };
      sessionStorage.setItem(
        "left-with",
        `${viewTransition ? "a view transition" : "no transition"} (${activation?.navigationType})`,
      );
    });
  });
  await page.goto("/");
  await page.locator('main a[href="/talks"]').first().click();
  await expect(page).toHaveURL(/\/talks$/);
  return page.evaluate(() => sessionStorage.getItem("left-with"));
}

test.describe("with motion", () => {
  test.use({ reducedMotion: "no-preference" });
  test("a link to another page of the site crosses with a view transition", async ({ page }) => {
    expect(await leavesWithTransition(page)).toBe("a view transition (push)");
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });
  test("the same link changes the page at once, with no transition", async ({ page }) => {
    expect(await leavesWithTransition(page)).toBe("no transition (push)");
  });
});
