import countries from "i18n-iso-countries";

import { parseGoogleSlidesUrl, parseYouTubeUrl } from "../content/embeds";
import { YEAR_RANGE } from "../content/limits";
import { isOnlineLocation, resolveLocation } from "../content/places";

/**
 * The rules every importer shares for reading facts out of what people wrote: an event's
 * name and year, which links are dead, which are recordings or decks, which recordings are
 * the same, and which places the site's gazetteer can find. Each rule only reads what is
 * there: none adds a day, a month, a place or a link that the source does not give.
 */

/**
 * Edition marks that get glued to a series' name ("KubeConNA 2020"). Only these are split
 * off: a general rule would also split "eBPF" into "e BPF".
 */
const EDITION_MARKS = ["NA", "EU", "EMEA", "APAC", "LATAM", "US", "UK", "AU", "IN", "CN", "JP"];
const GLUED_EDITION = new RegExp(`^([A-Z][a-z]+(?:[A-Z][a-z]+)*)(${EDITION_MARKS.join("|")})$`);

/** "KubeConNA  2020" → "KubeCon NA 2020": spaces collapsed, an edition mark split from its series. */
export function normalizeEventName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(GLUED_EDITION, "$1 $2"))
    .join(" ");
}

/** The one year a name gives ("PromCon Online 2020" → 2020); undefined when it gives none, or two. */
export function yearInName(name: string): number | undefined {
  const years = new Set(
    name
      .split(/[^0-9]+/)
      .filter((digits) => digits.length === 4)
      .map(Number)
      .filter((year) => year >= YEAR_RANGE.first && year <= YEAR_RANGE.last),
  );
  return years.size === 1 ? [...years][0] : undefined;
}

/** Hosts that no longer serve what was published on them. */
const DEAD_HOSTS: { host: string; why: string }[] = [
  { host: "gitpitch.com", why: "GitPitch shut down in 2021" },
  { host: "now.sh", why: "Vercel retired its now.sh addresses" },
];

/** Why a link no longer leads anywhere, or undefined for a link that may still work. */
export function deadLinkReason(url: string): string | undefined {
  const host = hostOf(url);
  return host ? DEAD_HOSTS.find((dead) => host === dead.host || host.endsWith(`.${dead.host}`))?.why : undefined;
}

function hostOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).hostname.toLowerCase() : undefined;
}

const VIDEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);

/** A recording: a YouTube video in any of its URL forms, or a Vimeo one. */
export function isVideoUrl(url: string): boolean {
  return parseYouTubeUrl(url) !== undefined || VIDEO_HOSTS.has(hostOf(url) ?? "");
}

const DECK_HOSTS = new Set(["speakerdeck.com", "www.slideshare.net", "slideshare.net", "noti.st", "slides.com"]);

/** A slide deck's page: Google Slides, Speaker Deck, SlideShare, Notist, slides.com. */
export function isDeckUrl(url: string): boolean {
  return parseGoogleSlidesUrl(url) !== undefined || DECK_HOSTS.has(hostOf(url) ?? "");
}

/** "https://github.com/owner/repo" (a repository itself, not a file in it), or undefined. */
export function gitHubRepository(url: string): string | undefined {
  if (hostOf(url) !== "github.com") return undefined;
  const segments = new URL(url).pathname.split("/").filter(Boolean);
  return segments.length === 2 ? `https://github.com/${segments[0]}/${segments[1]}` : undefined;
}

/**
 * What makes two recording URLs the same recording: a YouTube video's id (youtu.be/X and
 * youtube.com/watch?v=X are one video), else the address without its scheme, "www." or
 * trailing slash.
 */
export function recordingKey(url: string): string {
  const video = parseYouTubeUrl(url);
  if (video) return `youtube:${video.videoId}`;
  if (!URL.canParse(url)) return url.trim();
  const parsed = new URL(url);
  return `${parsed.hostname.toLowerCase().replace(/^www\./, "")}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
}

/** The same address, told apart from another only by what does not change where it leads. */
export function sameUrl(a: string, b: string): boolean {
  return recordingKey(a) === recordingKey(b);
}

/**
 * A location the site's gazetteer finds, from how a source writes a place: as given
 * ("Dublin, Ireland"), its first and last parts ("San Francisco, CA, USA" → "San Francisco,
 * USA"), or its first part with the country's name from an ISO code ("Hong Kong" and "HK").
 * Undefined when none of these is a place the gazetteer knows, or is sure of.
 */
export function findableLocation(address: string, countryCode?: string): string | undefined {
  const written = address.trim().replace(/\s+/g, " ");
  if (written === "") return undefined;
  if (isOnlineLocation(written)) return "Online";
  const parts = written
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const countryName = countryCode ? countries.getName(countryCode.toUpperCase(), "en") : undefined;
  const candidates = [
    written,
    parts.length > 2 ? `${parts[0]}, ${parts[parts.length - 1]}` : undefined,
    countryName && parts[0] ? `${parts[0]}, ${countryName}` : undefined,
  ];
  return candidates.find((candidate): candidate is string => candidate !== undefined && resolveLocation(candidate).ok);
}
