import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";

import { expectation } from "./problems";

/**
 * Languages and formats of talks and events: the tags content files give, how they are
 * checked, and how pages name them ("Turkish", "Workshop").
 */

export const LANGUAGE_EXPECTED = 'a BCP 47 language tag such as "en", "en-GB" or "tr"';

const englishLanguageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * Why `value` is not a usable language tag, or its canonical form ("EN-gb" gives "en-GB").
 * The syntax is Intl's; the language itself must be one Intl knows, so that "english",
 * which BCP 47's syntax would allow as a registered subtag, is refused.
 */
export function parseLanguageTag(value: string): { ok: true; tag: string } | { ok: false } {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    return { ok: false };
  }
  const language = canonical?.split("-")[0] ?? "";
  if (!canonical || !/^[a-z]{2,3}$/.test(language) || englishLanguageNames.of(language) === undefined) return { ok: false };
  return { ok: true, tag: canonical };
}

/** A language name written where a tag belongs ("Turkish"), for the "did you mean" of a message. */
function tagForLanguageName(value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  if (!/^[a-z ]{3,}$/.test(wanted)) return undefined;
  for (const code of COMMON_LANGUAGE_CODES) {
    if (englishLanguageNames.of(code)?.toLowerCase() === wanted) return code;
  }
  return undefined;
}

/** ISO 639-1 codes, to turn a name written by mistake ("German") back into its tag. */
const COMMON_LANGUAGE_CODES = (
  "af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko " +
  "ky lo lt lv mk ml mn mr ms my nb ne nl no pa pl pt ro ru si sk sl sq sr sv sw ta te th tl tr uk ur uz vi zh zu"
).split(" ");

export const languageTag = z.unknown().transform((value, ctx): string => {
  const parsed = typeof value === "string" ? parseLanguageTag(value.trim()) : { ok: false as const };
  if (parsed.ok) return parsed.tag;
  const suggestion = typeof value === "string" ? tagForLanguageName(value) : undefined;
  ctx.addIssue({
    code: "custom",
    message: expectation(value, LANGUAGE_EXPECTED) + (suggestion ? `: did you mean "${suggestion}"?` : ""),
  });
  return z.NEVER;
});

/** The language's English name: "tr" → "Turkish", "en-GB" → "British English". */
export function languageName(tag: string): string {
  return englishLanguageNames.of(tag) ?? tag;
}

/** Two tags name the same language when their canonical forms match, case aside. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** What kind of session an event was: a talk unless the file says otherwise. */
export const EVENT_FORMATS = ["talk", "keynote", "lightning", "workshop", "panel", "podcast", "interview"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export const DEFAULT_EVENT_FORMAT: EventFormat = "talk";

/** How pages name a format: "Lightning talk". */
export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  talk: "Talk",
  keynote: "Keynote",
  lightning: "Lightning talk",
  workshop: "Workshop",
  panel: "Panel",
  podcast: "Podcast",
  interview: "Interview",
};

const isEventFormat = (value: string): value is EventFormat => (EVENT_FORMATS as readonly string[]).includes(value);

/** The closest format to a misspelt one, when it is close enough to be what was meant. */
export function suggestEventFormat(written: string): EventFormat | undefined {
  const lowered = written.trim().toLowerCase();
  const byLabel = EVENT_FORMATS.find((format) => EVENT_FORMAT_LABELS[format].toLowerCase() === lowered || `${format}s` === lowered);
  if (byLabel) return byLabel;
  const nearest = closest(lowered, [...EVENT_FORMATS]);
  // Two edits at most, and fewer than half the word: "wrokshop" → workshop, "demo" → nothing.
  const edits = distance(lowered, nearest);
  return isEventFormat(nearest) && edits <= 2 && edits < nearest.length / 2 ? nearest : undefined;
}

export const eventFormat = z.unknown().transform((value, ctx): EventFormat => {
  // Exactly as listed, as the JSON Schema's enum has it: "Workshop" gets a "did you mean".
  const trimmed = typeof value === "string" ? value.trim() : undefined;
  if (trimmed !== undefined && isEventFormat(trimmed)) return trimmed;
  const suggestion = typeof value === "string" ? suggestEventFormat(value) : undefined;
  const expected = `one of ${EVENT_FORMATS.map((format) => `"${format}"`).join(", ")}`;
  ctx.addIssue({ code: "custom", message: expectation(value, expected) + (suggestion ? `: did you mean "${suggestion}"?` : "") });
  return z.NEVER;
});
