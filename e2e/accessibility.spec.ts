import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { builtPages, MISSING_PAGE } from "../testing/built-site";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

for (const path of [...builtPages, MISSING_PAGE]) {
  test(`no axe violations (WCAG 2.2 AA) on ${path}, light and dark`, async ({ page }) => {
    await page.goto(path);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      // Colours ease into the new scheme (transition-colors); axe must measure where they end.
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  test(`every link on ${path} is reachable by Tab, with a visible focus`, async ({ page }) => {
    await page.goto(path);
    // A player's poster is a button in the HTML (its <noscript> link is not rendered), so the links are final on load.
    const links = await page.locator("a[href]:visible").evaluateAll((anchors) =>
      anchors.map((anchor, index) => {
        anchor.setAttribute("data-tab-check", String(index));
        return index;
      }),
    );
    // The skip link is visually hidden until focused, so :visible misses it; Tab must still find it.
    const skipLink = page.getByRole("link", { name: "Skip to content" });

    const reached = new Set<number>();
    const withoutVisibleFocus: string[] = [];
    let skipLinkReached = false;
    for (let step = 0; step < links.length + 10; step++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const hasOutline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const hasRing = style.boxShadow !== "none";
        return {
          index: element.getAttribute("data-tab-check"),
          label: (element.textContent ?? "").trim().slice(0, 40),
          visibleFocus: hasOutline || hasRing,
          matchesFocusVisible: element.matches(":focus-visible"),
        };
      });
      if (!focused) continue;
      if (focused.label === "Skip to content") skipLinkReached = true;
      if (focused.index !== null) reached.add(Number(focused.index));
      if (!focused.visibleFocus || !focused.matchesFocusVisible) withoutVisibleFocus.push(focused.label);
    }
    await expect(skipLink).toHaveCount(1);
    expect(skipLinkReached).toBe(true);
    expect(links.filter((index) => !reached.has(index))).toEqual([]);
    expect(withoutVisibleFocus).toEqual([]);
  });
}
