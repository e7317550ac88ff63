import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { createCanvas, loadImage } from "@napi-rs/canvas";
import { expect, test } from "@playwright/test";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import jsQR from "jsqr";
import { visit } from "unist-util-visit";

import { getProfile } from "../lib/content/profile";
import { getTalks } from "../lib/content/talks";
import { EMBED_SIZE } from "../lib/outputs/embed-card";
import { talkKitMarkdown } from "../lib/outputs/organiser-kit";
import { QR_PNG_WIDTH, SHARE_FILES, shortUrl } from "../lib/outputs/share";
import { routes } from "../lib/site/routes";
import { builtRedirectRoutes, OUT_DIR } from "../testing/built-output.mjs";

// Before, during and after a talk: its short link, the link's QR code, its card for other
// sites (oEmbed), and the organisers' kit, on the built site as `npm start` serves it.

const talks = getTalks();
const talk = talks[0]!;

/**
 * What a QR code in a picture says, as a scanner reads it: dark on light only, unless `inverted`
 * (light on dark, which phones' cameras read too; jsQR's "onlyInvert" throws where it finds nothing).
 */
async function decodeQr(bytes: Buffer, size: number, inverted: boolean): Promise<string | undefined> {
  const image = await loadImage(bytes);
  const canvas = createCanvas(size, size);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  return jsQR(new Uint8ClampedArray(data), size, size, { inversionAttempts: inverted ? "attemptBoth" : "dontInvert" })
    ?.data;
}

test("every talk's short link leads to its page: a redirect from npm start, as on Vercel", async ({
  page,
  request,
}) => {
  // One short link's page per talk, and no other page that only redirects.
  expect(builtRedirectRoutes()).toEqual(talks.map((each) => routes.shortLink(each.shortCode)).sort());
  for (const each of talks) {
    const response = await request.get(routes.shortLink(each.shortCode), { maxRedirects: 0 });
    expect(response.status(), each.slug).toBe(302);
    expect(response.headers().location, each.slug).toBe(routes.talk(each.slug));
  }
  await page.goto(routes.shortLink(talk.shortCode));
  await expect(page).toHaveURL(new RegExp(`${routes.talk(talk.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(talk.title);
});

test("on a host without redirects, the short link's own page sends the browser on, without script", async ({
  browser,
  baseURL,
}) => {
  const html = fs.readFileSync(path.join(OUT_DIR, "t", `${talk.shortCode}.html`), "utf8");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The host serves the page's file for the short link, as a static host without redirects does.
  await page.route(`${baseURL}${routes.shortLink(talk.shortCode)}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.goto(routes.shortLink(talk.shortCode));
  await expect(page).toHaveURL(new RegExp(`${routes.talk(talk.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(talk.title);
  await context.close();
  // And for a browser that does not follow the refresh, the talk is a link on it.
  const links: Element[] = [];
  visit(fromHtml(html), "element", (node: Element) => void (node.tagName === "a" && links.push(node)));
  expect(links.map((link) => [toString(link), link.properties.href])).toContainEqual([
    talk.title,
    routes.talk(talk.slug),
  ]);
});

test("the Share section gives the short link and its QR code, which scans to it in every colouring", async ({
  page,
  request,
}) => {
  await page.goto(routes.talk(talk.slug));
  const share = page.getByRole("region", { name: "Share" });
  await expect(share.getByText(shortUrl(talk), { exact: true })).toBeVisible();
  await expect(share.getByRole("img", { name: `QR code of ${shortUrl(talk)}` })).toBeVisible();
  for (const file of SHARE_FILES) {
    const link = share.locator(`a[href="${routes.talkShareFile(talk.slug, file.fileName)}"]`);
    await expect(link, file.fileName).toHaveAttribute("download", `${talk.shortCode}-${file.fileName}`);
    const response = await request.get(routes.talkShareFile(talk.slug, file.fileName));
    expect(response.status(), file.fileName).toBe(200);
    expect(response.headers()["content-type"], file.fileName).toContain(
      file.format === "svg" ? "image/svg+xml" : "image/png",
    );
    const decoded = await decodeQr(
      await response.body(),
      file.format === "png" ? QR_PNG_WIDTH : 600,
      file.variant === "dark",
    );
    expect(decoded, file.fileName).toBe(shortUrl(talk));
  }
});

test("oEmbed: the talk page links a valid answer, whose card renders in another site's frame; no other page may be framed", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto(routes.talk(talk.slug));
  const href = await page.locator('head link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(new URL(href!).pathname).toBe(routes.talkOembed(talk.slug));
  const answer = await (await request.get(routes.talkOembed(talk.slug))).json();
  expect(answer).toMatchObject({ version: "1.0", type: "rich", title: talk.title, ...EMBED_SIZE });
  for (const field of ["author_name", "provider_name", "provider_url", "thumbnail_url"])
    expect(answer[field], field).toBeTruthy();
  expect((await request.get(new URL(answer.thumbnail_url).pathname)).status()).toBe(200);
  const frames: Element[] = [];
  visit(fromHtml(answer.html, { fragment: true }), "element", (node: Element) => void frames.push(node));
  expect(frames.map((node) => node.tagName)).toEqual(["iframe"]);
  expect(new URL(String(frames[0]!.properties.src)).pathname).toBe(routes.talkEmbed(talk.slug));

  // Another site, on an origin of its own (a port the system picks), frames the card, and tries
  // to frame the talk's page.
  const embedderPage = `<!doctype html><title>A blog</title><iframe id="card" src="${baseURL}${routes.talkEmbed(talk.slug)}" width="560" height="180"></iframe><iframe id="page" src="${baseURL}${routes.talk(talk.slug)}"></iframe>`;
  const embedder = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(embedderPage);
  });
  await new Promise<void>((resolve) => embedder.listen(0, "127.0.0.1", resolve));
  const { port } = embedder.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  const card = page.frameLocator("#card");
  await expect(card.getByRole("heading", { level: 1 })).toHaveText(talk.title);
  await expect(card.getByRole("link", { name: "The talk" })).toHaveAttribute("target", "_blank");
  await expect(card.getByRole("img")).toHaveCount(0); // The picture is decorative: alt="" and hidden.
  expect(
    await card.locator("img").evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
  ).toBe(true);
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
  embedder.close();
  const cardResponse = await request.get(routes.talkEmbed(talk.slug));
  expect(cardResponse.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(cardResponse.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect((await request.get(routes.talk(talk.slug))).headers()["content-security-policy"]).toContain(
    "frame-ancestors 'none'",
  );
});

test("the organisers' kit: each copy button copies what its box shows; the Markdown is also a file", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(routes.talkKit(talk.slug));
  const buttons = page.locator("button[data-copy-target]");
  await expect(buttons.first()).toBeVisible();
  const targets = await buttons.evaluateAll((all) => all.map((button) => (button as HTMLElement).dataset.copyTarget!));
  expect(targets).toEqual(expect.arrayContaining(["kit-summary", "kit-abstract", "kit-markdown", "bio-short"]));
  for (const target of targets) {
    await page.locator(`button[data-copy-target="${target}"]`).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator(`#${target}`).innerText();
    expect(copied.replace(/\s+/g, " ").trim(), target).toBe(shown.replace(/\s+/g, " ").trim());
  }
  // The Markdown as copied is the file's, which needs no script.
  await page.locator('button[data-copy-target="kit-markdown"]').click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const file = await request.get(routes.talkKitMarkdown(talk.slug));
  expect(file.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(markdown.trim()).toBe((await file.text()).trim());
  expect(await file.text()).toBe(talkKitMarkdown(talk, getProfile()));
  await context.close();
});
