/**
 * English plurals, in one place: messages, pages and cards all count things. A base module,
 * like lib/paths.mjs: every room may import it, and it imports nothing.
 */

/** The noun for a count: "talk" for 1, "talks" otherwise (0 talks, 2 talks). */
export function pluralNoun(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** A count with its noun: "1 talk", "3 talks". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${pluralNoun(count, one, many)}`;
}
