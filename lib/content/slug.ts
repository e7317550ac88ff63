import { toIsoString, type PartialDate } from "./partial-date";

/** Letters that Unicode normalisation does not split into a base letter and an accent. */
const FOLDED_LETTERS: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i",
};

/**
 * "Ünïcödé & Co: Profiling in Go!" -> "unicode-co-profiling-in-go": ASCII, lower-case,
 * hyphens; accents folded rather than dropped with their letters.
 */
export function slugFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * "gophercon-eu-2027-2027-06-14": an event's name and date, as its one-event calendar file
 * is named (/talks/<slug>/<event slug>.ics). Unique within a talk for events dated to the
 * day: the content check refuses two with the same slug, which would also share a UID.
 */
export function eventSlug(event: { name: string; date: PartialDate }): string {
  return [slugFromTitle(event.name), toIsoString(event.date)].filter(Boolean).join("-");
}
