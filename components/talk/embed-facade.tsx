import type { ReactNode } from "react";

import { IslandScript } from "@/components/islands/island-script";

/**
 * A player or deck that costs nothing until the visitor asks for it: a poster drawn by the
 * server (children) stands in the frame's place, and only pressing it puts the third-party
 * iframe there. A server component: the button carries the frame's attributes as data
 * attributes, and the player island (components/islands/player.ts) builds the frame from
 * them on a press. It takes strings and nothing else.
 *
 * Without JavaScript the button cannot work: the link in <noscript> covers it and leads to
 * the original page (YouTube, Google Slides, the PDF) instead.
 */
type Props = {
  /** Where the poster links when the button cannot work. */
  href: string;
  /** The button's name, e.g. "Play the recording of <title> at <event>". */
  label: string;
  src: string;
  frameTitle: string;
  /** As few sandbox flags as the player works with (lib/content/embeds.ts names them per kind); none for the site's own PDFs. */
  sandbox?: string;
  allow: string;
  children: ReactNode;
};

// Poster, button and iframe all fill the same box, whose aspect ratio the server sets: no layout shift.
// The box clips what overflows its round corners, so focus is drawn inside its edge, in white on the dark poster.
const fill =
  "absolute inset-0 size-full focus-visible:outline-3 focus-visible:-outline-offset-6 focus-visible:outline-white";

export function EmbedFacade({ href, label, src, frameTitle, sandbox, allow, children }: Props) {
  return (
    <>
      <button
        type="button"
        aria-label={label}
        className={`${fill} cursor-pointer`}
        data-frame-src={src}
        data-frame-title={frameTitle}
        data-frame-sandbox={sandbox}
        data-frame-allow={allow}
        data-frame-class={`${fill} border-0`}
      >
        {children}
      </button>
      <noscript>
        <a href={href} rel="noopener noreferrer" aria-label={label} className={fill} />
      </noscript>
      {/* Hoisted to <head> by React, once per page however many posters it has. */}
      <IslandScript name="player" />
    </>
  );
}
