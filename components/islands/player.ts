/**
 * The players' facades (components/talk/embed-facade.tsx): pressing a poster's button, by click,
 * Enter or Space, puts the iframe its data attributes describe in the button's place, in the
 * same 16:9 box, and moves focus into it. Nothing is requested from the player's host before.
 *
 * Listens on `document`, so it works however early it runs and for every poster on the page.
 * Builds the frame with createElement and setAttribute only: no HTML from strings.
 */

/** The data attributes a facade's button carries (`data-frame-src` and so on). */
export const FACADE_SELECTOR = "button[data-frame-src]";

/** Replaces a facade's button (and the <noscript> link beside it) with its player; returns the frame. */
export function openPlayer(button: HTMLButtonElement): HTMLIFrameElement {
  const { frameSrc, frameTitle, frameSandbox, frameAllow, frameClass } = button.dataset;
  const frame = document.createElement("iframe");
  // Every attribute is set before the frame is in the document, so it loads once, as described.
  frame.setAttribute("src", frameSrc ?? "");
  frame.setAttribute("title", frameTitle ?? "");
  if (frameSandbox !== undefined) frame.setAttribute("sandbox", frameSandbox);
  // Fullscreen is granted by `allow` ("fullscreen"); an allowfullscreen beside it only makes
  // Chromium warn that `allow` takes precedence.
  frame.setAttribute("allow", frameAllow ?? "");
  // YouTube refuses to play in a frame that sends no referrer (its error 153).
  frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  frame.setAttribute("loading", "eager");
  frame.setAttribute("class", frameClass ?? "");

  const fallback = button.nextElementSibling;
  if (fallback?.localName === "noscript") fallback.remove();
  button.replaceWith(frame);
  // Focus follows the press into the player, so the keyboard can pause or page on at once.
  frame.focus();
  return frame;
}

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(FACADE_SELECTOR) : null;
  if (button) openPlayer(button);
});
