import { z } from "zod";

import { parsePartialDate, PARTIAL_DATE_FORMAT, type PartialDate } from "./partial-date";
import { describeValue } from "./problems";

/**
 * The front matter of a talk file. Every object is strict: a misspelt field such as
 * `recordings:` is an error, never silently dropped.
 *
 * Messages from the custom checks below are written for the author; the generic
 * zod issues (wrong type, missing, too long) are worded in `load-talks.ts`.
 */

export const SUMMARY_MAX_LENGTH = 280;

const text = z.string().trim().min(1);

/** Only http(s): a `javascript:` or `data:` URL in a link is never what an author meant. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const httpUrl = z.unknown().transform((value, ctx): string => {
  if (typeof value === "string" && isHttpUrl(value.trim())) return value.trim();
  ctx.addIssue({
    code: "custom",
    message: `expected an http(s) URL such as "https://example.com/page", got ${describeValue(value)}`,
  });
  return z.NEVER;
});

/**
 * YAML reads an unquoted `2020` as a number; the front matter is parsed with the YAML
 * 1.2 core schema (see load-talks.ts), so unquoted `2020-02-01` stays text and an
 * impossible date such as 2021-02-30 is caught here instead of rolling over to March.
 */
const partialDate = z.unknown().transform((value, ctx): PartialDate => {
  const textValue = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof textValue === "string") {
    const parsed = parsePartialDate(textValue.trim());
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: "custom", message: `${parsed.reason}, got ${describeValue(value)}` });
    return z.NEVER;
  }
  ctx.addIssue({ code: "custom", message: `expected ${PARTIAL_DATE_FORMAT}, got ${describeValue(value)}` });
  return z.NEVER;
});

export const linkSchema = z.strictObject({
  title: text,
  url: httpUrl,
});

export const speakerSchema = z.strictObject({
  name: text,
  url: httpUrl.optional(),
});

export const eventSchema = z.strictObject({
  name: text,
  date: partialDate,
  url: httpUrl.optional(),
  location: text.optional(),
  recording: httpUrl.optional(),
  slides: httpUrl.optional(),
});

export const talkFrontMatterSchema = z.strictObject({
  title: text,
  summary: text.max(SUMMARY_MAX_LENGTH),
  tags: z.array(text).default([]),
  slides: httpUrl.optional(),
  links: z.array(linkSchema).default([]),
  speakers: z.array(speakerSchema).default([]),
  events: z.array(eventSchema).min(1),
  draft: z.boolean().default(false),
});

export type TalkFrontMatter = z.output<typeof talkFrontMatterSchema>;
export type TalkLink = z.output<typeof linkSchema>;
export type TalkSpeaker = z.output<typeof speakerSchema>;
export type TalkEventFrontMatter = z.output<typeof eventSchema>;
