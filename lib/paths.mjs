import path from "node:path";

/**
 * The project's folders, named once. Plain JavaScript so that the build steps and test
 * tools that Node runs without a compiler read the same names as the site's TypeScript.
 *
 * Each path is `path.join(process.cwd(), "literal", …)`: Next's file tracer follows a literal
 * path, but includes the whole project for one built from a variable.
 */

/** One talk file per talk: content/talks/<slug>.mdx. */
export const TALKS_DIRECTORY = path.join(process.cwd(), "content", "talks");

/** Recordings' captions as WebVTT, named by a talk's `transcript` field. */
export const TRANSCRIPTS_DIRECTORY = path.join(process.cwd(), "content", "transcripts");

/** The speaker's profile: name, bios, links. */
export const PROFILE_FILE = path.join(process.cwd(), "content", "speaker.mdx");

/** Files served as they are; a talk's PDF deck and the headshot live here. */
export const PUBLIC_DIRECTORY = path.join(process.cwd(), "public");

// Next's cache folder holds what is slow to make and the same from build to build: kept
// between local builds and by Vercel's build cache, never exported.

/** Where each event's place was found in the gazetteer, keyed by what the talk files say. */
export const PLACES_CACHE_FILE = path.join(process.cwd(), ".next", "cache", "places.json");

/** Each talk's QR codes as PNG, encoded once per link and colouring (lib/outputs/share.ts). */
export const QR_CACHE_DIRECTORY = path.join(process.cwd(), ".next", "cache", "qr-codes");

/** Each talk's artwork, drawn once per picture (lib/outputs/talk-art.ts). */
export const TALK_ART_CACHE_DIRECTORY = path.join(process.cwd(), ".next", "cache", "talk-art");

/** Rendered PDF decks: one folder per PDF's hash, its slide images and their text. */
export const DECK_CACHE_DIRECTORY = path.join(process.cwd(), ".next", "cache", "decks");

/** The static export: what a host serves. */
export const OUT_DIRECTORY = path.join(process.cwd(), "out");

/** The browser modules of the islands, bundled by app/islands/[island]/route.ts. */
export const ISLANDS_DIRECTORY = path.join(process.cwd(), "components", "islands");

/** The fonts the social cards are drawn with. */
export const FONTS_DIRECTORY = path.join(process.cwd(), "assets", "fonts");

/**
 * A file's path from the project's root, with forward slashes, as messages name it:
 * "content/talks/my-talk.mdx".
 * @param {string} filePath
 * @returns {string}
 */
export function projectPath(filePath) {
  return path.relative(process.cwd(), filePath).split(path.sep).join("/");
}
