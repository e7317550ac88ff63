import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { getTalks } from "../lib/talks";

// Two talk pages: one with a single event, one given at two events with a component in its body.
const pagesToAudit = ["/", "/talks", "/talks/building-a-go-profiler-using-go", "/talks/are-you-testing-your-observability"];
const everyPage = ["/", "/talks", ...getTalks().map((talk) => `/talks/${talk.slug}`)];

for (const colorScheme of ["light", "dark"] as const) {
  for (const path of pagesToAudit) {
    test(`no axe violations (WCAG 2.1 AA) on ${path} in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((violation) => ({
        rule: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
      expect(summary).toEqual([]);
    });
  }
}

test("no console errors or page errors on any page", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  for (const path of everyPage) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

test("pages fit a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of everyPage) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/talks");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
