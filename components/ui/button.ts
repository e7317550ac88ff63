/**
 * How the site's links and buttons look when they act as buttons: one place for each look, so
 * that pages share them instead of copying class strings. Every look has a border (the primary's
 * is its own colour), so that buttons of one size are one height side by side.
 */
export const buttonStyles = {
  /** The one action a part of a page leads with: "Invite him to speak", "Browse all talks". */
  primary:
    "inline-flex items-center gap-2 rounded-lg border border-accent bg-accent px-4 py-2 text-sm font-semibold text-page hover:opacity-90",
  /** Beside a primary one, or a row of equal ones. */
  secondary:
    "inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-4 py-2 text-sm font-semibold text-ink hover:border-accent hover:text-accent",
  /** Small, inside a list or a toolbar: an event's links, slide navigation. */
  small:
    "inline-flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent",
} as const;
