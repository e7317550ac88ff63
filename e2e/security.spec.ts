import { expect, test } from "@playwright/test";

import { builtFiles, builtPages, MISSING_PAGE } from "./support/built-site";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => Boolean(name))
      .map(([name, ...values]) => [name!, values]),
  );
}

test("every response carries the security headers", async ({ request }) => {
  const firstPage = await request.get("/");
  const scriptUrl = /<script[^>]+src="([^"]+)"/.exec(await firstPage.text())?.[1];
  expect(scriptUrl).toBeTruthy();
  // Feeds, the calendar and the sitemap too: a browser may open them, and nosniff keeps their declared types.
  const paths = [...builtPages, ...builtFiles, MISSING_PAGE, scriptUrl!];

  for (const path of paths) {
    const headers = (await request.get(path)).headers();
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");

    const policy = headers["content-security-policy"];
    expect(policy, path).toBeTruthy();
    const csp = directives(policy!);
    expect(policy, path).not.toContain("unsafe-eval");
    expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(csp.get("object-src"), path).toEqual(["'none'"]);
    expect(csp.get("default-src"), path).toEqual(["'self'"]);
    expect(csp.get("script-src"), path).not.toContain("*");
    // Frames only from the players the site embeds, and the site itself for its PDF decks.
    expect(csp.get("frame-src"), path).toEqual(["'self'", "https://www.youtube-nocookie.com", "https://docs.google.com"]);
  }
});

test("PDFs, and only PDFs, may be framed by the site's own pages", async ({ request }) => {
  // The seed has no PDF deck (e2e/add-a-talk.spec.ts serves a real one); headers are set
  // before Next looks for the file, so a missing PDF shows which rule a PDF gets.
  for (const path of ["/slides/no-such-deck.pdf", "/NO-SUCH-DECK.PDF"]) {
    const headers = (await request.get(path)).headers();
    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("frame-ancestors"), path).toEqual(["'self'"]);
    expect(headers["x-frame-options"], path).toBe("SAMEORIGIN");
    // The rest of the policy is the pages' own.
    expect(csp.get("default-src"), path).toEqual(["'self'"]);
    expect(csp.get("object-src"), path).toEqual(["'none'"]);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
  }
  for (const path of ["/slides/no-such-deck.pdf.html", "/slides/pdf"]) {
    const headers = (await request.get(path)).headers();
    expect(directives(headers["content-security-policy"] ?? "").get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("no page breaks its Content Security Policy", async ({ page }) => {
  // Each page waits for its network to go quiet (prefetches included), so the time grows with the site.
  test.setTimeout(30_000 + builtPages.length * 5_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of builtPages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations, path).toEqual([]);
  }
  expect(consoleViolations).toEqual([]);
});
