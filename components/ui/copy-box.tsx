import { IslandScript } from "@/components/islands/island-script";

// Placed over the box's corner, not in the flow: the island shows it after the first paint, and
// its coming must move nothing (the heading keeps the room it needs, with or without it).
const copyButton =
  "absolute top-4 right-4 inline-flex items-center rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent";

/**
 * A text to copy (a bio, an abstract), in a box with a button that copies it (the copy-text
 * island, components/islands/copy-text.ts). The button is rendered hidden and shown by the
 * island, so without JavaScript there is only text, plainly selectable. A page with copy boxes
 * renders one <CopyStatus /> as well.
 */
export function CopyBox({
  id,
  heading,
  detail,
  label,
  children,
}: {
  id: string;
  heading: string;
  /** Under the heading, in small type: a length. */
  detail?: string;
  /** What is copied, as the status says it: "Short bio" ("Short bio copied."). */
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div className="relative rounded-2xl border border-line bg-surface p-5">
      <h3 className="flex min-h-9 items-center pr-36 text-sm font-semibold tracking-wide text-muted uppercase">
        <span>
          {heading}
          {detail ? <span className="block text-xs font-normal tracking-normal normal-case">{detail}</span> : null}
        </span>
      </h3>
      <button type="button" data-copy-target={id} data-copy-label={label} hidden className={copyButton}>
        Copy {label.charAt(0).toLowerCase() + label.slice(1)}
      </button>
      <div id={id} className="prose mt-3 max-w-none prose-zinc dark:prose-invert prose-a:text-accent">
        {children}
      </div>
    </div>
  );
}

/**
 * The page's one live region for its copy buttons, and the island that runs them. Visible, not
 * only announced: where copying fails the text is selected and this says which keys copy it.
 */
export function CopyStatus() {
  return (
    <>
      <p data-copy-status="" role="status" className="mt-4 min-h-6 text-sm font-medium text-accent" />
      <IslandScript name="copy-text" />
    </>
  );
}
