/**
 * How the site's links and buttons look when they act as buttons: one place for each look,
 * so that pages share them instead of copying class strings.
 *
 * Some looks differ by a detail no one chose (the home page's links inherit their type size,
 * the event buttons have no background, the 404 page's buttons no icon gap); they are named
 * apart so that moving them here changed no page, and the next redesign can fold them.
 */
export const buttonStyles = {
  /** The one action a part of a page leads with: "Watch the recording", "Invite him". */
  primary:
    "inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-page hover:opacity-90",
  /** Beside a primary one. */
  secondary:
    "inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-4 py-2 text-sm font-semibold text-ink hover:border-accent hover:text-accent",
  /** A row of links out: the about page's profiles elsewhere. */
  outline:
    "inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-3.5 py-2 text-sm font-medium hover:border-accent hover:text-accent",
  /** The home page's links out, in the intro's own type size. */
  outlineInheritingSize:
    "inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-3.5 py-2 hover:border-accent hover:text-accent",
  /** Small, inside a list or a toolbar: slide navigation, copy buttons. */
  small:
    "inline-flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent",
  /** Small, on an event's row, where the row's own background shows through. */
  smallOnRow:
    "inline-flex items-center gap-1.5 rounded-lg border border-line px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent",
  /** The 404 page's way on, and its way home. */
  notFoundPrimary: "inline-flex rounded-lg bg-accent px-4 py-2 text-page hover:opacity-90",
  notFoundSecondary: "inline-flex rounded-lg border border-line px-4 py-2 hover:border-accent hover:text-accent",
} as const;
