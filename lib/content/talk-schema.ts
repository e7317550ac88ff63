import { z } from "zod";

import { plural } from "../words";
import { parsePdfPath } from "./embeds";
import { eventFormat, EVENT_FORMATS, languageTag } from "./language";
import { MAX_ENTRIES, MAX_LENGTH } from "./limits";
import { parsePartialDate, PARTIAL_DATE_FORMAT, type PartialDate } from "./partial-date";
import { describeValue, expectation, truncate } from "./problems";
import { SHORT_CODE_PATTERN } from "./short-codes";
import { slugFromTitle } from "./slug";

/**
 * The front matter of a talk file. Every object is strict: a misspelt field such as
 * `recordings:` is an error, never silently dropped.
 *
 * Messages from the custom checks below are written for the author; the generic
 * zod issues (wrong type, missing, too long) are worded in `load-talks.ts`.
 */

export const SUMMARY_MAX_LENGTH = 280;

/** A pitch is one line of a CFP form: a tweet's length, shorter than the summary. */
export const PITCH_MAX_LENGTH = 140;

/** A short link's code (lib/content/short-codes.ts), with a message that says what it may be. */
export const shortCode = z.unknown().transform((value, ctx): string => {
  if (typeof value === "string" && SHORT_CODE_PATTERN.test(value.trim())) return value.trim();
  ctx.addIssue({
    code: "custom",
    message: expectation(value, 'a code of 2 to 32 lower-case letters, digits and inner "-", such as "zen"'),
  });
  return z.NEVER;
});

const text = z.string().trim().min(1);

/** Only http(s): a `javascript:` or `data:` URL in a link is never what an author meant. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || value.length > MAX_LENGTH.url) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const httpUrl = z.unknown().transform((value, ctx): string => {
  if (typeof value === "string" && isHttpUrl(value.trim())) return value.trim();
  if (typeof value === "string" && value.trim().length > MAX_LENGTH.url) {
    ctx.addIssue({ code: "custom", message: `expected an http(s) URL of at most ${MAX_LENGTH.url} characters, got ${value.trim().length}` });
    return z.NEVER;
  }
  ctx.addIssue({ code: "custom", message: expectation(value, 'an http(s) URL such as "https://example.com/page"') });
  return z.NEVER;
});

/** What a deck may be, for messages: the two forms `slides` accepts. */
export const SLIDES_EXPECTED = 'an http(s) URL such as "https://example.com/slides", or the path of a PDF under public/ such as "/slides/my-talk.pdf"';

/**
 * Why a site path cannot name a PDF deck, with the fix; undefined when it can. The rule
 * is lib/content/embeds.ts's parsePdfPath, so a path accepted here is one the page can frame.
 */
export function pdfPathProblem(value: string): string | undefined {
  if (parsePdfPath(value)) return undefined;
  return `${JSON.stringify(truncate(value))} is not the path of a PDF under public/: write it as "/slides/my-talk.pdf", starting with / and ending in .pdf, with only letters, digits, "-", "_", "~" and "." (no "..", "//", backslash, query or space), or give an http(s) URL`;
}

/**
 * A deck: an http(s) URL, or a PDF the site serves from public/. Whether that file exists
 * is checked by load-talks.ts, which knows where public/ is.
 */
export const slidesHref = z.unknown().transform((value, ctx): string => {
  const trimmed = typeof value === "string" ? value.trim() : undefined;
  if (trimmed !== undefined && isHttpUrl(trimmed)) return trimmed;
  if (trimmed?.startsWith("/")) {
    const problem = pdfPathProblem(trimmed);
    if (!problem) return trimmed;
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  ctx.addIssue({ code: "custom", message: expectation(value, SLIDES_EXPECTED) });
  return z.NEVER;
});

/**
 * A transcript's file name in content/transcripts/: one plain name, so that it can never
 * reach outside that folder ("/", "\\", "..") nor name a dotfile. Written without flags so
 * that the JSON Schema (json-schema.ts) can reuse its source.
 */
const TRANSCRIPT_FILE = /^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9_.-]*\.[Vv][Tt][Tt]$/;

/** The pattern a transcript's file name must match, as regular-expression source for JSON Schema. */
export const TRANSCRIPT_FILE_PATTERN = TRANSCRIPT_FILE.source;

const TRANSCRIPT_EXPECTED = 'the name of a WebVTT file in content/transcripts/, such as "fosdem-2020.vtt"';

/** An event's `transcript:`; that the file exists and parses is checked by load-talks.ts, which knows the folder. */
export const transcriptFile = z.unknown().transform((value, ctx): string => {
  const trimmed = typeof value === "string" ? value.trim() : undefined;
  if (trimmed !== undefined && TRANSCRIPT_FILE.test(trimmed)) return trimmed;
  ctx.addIssue({
    code: "custom",
    message:
      trimmed === undefined || trimmed === ""
        ? expectation(value, TRANSCRIPT_EXPECTED)
        : `${JSON.stringify(truncate(trimmed))} is not the name of a WebVTT file in content/transcripts/: write a plain file name such as "fosdem-2020.vtt", with only letters, digits, "-", "_" and ".", ending in .vtt (no "/" or "..")`,
  });
  return z.NEVER;
});

/**
 * YAML reads an unquoted `2020` as a number; the front matter is parsed with the YAML
 * 1.2 core schema (see load-talks.ts), so unquoted `2020-02-01` stays text and an
 * impossible date such as 2021-02-30 is caught here instead of rolling over to March.
 */
export const partialDate = z.unknown().transform((value, ctx): PartialDate => {
  const textValue = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof textValue === "string") {
    const parsed = parsePartialDate(textValue.trim());
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: "custom", message: `${parsed.reason}, got ${describeValue(value)}` });
    return z.NEVER;
  }
  ctx.addIssue({ code: "custom", message: expectation(value, PARTIAL_DATE_FORMAT) });
  return z.NEVER;
});

/** What `coordinates` must be, for messages and the JSON Schema. */
export const COORDINATES_EXPECTED = "[latitude, longitude]: two numbers such as [52.52, 13.40]";

/**
 * An event's `coordinates: [lat, lon]`, which overrides the gazetteer (lib/content/places.ts) for a
 * place it does not know or cannot tell apart from another of the same name.
 */
export const coordinates = z.unknown().transform((value, ctx): [number, number] => {
  if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "number" && Number.isFinite(part))) {
    const [latitude, longitude] = value as [number, number];
    if (latitude < -90 || latitude > 90) {
      ctx.addIssue({ code: "custom", message: `the latitude (first number) must be from -90 to 90, got ${latitude}; write ${COORDINATES_EXPECTED}` });
      return z.NEVER;
    }
    if (longitude < -180 || longitude > 180) {
      ctx.addIssue({ code: "custom", message: `the longitude (second number) must be from -180 to 180, got ${longitude}; write ${COORDINATES_EXPECTED}` });
      return z.NEVER;
    }
    return [latitude, longitude];
  }
  const got = Array.isArray(value) ? `a list of ${plural(value.length, "entry", "entries")}` : describeValue(value);
  ctx.addIssue({ code: "custom", message: value === null ? `is empty: expected ${COORDINATES_EXPECTED}` : `expected ${COORDINATES_EXPECTED}, got ${got}` });
  return z.NEVER;
});

const describe = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

/** Each tag becomes a topic page whose URL is made from it, so it needs a letter or digit that survives. */
const tag = text.max(MAX_LENGTH.tag).refine((value) => slugFromTitle(value) !== "", {
  message: 'needs at least one letter or digit from a-z or 0-9, which its topic page\'s URL is made of (e.g. "C++" gives /talks/tags/c)',
});

export const linkSchema = z.strictObject({
  title: describe(text.max(MAX_LENGTH.name), 'What the link is: "Demo application", "Live website", "Code".'),
  url: describe(httpUrl, "An http(s) URL."),
});

export const speakerSchema = z.strictObject({
  name: describe(text.max(MAX_LENGTH.name), "The co-speaker's name."),
  url: describe(httpUrl, "Their page: an http(s) URL.").optional(),
});

export const eventSchema = z.strictObject({
  name: describe(text.max(MAX_LENGTH.name), 'The event, with its year: "FOSDEM 2020".'),
  date: describe(partialDate, `When: ${PARTIAL_DATE_FORMAT}, as precise as known; shown at that precision.`),
  url: describe(httpUrl, "The event's or the session's page: an http(s) URL.").optional(),
  location: describe(text.max(MAX_LENGTH.location), '"City, Country" such as "Brussels, Belgium" (the country in English or its own language), or "Online". Resolved to coordinates at build.').optional(),
  coordinates: describe(coordinates, "[latitude, longitude] of the place, e.g. [52.52, 13.40]: overrides the place found from location.").optional(),
  recording: describe(httpUrl, "This event's recording: an http(s) URL.").optional(),
  slides: describe(slidesHref, "The deck used at this event, when it differs from the talk's: an http(s) URL, or a PDF under public/ such as /slides/my-talk.pdf.").optional(),
  language: describe(languageTag, 'The language this event was given in, when it differs from the talk\'s: a BCP 47 tag such as "tr".').optional(),
  format: describe(eventFormat, `What kind of session: ${EVENT_FORMATS.join(", ")}. Default: talk.`).optional(),
  chapters: describe(
    transcriptFile,
    'When each slide appears in the recording: the name of a WebVTT chapters file in content/transcripts/, such as "fosdem-2020-chapters.vtt", each cue starting "Slide N". Needs a recording and a PDF deck; npm run align proposes it.',
  ).optional(),
  transcript: describe(
    transcriptFile,
    'The recording\'s captions as text: the name of a WebVTT file in content/transcripts/, such as "fosdem-2020.vtt". Needs a recording.',
  ).optional(),
});

export const talkFrontMatterSchema = z.strictObject({
  title: describe(text.max(MAX_LENGTH.title), "The talk's title."),
  summary: describe(text.max(SUMMARY_MAX_LENGTH), `One or two sentences, at most ${SUMMARY_MAX_LENGTH} characters, for lists and the meta description.`),
  pitch: describe(text.max(PITCH_MAX_LENGTH), `The talk in one line, at most ${PITCH_MAX_LENGTH} characters, for CFP forms: the organisers' kit offers it beside the summary and the abstract.`).optional(),
  short: describe(
    shortCode,
    'The short link\'s code, /t/<short>, for the last slide: 2 to 32 lower-case letters, digits and inner "-", such as "zen". Default: the first letters of the file name\'s words ("the-zen-of-prometheus" gives "tzop"). Keep it once it is on a slide.',
  ).optional(),
  tags: describe(z.array(tag).max(MAX_ENTRIES.tags), "Topics; each gets a page at /talks/tags/<tag>.").default([]),
  slides: describe(slidesHref, "The deck: an http(s) URL, or a PDF under public/ such as /slides/my-talk.pdf, shown in place.").optional(),
  links: describe(z.array(linkSchema).max(MAX_ENTRIES.links), "Other resources: demo application, live website, code.").default([]),
  speakers: describe(z.array(speakerSchema).max(MAX_ENTRIES.speakers), "Co-speakers.").default([]),
  language: describe(
    languageTag,
    'The language of the title, summary and abstract, and of the events unless one says otherwise: a BCP 47 tag such as "tr". Default: the profile\'s (content/speaker.mdx).',
  ).optional(),
  events: describe(z.array(eventSchema).min(1).max(MAX_ENTRIES.events), "Where the talk was given: at least one event. The talk's date is its latest event's."),
  draft: describe(z.boolean(), "true: shown by npm run dev, left out of production builds.").default(false),
});

export type TalkFrontMatter = z.output<typeof talkFrontMatterSchema>;
export type TalkLink = z.output<typeof linkSchema>;
export type TalkSpeaker = z.output<typeof speakerSchema>;
export type TalkEventFrontMatter = z.output<typeof eventSchema>;
