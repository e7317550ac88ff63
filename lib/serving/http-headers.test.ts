import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GET as atomFeed } from "@/app/atom.xml/route";
import { GET as jsonFeed } from "@/app/feed.json/route";
import { GET as rssFeed } from "@/app/feed.xml/route";
import {
  GET as eventCalendar,
  generateStaticParams as eventCalendarParams,
} from "@/app/talks/[slug]/[eventFile]/route";
import { GET as calendar } from "@/app/talks.ics/route";

import * as headers from "./http-headers.cjs";

// The seed's events are all past: built on this day, its one event dated to the day is upcoming
// and gets its own calendar file.
vi.mock("@/lib/site/talks", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  buildDay: { year: 2000, month: 1, day: 1 },
}));

const require = createRequire(import.meta.url);
// serve's own request handler, as `npm start` runs it.
const serveHandler = require("serve-handler") as (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  config: object,
) => Promise<void>;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("vercel.json and serve.json", () => {
  it("are what npm run headers writes from lib/serving/http-headers.cjs (run it after changing the headers)", () => {
    for (const [file, text] of Object.entries(headers.headerConfigFiles())) {
      expect(fs.readFileSync(path.join(process.cwd(), file), "utf8"), file).toBe(text);
    }
  });
});

describe("the Content Security Policy", () => {
  it("allows no inline script, no eval and no inline style in production, and enforces Trusted Types", () => {
    const csp = directives(headers.contentSecurityPolicy({ development: false, frameAncestors: "'none'" }));
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'"]);
    expect(csp.get("require-trusted-types-for")).toEqual(["'script'"]);
    expect(csp.get("trusted-types")).toEqual(["'none'"]);
  });

  it("is looser only under next dev, whose tooling needs inline scripts and eval", () => {
    const csp = directives(headers.contentSecurityPolicy({ development: true, frameAncestors: "'none'" }));
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(csp.has("require-trusted-types-for")).toBe(false);
  });
});

describe("the feeds' and the calendar's content types", () => {
  it("are the ones their routes declare, so a static host sends what next dev sends", () => {
    const routes: Record<string, () => Response> = {
      "/feed.xml": rssFeed,
      "/atom.xml": atomFeed,
      "/feed.json": jsonFeed,
      "/talks.ics": calendar,
    };
    const configured = new Map(headers.CONTENT_TYPES);
    for (const [file, route] of Object.entries(routes)) {
      expect(configured.get(file), file).toBe(route().headers.get("Content-Type"));
    }
  });

  it("include each event's own calendar file, by a pattern", async () => {
    const [params] = eventCalendarParams();
    expect(params, "an event file to ask for").toBeDefined();
    const response = await eventCalendar(new Request("http://localhost/"), { params: Promise.resolve(params!) });
    expect(response.status).toBe(200);
    expect(headers.CONTENT_TYPES.find(([file]) => file === "/talks/*/*.ics")?.[1]).toBe(
      response.headers.get("Content-Type"),
    );
  });
});

describe("npm start (serve) with serve.json", () => {
  let root: string;
  let server: http.Server;
  let origin: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "serve-headers-"));
    const files = [
      "index.html",
      "talks.html",
      "talks/a-talk.html",
      "404.html",
      "slides/deck.pdf",
      "slides/SHOUT.PDF",
      "slides/pdf.html",
      "feed.xml",
      "speculation-rules.json",
      "talks.ics",
      "talks/a-talk/conf-2027-2027-03-14.ics",
    ];
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), file);
    }
    const config = { ...headers.serveConfig(), public: root };
    server = http.createServer((request, response) => void serveHandler(request, response, config));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(root, { recursive: true, force: true });
  });

  const get = (pathname: string) => fetch(origin + pathname, { redirect: "manual" });

  it("serves pages at clean URLs, with no trailing slash, and the 404 page for anything else", async () => {
    expect(await (await get("/talks/a-talk")).text()).toBe("talks/a-talk.html");
    expect(await (await get("/talks")).text()).toBe("talks.html");
    const slash = await get("/talks/");
    expect(slash.status).toBe(301);
    expect(slash.headers.get("location")).toBe("/talks");
    const missing = await get("/nothing-here");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("404.html");
  });

  it("sends the security headers on every response, the 404 included", async () => {
    for (const pathname of ["/", "/talks/a-talk", "/feed.xml", "/nothing-here"]) {
      const response = await get(pathname);
      expect(directives(response.headers.get("content-security-policy") ?? "").get("script-src"), pathname).toEqual([
        "'self'",
      ]);
      expect(response.headers.get("cross-origin-opener-policy"), pathname).toBe("same-origin");
      expect(response.headers.get("x-frame-options"), pathname).toBe("DENY");
      expect(response.headers.get("speculation-rules"), pathname).toBe('"/speculation-rules.json"');
    }
  });

  it("lets the site's own pages frame a PDF, whatever the case of its extension, and nothing else", async () => {
    for (const pathname of ["/slides/deck.pdf", "/slides/SHOUT.PDF"]) {
      const response = await get(pathname);
      expect(
        directives(response.headers.get("content-security-policy") ?? "").get("frame-ancestors"),
        pathname,
      ).toEqual(["'self'"]);
      expect(response.headers.get("x-frame-options"), pathname).toBe("SAMEORIGIN");
    }
    const lookalike = await get("/slides/pdf");
    expect(directives(lookalike.headers.get("content-security-policy") ?? "").get("frame-ancestors")).toEqual([
      "'none'",
    ]);
  });

  it("gives feeds and speculation rules their own types, not the extension's", async () => {
    expect((await get("/feed.xml")).headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect((await get("/speculation-rules.json")).headers.get("content-type")).toBe(
      "application/speculationrules+json",
    );
    expect((await get("/talks.ics")).headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect((await get("/talks/a-talk/conf-2027-2027-03-14.ics")).headers.get("content-type")).toBe(
      "text/calendar; charset=utf-8",
    );
  });

  it("matches an event's calendar pattern only one folder below /talks, as on Vercel", () => {
    const [eventRule] = headers.headerRules({ development: false }).filter((rule) => rule.glob === "talks/*/*.ics");
    expect(eventRule?.pathToRegexp).toBe("/talks/([^/]+)/([^/]+).ics");
    // path-to-regexp, as Vercel and next dev read the vercel.json source.
    const { pathToRegexp } = require("next/dist/compiled/path-to-regexp") as {
      pathToRegexp: (source: string) => RegExp;
    };
    const source = pathToRegexp(eventRule!.pathToRegexp);
    expect(source.test("/talks/a-talk/conf-2027-2027-03-14.ics")).toBe(true);
    expect(source.test("/talks/a-talk/deep/x.ics")).toBe(false);
    expect(source.test("/talks/a-talk/conf-ics")).toBe(false);
    expect(source.test("/talks.ics")).toBe(false);
  });
});
