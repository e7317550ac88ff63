/**
 * Every bound on what an author controls, in one place: the checks read them from here and
 * docs/authoring.md ("Limits") lists them with their messages. Each is far above what a real
 * talk needs and far below what would make a build slow, a page heavy or a reader crash, so
 * that a mistaken or hostile file is refused by name instead of costing minutes, gigabytes or
 * a stack trace.
 */

/** A talk file or the profile: front matter and abstract. The longest real one is under 5 KB; transcripts live in their own files. */
export const MAX_CONTENT_FILE_BYTES = 256 * 1024;

/** A WebVTT transcript: a three-hour workshop's captions are about 400 KB. */
export const MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024;

/** Cues in one transcript: three hours of captions at one cue a second. */
export const MAX_TRANSCRIPT_CUES = 12_000;

/**
 * How deeply the abstract's Markdown and components may nest (a quote in a list in a quote…).
 * Real abstracts stay under 6; the checks and the renderer walk the tree recursively, and a
 * body nested thousands deep would exhaust the stack.
 */
export const MAX_BODY_DEPTH = 48;

/** Characters of one-line text fields, by what they are. */
export const MAX_LENGTH = {
  title: 160,
  /** An event's name, a link's title, a co-speaker's name. */
  name: 160,
  location: 120,
  /** A photo's description. */
  alt: 300,
  tag: 40,
  url: 2048,
} as const;

/** Entries of a talk's lists. */
export const MAX_ENTRIES = {
  tags: 20,
  events: 200,
  links: 50,
  speakers: 20,
} as const;

/** The years an event may be in: anything else is a typo ("0000", "20200"). */
export const YEAR_RANGE = { first: 1970, last: 2099 } as const;
