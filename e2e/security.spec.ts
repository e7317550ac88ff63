import http from "node:http";

import { expect, test } from "@playwright/test";

import { getTalks } from "../lib/content/talks";
import { builtFiles, builtPages, MISSING_PAGE } from "../testing/built-site";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => Boolean(name))
      .map(([name, ...values]) => [name!, values]),
  );
}

test("every response carries the security headers, the same for pages and files", async ({ request }) => {
  // Feeds, the calendar, the sitemap, images and islands too: a browser may open them, and nosniff keeps their declared types.
  const paths = [...builtPages, ...builtFiles, MISSING_PAGE];
  expect(builtFiles.some((path) => path.startsWith("/islands/"))).toBe(true);

  // A talk's card for other sites (oEmbed) is the one response any site may frame.
  const isEmbed = (path: string) => /^\/talks\/[^/]+\/embed$/.test(path);
  expect(paths.filter(isEmbed)).toHaveLength(getTalks().length);

  for (const path of paths) {
    const headers = (await request.get(path)).headers();
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["x-frame-options"], path).toBe(isEmbed(path) ? "ALLOWALL" : "DENY");

    const policy = headers["content-security-policy"];
    expect(policy, path).toBeTruthy();
    const csp = directives(policy!);
    // Pages run only the site's own module islands: no inline script, no eval, nothing from elsewhere.
    // /search alone runs WebAssembly (Pagefind), and nothing else is looser there.
    expect(csp.get("script-src"), path).toEqual(path === "/search" ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(csp.get("style-src"), path).toEqual(["'self'"]);
    expect(csp.get("default-src"), path).toEqual(["'self'"]);
    expect(csp.get("object-src"), path).toEqual(["'none'"]);
    expect(csp.get("base-uri"), path).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors"), path).toEqual(isEmbed(path) ? ["*"] : ["'none'"]);
    expect(csp.get("require-trusted-types-for"), path).toEqual(["'script'"]);
    expect(csp.get("trusted-types"), path).toEqual(["'none'"]);
    // Frames only from the players the site embeds, and the site itself for its PDF decks.
    expect(csp.get("frame-src"), path).toEqual([
      "'self'",
      "https://www.youtube-nocookie.com",
      "https://docs.google.com",
    ]);
  }
});

test("pages and files are served compressed, with their own content types", async ({ request }) => {
  const expectedTypes: Record<string, RegExp> = {
    "/": /^text\/html; charset=utf-8$/,
    "/talks": /^text\/html; charset=utf-8$/,
    "/feed.xml": /^application\/rss\+xml; charset=utf-8$/,
    "/atom.xml": /^application\/atom\+xml; charset=utf-8$/,
    "/feed.json": /^application\/feed\+json; charset=utf-8$/,
    "/talks.ics": /^text\/calendar; charset=utf-8$/,
    "/sitemap.xml": /^application\/xml/,
    "/robots.txt": /^text\/plain/,
    "/social-card.png": /^image\/png$/,
    "/islands/player.js": /^(text|application)\/javascript/,
    "/speculation-rules.json": /^application\/speculationrules\+json$/,
  };
  for (const [path, type] of Object.entries(expectedTypes)) {
    const response = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  for (const path of builtFiles.filter((file) => file.endsWith(".png"))) {
    expect((await request.get(path)).headers()["content-type"], path).toBe("image/png");
  }
  // Text is compressed on the way (Playwright's client sends Accept-Encoding and decodes).
  const page = await request.get("/talks", { headers: { "Accept-Encoding": "gzip" } });
  expect(page.headers()["content-encoding"]).toBe("gzip");
});

test("the 404 page is the site's own, with a 404 status", async ({ request }) => {
  const response = await request.get(MISSING_PAGE);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Page not found");
});

test("no page breaks its Content Security Policy", async ({ page }) => {
  // Each page waits for its network to go quiet (its island included), so the time grows with the site.
  test.setTimeout(30_000 + builtPages.length * 5_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
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

/** A request sent as written (a client library would normalise the path), and what came back. */
function rawRequest(
  origin: string,
  method: string,
  target: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const sent = http.request({ host: hostname, port, method, path: target }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

test("npm start turns bad requests away with a 4xx and the security headers, never a 500", async ({ baseURL }) => {
  const origin = baseURL!;
  const cases: [method: string, target: string, status: number][] = [
    ["GET", "/%00", 400],
    ["GET", "/talks/%00.html", 400],
    ["GET", "/%E0%A4%A", 400],
    ["GET", "/%1b[31m", 400],
    ["GET", `/${"a".repeat(8_000)}`, 414],
    ["GET", `/talks/${"a".repeat(300)}`, 404],
    ["GET", "/talks/../../../../etc/passwd", 400],
    ["GET", "/..%2f..%2fpackage.json", 400],
    ["POST", "/", 405],
    ["PUT", "/talks", 405],
    ["DELETE", "/about", 405],
    ["PATCH", "/feed.xml", 405],
    ["OPTIONS", "/", 405],
  ];
  for (const [method, target, status] of cases) {
    const label = `${method} ${target.slice(0, 40)}`;
    const answer = await rawRequest(origin, method, target);
    expect(answer.status, label).toBe(status);
    expect(answer.headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
    expect(answer.headers["x-content-type-options"], label).toBe("nosniff");
    expect(answer.headers["strict-transport-security"], label).toMatch(/max-age=\d{8,}/);
    if (status === 405) expect(answer.headers.allow, label).toBe("GET, HEAD");
  }
  // What stays allowed is served as before, HEAD with no body.
  const head = await rawRequest(origin, "HEAD", "/talks");
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
  expect((await rawRequest(origin, "GET", "/talks")).status).toBe(200);
});
