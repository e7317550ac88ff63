import { Fragment } from "react";

// A short word with a hyphen inside ("CO-RE", "eBPF-based", "e2e-tests"): the browser may break a
// line after its hyphen, which splits a name in two ("CO-" / "RE."). Longer compounds may still break.
const HYPHENATED_WORD = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)/u;
const LONGEST_KEPT = 16;

/**
 * Text in which short hyphenated words are never broken at their hyphen. The text itself is
 * unchanged (search, copy and screen readers meet the same characters); only those words are
 * wrapped in a span that does not break.
 */
export function UnbrokenWords({ text }: { text: string }) {
  const parts = text.split(HYPHENATED_WORD);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 && part.length <= LONGEST_KEPT ? (
      <span key={index} className="whitespace-nowrap">
        {part}
      </span>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}
