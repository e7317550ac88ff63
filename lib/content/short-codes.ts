import type { ContentProblem } from "./problems";

/**
 * A talk's short link, /t/<code>: what the owner puts on his last slide, so it must be live from
 * the moment the talk file is committed and never change. The code is the file's `short:` field,
 * else derived from the file name alone (never from other talks, so adding a talk changes no
 * other code): the first letter of each word of the slug, and numbers whole,
 * "the-zen-of-prometheus" → "tzop", "kubecon-2023-keynote" → "k2023k".
 */

/** What a code may be: lower-case letters, digits and inner hyphens, 2 to 32 characters. */
export const SHORT_CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])$/;

/** A derived code takes at most this many initials: an acronym of a long title would not be short. */
const DERIVED_MAX_LETTERS = 8;

/**
 * The code derived from a slug: the first letters of its words (of the first 8 words that are
 * not numbers) with its numbers whole, since a year or a part number is what tells
 * "talk-2023" from "talk-2024"; or the slug itself when that gives fewer than 3 characters.
 */
export function derivedShortCode(slug: string): string {
  let letters = 0;
  const parts = slug
    .split("-")
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : letters++ < DERIVED_MAX_LETTERS ? word[0] : ""));
  const initials = parts.join("").slice(0, 32);
  if (initials.length >= 3) return initials;
  // "go", "go-go": too few words for an acronym; the slug itself is as short and as memorable.
  return slug.slice(0, 16).replace(/-+$/, "");
}

type CodedTalk = { shortCode: string; sourcePath: string; shortLine?: number; shortWritten: boolean };

/** A code no talk has, from `code`: "tzop2", "tzop3"… (the code cut to leave room, so it stays valid). */
export function freeCode(code: string, taken: ReadonlySet<string>): string {
  const base = code.slice(0, 30).replace(/-+$/, "");
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/**
 * Two talks with one code would make one short link lead to either. The talk that keeps it is
 * the one whose file writes it (`short:`), whose link may be on a slide already; else the first
 * read. Each other is a problem naming that file, with a free code to write.
 */
export function shortCodeCollisionProblems(talks: readonly CodedTalk[]): ContentProblem[] {
  const taken = new Set(talks.map((talk) => talk.shortCode));
  const byCode = new Map<string, CodedTalk[]>();
  for (const talk of talks) byCode.set(talk.shortCode, [...(byCode.get(talk.shortCode) ?? []), talk]);
  const how = (coded: CodedTalk) => (coded.shortWritten ? "its short field" : "derived from its file name");
  return [...byCode.values()].flatMap((sharing) => {
    if (sharing.length < 2) return [];
    const keeper = sharing.find((talk) => talk.shortWritten) ?? sharing[0]!;
    return sharing
      .filter((talk) => talk !== keeper)
      .map((talk) => {
        const suggestion = freeCode(talk.shortCode, taken);
        taken.add(suggestion);
        return {
          file: talk.sourcePath,
          line: talk.shortLine,
          field: "short",
          message: `the short link /t/${talk.shortCode} (${how(talk)}) is already ${keeper.sourcePath}'s (${how(keeper)}); give this talk a code of its own, such as short: ${suggestion}`,
        };
      });
  });
}
