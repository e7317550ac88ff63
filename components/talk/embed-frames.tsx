import type { ReactNode } from "react";

import { PlayIcon, SlidesIcon } from "@/components/ui/icons";
import { EMBED_FRAME_PERMISSIONS, type DeckEmbed, type YouTubeEmbed } from "@/lib/content/embeds";

import { EmbedFacade } from "./embed-facade";

/**
 * A recording or a deck shown in place: a poster the server draws from the talk's own
 * words (no thumbnail fetched from YouTube or Google), which the player island swaps for
 * the player when pressed. The box keeps its 16:9 shape before and after, so nothing moves.
 */

const frameBox = "not-prose relative aspect-video w-full overflow-hidden rounded-2xl bg-zinc-950 text-white";
const poster =
  "flex size-full flex-col justify-between gap-2 bg-linear-to-br from-indigo-950 to-zinc-950 p-5 text-left sm:p-8";
const posterKicker = "text-xs font-semibold tracking-wide text-zinc-300 uppercase sm:text-sm";
// Two lines of a smaller title fit the 16:9 box of a 320 px screen with the kicker and the action; three from sm up.
const posterTitle = "line-clamp-2 text-base leading-snug font-bold sm:line-clamp-3 sm:text-2xl";
const posterAction = "inline-flex items-center gap-2 text-sm font-semibold";

type RecordingProps = {
  embed: YouTubeEmbed;
  /** The recording's own URL: the link the poster is before the page's script runs. */
  href: string;
  title: string;
  /** The event it was recorded at, when known. */
  event?: string;
};

export function RecordingPlayer({ embed, href, title, event }: RecordingProps) {
  const what = event ? `${title} at ${event}` : title;
  return (
    <div className={frameBox}>
      <EmbedFacade
        href={href}
        label={`Play the recording of ${what}`}
        src={embed.embedUrl}
        frameTitle={`Recording of ${what} (YouTube)`}
        {...EMBED_FRAME_PERMISSIONS.youtube}
      >
        <span className={poster}>
          <span className={posterKicker}>{event ?? "Recording"}</span>
          <span className={posterTitle}>{title}</span>
          <span className={posterAction}>
            <PlayIcon className="size-8 sm:size-10" /> Play the recording
          </span>
        </span>
      </EmbedFacade>
    </div>
  );
}

type DeckProps = {
  embed: DeckEmbed;
  href: string;
  title: string;
  /** The deck's first slide, drawn at build, in place of the poster drawn from the title. */
  firstSlide?: ReactNode;
};

// What the frame's title says the deck is shown with.
const DECK_VIEWER_NAMES: Record<DeckEmbed["kind"], string> = { "google-slides": "Google Slides", pdf: "PDF" };

/**
 * A Google Slides deck in Google's player, or a PDF from public/ in the browser's own
 * viewer; slides are 16:9, so the same box fits both.
 */
export function DeckViewer({ embed, href, title, firstSlide }: DeckProps) {
  return (
    <div className={frameBox}>
      <EmbedFacade
        href={href}
        label={`Show the slides of ${title}`}
        src={embed.kind === "pdf" ? embed.src : embed.embedUrl}
        frameTitle={`Slides of ${title} (${DECK_VIEWER_NAMES[embed.kind]})`}
        {...EMBED_FRAME_PERMISSIONS[embed.kind]}
      >
        {firstSlide ? (
          <span className="relative block size-full bg-white">
            {firstSlide}
            <span
              className={`${posterAction} absolute inset-x-0 bottom-0 bg-linear-to-t from-zinc-950/90 to-transparent px-5 pt-10 pb-4 sm:px-8 sm:pb-6`}
            >
              <SlidesIcon className="size-8 sm:size-10" /> Show the slides in the PDF viewer
            </span>
          </span>
        ) : (
          <span className={poster}>
            <span className={posterKicker}>Slides</span>
            <span className={posterTitle}>{title}</span>
            <span className={posterAction}>
              <SlidesIcon className="size-8 sm:size-10" /> Show the slides
            </span>
          </span>
        )}
      </EmbedFacade>
    </div>
  );
}
