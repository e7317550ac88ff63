/**
 * Which recording and slide URLs the site can show in place, and the embed URL for each:
 * YouTube recordings, Google Slides decks, and PDF decks the site serves from public/.
 *
 * Pure URL parsing, no I/O: the talk page, the MDX components and the content check all
 * ask here, so a URL that the check accepts is one the page can embed. Anything not
 * recognised returns undefined, and the page keeps it as a plain link.
 */

export type YouTubeEmbed = {
  kind: "youtube";
  videoId: string;
  /** Where the recording starts, from t= or start= in the URL; absent means the beginning. */
  startSeconds?: number;
  /** The privacy-enhanced player, set to play at once: it is only loaded when the visitor asks. */
  embedUrl: string;
};

export type GoogleSlidesEmbed = {
  kind: "google-slides";
  deckId: string;
  embedUrl: string;
};

/** A PDF deck served by the site itself, shown by the browser's own PDF viewer. */
export type PdfEmbed = {
  kind: "pdf";
  /** The site path of the file, e.g. "/slides/my-talk.pdf": public/slides/my-talk.pdf. */
  src: string;
};

/**
 * The other hosts the embeds above can put in a frame. The CSP in lib/serving/http-headers.cjs
 * (CommonJS, read by next.config.ts) keeps its own copy; lib/content/embeds.test.ts holds the
 * CSP's frame-src equal to EMBED_FRAME_SOURCES.
 */
const EMBED_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://docs.google.com"] as const;

/** Exactly the CSP's frame-src: the site itself, for its PDF decks, and the players' hosts. */
export const EMBED_FRAME_SOURCES = ["'self'", ...EMBED_FRAME_HOSTS] as const;

const YOUTUBE_ORIGIN = EMBED_FRAME_HOSTS[0];
const GOOGLE_DOCS_ORIGIN = EMBED_FRAME_HOSTS[1];

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"]);
// The path forms that carry the id in their second segment: /embed/ID, /shorts/ID, /live/ID.
const YOUTUBE_ID_PATHS = new Set(["embed", "shorts", "live"]);
// Every YouTube video id is 11 characters of base64url.
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
// Plain seconds ("90", "90s") or an h/m/s duration ("1h2m3s", "2m", "1m30s").
const TIME = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/;

// Google's document ids are long base64url strings; a published deck's id starts with "2PACX-".
const DECK_ID = /^[A-Za-z0-9_-]{20,}$/;
// /presentation/d/<id>/… or, for a deck published to the web, /presentation/d/e/<id>/…;
// a signed-in account switcher may add /u/<n> before the /d.
const DECK_PATH = /^\/presentation(?:\/u\/\d+)?\/d\/(e\/)?([^/]+)(?:\/.*)?$/;
// A slide in a deck is named like "id.p" or "id.ga47ea1e9a6_0_13".
const SLIDE_ID = /^id\.[A-Za-z0-9_-]+$/;

/**
 * A site path to a PDF: "/", then segments of letters, digits, "_", "-", "~" and "." that do
 * not start with a dot, the last ending in .pdf in any case; nowhere "..". No "//", backslash,
 * query, fragment, space or percent-escape can match, so the path is the file's path under
 * public/ as it stands, and the same string is safe in an href, a frame's src and a file name.
 * Written without flags so that the JSON Schema (lib/content/json-schema.ts) can reuse its source.
 */
const PDF_PATH = /^(?!.*\.\.)(?:\/[\w~-][\w~.-]*)+\.[Pp][Dd][Ff]$/;

/** The pattern a PDF deck's site path must match, as regular-expression source for JSON Schema. */
export const PDF_PATH_PATTERN = PDF_PATH.source;

function parseUrl(href: string): URL | undefined {
  if (!URL.canParse(href)) return undefined;
  const url = new URL(href);
  return url.protocol === "https:" || url.protocol === "http:" ? url : undefined;
}

/** Seconds from a YouTube time such as "90", "90s" or "1h2m3s"; undefined when it is not one. */
export function parseYouTubeTime(value: string): number | undefined {
  const match = TIME.exec(value);
  if (!match || value === "") return undefined;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

function youTubeVideoId(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);
  if (host === "youtu.be") return segments[0];
  if (!YOUTUBE_HOSTS.has(host)) return undefined;
  if (segments.length === 1 && segments[0] === "watch") return url.searchParams.get("v") ?? undefined;
  const [form, id] = segments;
  return form && YOUTUBE_ID_PATHS.has(form) ? id : undefined;
}

function youTubeStart(url: URL): number | undefined {
  // A "#t=90" fragment is the older way to share a moment; the query wins when both are there.
  const fragment = new URLSearchParams(url.hash.slice(1));
  const time = url.searchParams.get("t") ?? url.searchParams.get("start") ?? fragment.get("t") ?? fragment.get("start");
  const seconds = time === null ? undefined : parseYouTubeTime(time);
  return seconds ? seconds : undefined;
}

/** A YouTube recording in any of its URL forms (watch, youtu.be, embed, shorts, live), or undefined. */
export function parseYouTubeUrl(href: string): YouTubeEmbed | undefined {
  const url = parseUrl(href);
  const videoId = url && youTubeVideoId(url);
  if (!url || !videoId || !VIDEO_ID.test(videoId)) return undefined;
  const startSeconds = youTubeStart(url);
  const query = new URLSearchParams({ autoplay: "1" });
  if (startSeconds !== undefined) query.set("start", String(startSeconds));
  return {
    kind: "youtube",
    videoId,
    ...(startSeconds === undefined ? {} : { startSeconds }),
    embedUrl: `${YOUTUBE_ORIGIN}/embed/${videoId}?${query}`,
  };
}

/** A Google Slides deck (its edit, present, view, pub or embed URL), or undefined. */
export function parseGoogleSlidesUrl(href: string): GoogleSlidesEmbed | undefined {
  const url = parseUrl(href);
  if (!url || url.hostname.toLowerCase() !== "docs.google.com") return undefined;
  const match = DECK_PATH.exec(url.pathname);
  const [, published, deckId] = match ?? [];
  if (!deckId || !DECK_ID.test(deckId)) return undefined;
  // Open on the slide the link points at (edit links carry it in the fragment, present
  // links in the query); no autoplay or loop: the visitor turns the pages.
  const slide = new URLSearchParams(url.hash.slice(1)).get("slide") ?? url.searchParams.get("slide");
  const query = new URLSearchParams({ start: "false", loop: "false", delayms: "3000" });
  if (slide && SLIDE_ID.test(slide)) query.set("slide", slide);
  return {
    kind: "google-slides",
    deckId,
    embedUrl: `${GOOGLE_DOCS_ORIGIN}/presentation/d/${published ? "e/" : ""}${deckId}/embed?${query}`,
  };
}

/** A PDF deck under public/, by its site path such as "/slides/my-talk.pdf", or undefined. */
export function parsePdfPath(href: string): PdfEmbed | undefined {
  return PDF_PATH.test(href) ? { kind: "pdf", src: href } : undefined;
}

/**
 * The PDF deck an event was given with: its own `slides`, else the talk's, when that is a PDF
 * under public/; undefined otherwise. What an event's chapters number.
 */
export function eventPdfDeck(event: { slides?: string }, talk: { slides?: string }): string | undefined {
  const href = event.slides ?? talk.slides;
  return href !== undefined && parsePdfPath(href) ? href : undefined;
}

export type DeckEmbed = GoogleSlidesEmbed | PdfEmbed;

/** A deck the page can show in place: a Google Slides URL or a PDF under public/. */
export function parseDeck(href: string): DeckEmbed | undefined {
  return parseGoogleSlidesUrl(href) ?? parsePdfPath(href);
}

export type Embed = YouTubeEmbed | DeckEmbed;

/**
 * What each player's iframe is allowed to do. Both need their own scripts and their own
 * origin (cookies-free playback state, the deck's data); YouTube's cast button needs
 * allow-presentation; links out of either (the YouTube logo, a link on a slide) open a
 * tab, which must escape the sandbox or youtube.com refuses to load in it. Nothing may
 * navigate this page, submit forms or open modals.
 */
export const EMBED_FRAME_PERMISSIONS: Record<Embed["kind"], { sandbox?: string; allow: string }> = {
  youtube: {
    sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox",
    allow: "autoplay; encrypted-media; picture-in-picture; fullscreen",
  },
  "google-slides": {
    sandbox: "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
    allow: "fullscreen",
  },
  // No sandbox at all: Chrome refuses to show a PDF in a sandboxed frame (it shows a blocked
  // page instead of its viewer, whatever flags are given). The file is the site's own, from
  // public/, so there is no third party to hold in.
  pdf: {
    allow: "fullscreen",
  },
};
