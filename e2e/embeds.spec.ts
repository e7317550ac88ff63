import { expect, test, type Locator, type Page } from "@playwright/test";

import { parseGoogleSlidesUrl, parseYouTubeUrl } from "../lib/content/embeds";
import type { Talk } from "../lib/content/load-talks";
import { getTalks } from "../lib/content/talks";

/**
 * Recordings and slides play in place, and cost nothing until asked for: no request leaves
 * the site while a talk page loads; pressing play puts the privacy-enhanced player there.
 * Offline, the player's own requests fail, so the tests read the iframe, not the video.
 */

const talks = getTalks();

function youTubeRecordings(talk: Talk) {
  return talk.events.flatMap((event) => {
    const embed = event.recording ? parseYouTubeUrl(event.recording) : undefined;
    return embed ? [{ event, embed }] : [];
  });
}

const googleSlidesDeck = (talk: Talk) => (talk.slides ? parseGoogleSlidesUrl(talk.slides) : undefined);

/** Every request the page makes from now on, and every one to another origin refused at once. */
async function recordRequests(page: Page, baseURL: string): Promise<{ all: string[]; thirdParty: string[] }> {
  const origin = new URL(baseURL).origin;
  const all: string[] = [];
  page.on("request", (request) => all.push(request.url()));
  // Offline, a request to YouTube would hang until it timed out; refuse it at once instead.
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  return {
    all,
    get thirdParty() {
      return all.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
    },
  };
}

test("the seed has talks with a YouTube recording, one with several, and decks on Google Slides", () => {
  expect(talks.filter((talk) => youTubeRecordings(talk).length > 0).length).toBeGreaterThanOrEqual(1);
  expect(talks.some((talk) => youTubeRecordings(talk).length > 1)).toBe(true);
  expect(talks.filter((talk) => googleSlidesDeck(talk)).length).toBeGreaterThanOrEqual(1);
});

for (const talk of talks) {
  test(`${talk.slug}: a poster for each recording and deck, and no request off the site on load`, async ({
    page,
    baseURL,
  }) => {
    const requests = await recordRequests(page, baseURL!);
    await page.goto(`/talks/${talk.slug}`);
    await page.waitForLoadState("networkidle");

    for (const { event } of youTubeRecordings(talk)) {
      await expect(
        page.getByRole("button", { name: `Play the recording of ${talk.title} at ${event.name}`, exact: true }),
      ).toBeVisible();
    }
    await expect(page.getByRole("button", { name: /^Play the recording of / })).toHaveCount(
      youTubeRecordings(talk).length,
    );
    await expect(page.getByRole("button", { name: `Show the slides of ${talk.title}`, exact: true })).toHaveCount(
      googleSlidesDeck(talk) ? 1 : 0,
    );
    await expect(page.locator("iframe")).toHaveCount(0);

    // However many posters the page has, it loads the player island once, from <head>, and no other script.
    const posters = await page.locator("button[data-frame-src]").count();
    await expect(page.locator('head script[type="module"][src="/islands/player.js"]')).toHaveCount(posters > 0 ? 1 : 0);
    await expect(page.locator("script[src]")).toHaveCount(posters > 0 ? 1 : 0);

    expect(requests.all.length).toBeGreaterThan(0);
    expect(requests.thirdParty).toEqual([]);
  });
}

/** Where an element sits in the page (not the viewport: focusing may scroll), and how big it is. */
async function pageBox(locator: Locator) {
  return locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + window.scrollX, y: y + window.scrollY, width, height };
  });
}

/**
 * Records what would show a broken island: uncaught errors, and Content Security Policy
 * violations (Trusted Types among them: the player builds its frame without HTML strings).
 */
async function recordProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`error: ${error.message}`));
  await page.exposeFunction("reportViolation", (violation: string) => problems.push(`CSP: ${violation}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (violation: string) => void }).reportViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  return problems;
}

/** Presses a facade from the keyboard; returns its box before the press and the iframe that took its place. */
async function pressWithKeyboard(page: Page, name: string) {
  const button = page.getByRole("button", { name, exact: true });
  const before = await pageBox(button);
  expect(before.width / before.height, "the poster's box is 16:9 from the start").toBeCloseTo(16 / 9, 2);
  await button.focus();
  await page.keyboard.press("Enter");
  const frame = page.locator("iframe");
  await expect(frame).toHaveCount(1);
  return { before, frame };
}

const withYouTube = talks.find((talk) => youTubeRecordings(talk).length > 0)!;

test("pressing play puts YouTube's privacy-enhanced player in the poster's place, playing", async ({
  page,
  baseURL,
}) => {
  const [{ event, embed }] = youTubeRecordings(withYouTube) as [ReturnType<typeof youTubeRecordings>[number]];
  const requests = await recordRequests(page, baseURL!);
  const problems = await recordProblems(page);
  await page.goto(`/talks/${withYouTube.slug}`);
  await page.waitForLoadState("networkidle");
  expect(requests.thirdParty).toEqual([]);

  const { before, frame } = await pressWithKeyboard(
    page,
    `Play the recording of ${withYouTube.title} at ${event.name}`,
  );

  const start = embed.startSeconds === undefined ? "" : `&start=${embed.startSeconds}`;
  await expect(frame).toHaveAttribute(
    "src",
    `https://www.youtube-nocookie.com/embed/${embed.videoId}?autoplay=1${start}`,
  );
  await expect(frame).toHaveAttribute("title", `Recording of ${withYouTube.title} at ${event.name} (YouTube)`);
  await expect(frame).toHaveAttribute(
    "sandbox",
    "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox",
  );
  await expect(frame).toHaveAttribute("allow", /autoplay/);
  await expect(frame).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  await expect(frame).toHaveAttribute("allow", /fullscreen/);
  await expect(frame).toHaveAttribute("loading", "eager");
  await expect(frame).toBeFocused();
  expect(await pageBox(frame)).toEqual(before);
  // The poster's button and its <noscript> link are gone; the frame is all the box holds.
  expect(
    await frame.evaluate((element) => [...element.parentElement!.children].map((child) => child.localName)),
  ).toEqual(["iframe"]);
  // The one request that left the site is the player the visitor asked for.
  await expect
    .poll(() => requests.thirdParty.map((url) => new URL(url).origin))
    .toContain("https://www.youtube-nocookie.com");
  expect(requests.thirdParty.every((url) => url.startsWith("https://www.youtube-nocookie.com/embed/"))).toBe(true);
  expect(problems).toEqual([]);
});

test("pressing play with the mouse works too, on any part of the poster", async ({ page, baseURL }) => {
  const [{ event }] = youTubeRecordings(withYouTube) as [ReturnType<typeof youTubeRecordings>[number]];
  await recordRequests(page, baseURL!);
  await page.goto(`/talks/${withYouTube.slug}`);
  const button = page.getByRole("button", {
    name: `Play the recording of ${withYouTube.title} at ${event.name}`,
    exact: true,
  });
  await button.getByText(withYouTube.title, { exact: true }).click();
  await expect(page.locator("iframe")).toHaveCount(1);
  await expect(page.locator("iframe")).toBeFocused();
  await expect(button).toHaveCount(0);
});

const withSeveral = talks.find((talk) => youTubeRecordings(talk).length > 1)!;

test("a talk given at several recorded events lets the visitor choose the recording", async ({ page, baseURL }) => {
  const recordings = youTubeRecordings(withSeveral);
  const chosen = recordings.at(-1)!;
  await recordRequests(page, baseURL!);
  await page.goto(`/talks/${withSeveral.slug}`);

  const { frame } = await pressWithKeyboard(page, `Play the recording of ${withSeveral.title} at ${chosen.event.name}`);
  await expect(frame).toHaveAttribute(
    "src",
    new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${chosen.embed.videoId}\\?autoplay=1`),
  );
  // The others wait as posters.
  await expect(page.getByRole("button", { name: /^Play the recording of / })).toHaveCount(recordings.length - 1);
});

const withDeck =
  talks.find((talk) => googleSlidesDeck(talk)?.embedUrl.includes("&slide=")) ??
  talks.find((talk) => googleSlidesDeck(talk))!;

test("showing the slides puts the Google Slides embed view in the poster's place", async ({ page, baseURL }) => {
  const deck = googleSlidesDeck(withDeck)!;
  const slide = new URL(withDeck.slides!).hash.match(/slide=(id\.[\w-]+)/)?.[1];
  const requests = await recordRequests(page, baseURL!);
  await page.goto(`/talks/${withDeck.slug}`);
  await page.waitForLoadState("networkidle");
  expect(requests.thirdParty).toEqual([]);

  // Space presses a button as Enter does.
  const button = page.getByRole("button", { name: `Show the slides of ${withDeck.title}`, exact: true });
  const before = await pageBox(button);
  await button.focus();
  await page.keyboard.press(" ");
  const frame = page.locator("iframe");
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute(
    "src",
    `https://docs.google.com/presentation/d/${deck.deckId}/embed?start=false&loop=false&delayms=3000${slide ? `&slide=${slide}` : ""}`,
  );
  await expect(frame).toHaveAttribute("title", `Slides of ${withDeck.title} (Google Slides)`);
  await expect(frame).toHaveAttribute(
    "sandbox",
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
  );
  await expect(frame).toBeFocused();
  expect(await pageBox(frame)).toEqual(before);
});

test("the play button shows where the keyboard is", async ({ page }) => {
  const [{ event }] = youTubeRecordings(withYouTube) as [ReturnType<typeof youTubeRecordings>[number]];
  await page.goto(`/talks/${withYouTube.slug}`);
  const button = page.getByRole("button", {
    name: `Play the recording of ${withYouTube.title} at ${event.name}`,
    exact: true,
  });
  await button.focus();
  await expect(button).toHaveCSS("outline-style", "solid");
  await expect(button).toHaveCSS("outline-color", "rgb(255, 255, 255)");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each poster is a link to the recording or deck itself", async ({ page }) => {
    const [{ event }] = youTubeRecordings(withYouTube) as [ReturnType<typeof youTubeRecordings>[number]];
    await page.goto(`/talks/${withYouTube.slug}`);
    await expect(
      page.getByRole("link", { name: `Play the recording of ${withYouTube.title} at ${event.name}`, exact: true }),
    ).toHaveAttribute("href", event.recording!);
    await page.goto(`/talks/${withDeck.slug}`);
    await expect(page.getByRole("link", { name: `Show the slides of ${withDeck.title}`, exact: true })).toHaveAttribute(
      "href",
      withDeck.slides!,
    );
  });
});

test("page weight before and after pressing play", async ({ page, baseURL }) => {
  const [{ event }] = youTubeRecordings(withYouTube) as [ReturnType<typeof youTubeRecordings>[number]];
  const origin = new URL(baseURL!).origin;
  const requests = await recordRequests(page, baseURL!);
  // Bytes on the wire (compressed, with headers) of each response from the site itself.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map<string, string>();
  const ownBytes: number[] = [];
  cdp.on("Network.requestWillBeSent", ({ requestId, request }) => urls.set(requestId, request.url));
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    if (urls.get(requestId)?.startsWith(`${origin}/`)) ownBytes.push(encodedDataLength);
  });
  const weight = () => ({
    siteRequests: ownBytes.length,
    siteBytes: ownBytes.reduce((sum, bytes) => sum + bytes, 0),
    offSite: [...requests.thirdParty],
  });

  await page.goto(`/talks/${withYouTube.slug}`);
  await page.waitForLoadState("networkidle");
  const beforePress = weight();
  await pressWithKeyboard(page, `Play the recording of ${withYouTube.title} at ${event.name}`);
  // Not "networkidle": the refused frame sometimes keeps it from ever coming. The player's request
  // follows the press, after anything more the site's own code could have asked for.
  await expect.poll(() => requests.thirdParty.length).toBeGreaterThan(0);
  const afterPress = weight();

  console.log(
    `/talks/${withYouTube.slug}: before play ${JSON.stringify(beforePress)}; after play ${JSON.stringify(afterPress)} (off-site requests refused offline, so their size is not known here)`,
  );
  expect(beforePress.offSite).toEqual([]);
  expect(afterPress.offSite).toEqual([expect.stringMatching(/^https:\/\/www\.youtube-nocookie\.com\/embed\//)]);
  // Pressing play fetches nothing more from the site itself: the player island is already there.
  expect(afterPress.siteBytes).toBe(beforePress.siteBytes);
});
