"use client";

import { useState, type ReactNode } from "react";

/**
 * A player or deck that costs nothing until the visitor asks for it: a poster drawn by the
 * server (children) stands in the frame's place, and only pressing it puts the third-party
 * iframe there. The only client code the site ships, so it takes strings and nothing else.
 *
 * Before the page's script runs, and without JavaScript, the poster is a link to the
 * original page (YouTube, Google Slides, the PDF); once React runs it becomes a real button.
 */
type Props = {
  /** Where the poster links when the button cannot work yet. */
  href: string;
  /** The button's name, e.g. "Play the recording of <title> at <event>". */
  label: string;
  src: string;
  frameTitle: string;
  /** As few sandbox flags as the player works with (lib/embeds.ts names them per kind); none for the site's own PDFs. */
  sandbox?: string;
  allow: string;
  children: ReactNode;
};

// Poster, button and iframe all fill the same box, whose aspect ratio the server sets: no layout shift.
// The box clips what overflows its round corners, so focus is drawn inside its edge, in white on the dark poster.
const fill =
  "absolute inset-0 size-full focus-visible:outline-3 focus-visible:-outline-offset-6 focus-visible:outline-white";

export function EmbedFacade({ href, label, src, frameTitle, sandbox, allow, children }: Props) {
  const [open, setOpen] = useState(false);

  if (open) {
    return (
      <iframe
        // Focus follows the press into the player, so the keyboard can pause or page on at once.
        ref={(frame) => frame?.focus()}
        src={src}
        title={frameTitle}
        sandbox={sandbox}
        allow={allow}
        allowFullScreen
        // YouTube refuses to play in a frame that sends no referrer (its error 153).
        referrerPolicy="strict-origin-when-cross-origin"
        loading="eager"
        className={`${fill} border-0`}
      />
    );
  }
  // The button is in the server's HTML as it is, so hydration changes nothing on the page
  // (swapping a link for a button after load cost a re-render and a relayout of the poster,
  // on the page Lighthouse holds to 90). Without JavaScript the button cannot work: the link
  // in <noscript> covers it and leads to the original instead.
  return (
    <>
      <button type="button" aria-label={label} onClick={() => setOpen(true)} className={`${fill} cursor-pointer`}>
        {children}
      </button>
      <noscript>
        <a href={href} rel="noopener noreferrer" aria-label={label} className={fill} />
      </noscript>
    </>
  );
}
