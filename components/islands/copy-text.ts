/**
 * The "Copy" buttons of /about: each copies one bio (one-line, short, long) to the clipboard
 * and says so. The markup the server renders, and this island reads:
 *
 *     <button type="button" data-copy-target="bio-short" data-copy-label="Short bio" hidden>Copy short bio</button>
 *     <div id="bio-short">…</div>
 *     …
 *     <p data-copy-status role="status" class="sr-only"></p>
 *
 * - `data-copy-target` is the id of the element whose text is copied; `data-copy-label` names
 *   that text in what is announced ("Short bio copied."). The button's own text is its
 *   accessible name: no aria-label, which the island uses itself while the button says "Copied".
 * - The buttons are rendered `hidden`: without JavaScript there is no button that does nothing,
 *   and the text is there to select. The island shows those whose target exists.
 * - One live region for the page, `[data-copy-status]`, rendered empty and present from the
 *   start (a region added later is not announced by every screen reader). The buttons share it.
 *
 * Where the Clipboard API is missing or refuses (plain http, an old browser, a denied
 * permission) the text is selected instead and the region says which keys copy it.
 *
 * Listens on `document`, so it works however early it runs. Writes text only: no HTML from strings.
 */

/** A copy button; `data-copy-target` is its text's id. */
export const COPY_BUTTON_SELECTOR = "button[data-copy-target]";

/** The live region every copy button reports to. */
export const COPY_STATUS_SELECTOR = "[data-copy-status]";

/** How long a button says "Copied" before it says what it did before. */
export const COPIED_FOR_MS = 2000;

/**
 * The text as it is worth pasting: no space at the end of a line, at most one blank line
 * in a row, nothing blank around it. innerText's line breaks come as they were rendered.
 */
export function normaliseCopiedText(text: string): string {
  // [^\S\n] is any space but a line break, a carriage return and a no-break space included.
  // The blank lines are cut back with "$1", not "\n\n": esbuild would minify that string to a
  // template literal holding real line breaks, and the module is to stay one line.
  return text
    .replace(/[^\S\n]+$/gm, "")
    .replace(/(\n\n)\n+/g, "$1")
    .trim();
}

/** What is copied from an element: its rendered text, paragraphs apart, as a visitor sees it. */
export function copiedText(target: HTMLElement): string {
  // An SVG or MathML element has no innerText; textContent is the text without the layout.
  return normaliseCopiedText(target.innerText ?? target.textContent ?? "");
}

/** Said once the text is on the clipboard: "Short bio copied." */
export function copiedMessage(label: string): string {
  return `${label} copied.`;
}

/** Said once the text is selected instead: "Press Ctrl+C to copy the short bio." */
export function copyHint(label: string, apple: boolean): string {
  return `Press ${apple ? "⌘C" : "Ctrl+C"} to copy the ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
}

/** The element a button copies, or null when there is none on the page. */
function targetOf(button: HTMLButtonElement): HTMLElement | null {
  return document.getElementById(button.dataset.copyTarget ?? "");
}

/** Shows the buttons that have something to copy; one whose target is missing stays hidden. */
export function showCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(COPY_BUTTON_SELECTOR)) {
    if (targetOf(button)) button.hidden = false;
  }
}

function announce(text: string): void {
  const status = document.querySelector(COPY_STATUS_SELECTOR);
  if (status) status.textContent = text;
}

const restoring = new Map<HTMLButtonElement, ReturnType<typeof setTimeout>>();

/** The button says "Copied" for a while; its accessible name stays what it was, the region speaks. */
function showCopied(button: HTMLButtonElement, message: string): void {
  // A second copy within the while: the name kept in aria-label is the original, not "Copied".
  const name = button.getAttribute("aria-label") ?? button.textContent ?? "";
  clearTimeout(restoring.get(button));
  button.setAttribute("aria-label", name);
  button.textContent = "Copied";
  restoring.set(
    button,
    setTimeout(() => {
      restoring.delete(button);
      button.textContent = name;
      button.removeAttribute("aria-label");
      // Emptied, so that the next copy of the same text is announced again; unless another
      // button has spoken since.
      const status = document.querySelector(COPY_STATUS_SELECTOR);
      if (status?.textContent === message) status.textContent = "";
    }, COPIED_FOR_MS),
  );
}

/** Copies a button's text to the clipboard, or selects it for the keyboard when that fails. */
export async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const target = targetOf(button);
  if (!target) return;
  const label = button.dataset.copyLabel ?? "Text";
  try {
    // Called before anything is awaited, while the click still counts as the visitor's
    // gesture: Safari refuses a write made later. A missing API throws here, and is caught.
    await navigator.clipboard.writeText(copiedText(target));
  } catch {
    getSelection()?.selectAllChildren(target);
    // Apple's keyboards copy with ⌘C; navigator.platform says "MacIntel", "iPad" or "iPhone" there.
    announce(copyHint(label, /Mac|iP/.test(navigator.platform)));
    return;
  }
  const message = copiedMessage(label);
  announce(message);
  showCopied(button, message);
}

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(COPY_BUTTON_SELECTOR) : null;
  if (button) void copyFrom(button);
});

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showCopyButtons, { once: true });
else showCopyButtons();
