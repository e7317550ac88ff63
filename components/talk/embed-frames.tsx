import type { ReactNode } from "react";

import { PlayIcon, SlidesIcon } from "@/components/ui/icons";
import { EMBED_FRAME_PERMISSIONS, type DeckEmbed, type YouTubeEmbed } from "@/lib/content/embeds";

import { EmbedFacade } from "./embed-facade";

/**
 * A recording or a deck shown in place: a poster the server draws from the talk's own
 * words (no thumbnail fetched from YouTube or Google), which the player island swaps for
 * the player when pressed. The box keeps its 16:9 shape before and after, so nothing moves.
 */

// A hairline ring keeps the dark box's edge visible on the dark theme's page.
const frameBox =
  "not-prose relative aspect-video w-full overflow-hidden rounded-2xl bg-art text-white ring-1 ring-black/5 dark:ring-white/15";
// The talk's artwork fills the box; a shade from the foot keeps the title readable on any of it.
// A container: the title and the button size themselves by the poster's width, so two posters
// side by side get the small sizes that fit them, as a phone's single one does.
const poster = "@container relative flex size-full flex-col justify-between p-4 text-left sm:p-6";
const posterArt = "absolute inset-0 size-full object-cover";
const posterShade = "absolute inset-0 bg-linear-to-t from-black/80 via-black/0 to-black/30";
const posterKicker = "relative text-xs font-semibold tracking-wide text-white/85 uppercase";
// Two lines of title fit the 16:9 box of a 320 px screen, and of each of two posters side by side.
const posterTitle = "relative line-clamp-2 max-w-[36ch] text-base leading-snug font-bold text-balance @lg:text-xl";
// The one thing to press, in the middle, large enough to find at a glance.
// Above the middle, clear of a two-line title at the foot.
const posterButtonShape =
  "absolute top-[42%] left-1/2 grid size-12 -translate-x-1/2 -translate-y-1/2 place-items-center rounded-full shadow-lg transition-transform group-hover:scale-105 @lg:size-16";
const posterButton = `${posterButtonShape} bg-white/95 text-zinc-950`;
const slidesPosterButton = `${posterButtonShape} bg-zinc-950 text-white`;
const posterAction = "inline-flex items-center gap-2 text-sm font-semibold";

type RecordingProps = {
  embed: YouTubeEmbed;
  /** The talk's artwork (<TalkArt>), drawn at build, as the poster's picture. */
  art?: ReactNode;
  /** The recording's own URL: the link the poster is before the page's script runs. */
  href: string;
  title: string;
  /** The event it was recorded at, when known. */
  event?: string;
};

export function RecordingPlayer({ embed, art, href, title, event }: RecordingProps) {
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
        <span className={`${poster} group`}>
          {art ? <span className={posterArt}>{art}</span> : null}
          <span className={posterShade} />
          <span className={posterKicker}>{event ?? "Recording"}</span>
          <span className={posterButton}>
            <PlayIcon className="size-6 translate-x-0.5 @lg:size-8" />
          </span>
          <span className={posterTitle}>{title}</span>
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
          // A title slide, light as most decks are: it reads as slides, not as a second recording.
          <span className={`${poster} group bg-zinc-100 text-zinc-950`}>
            <span className="relative text-xs font-semibold tracking-wide text-zinc-600 uppercase">Slides</span>
            <span className={slidesPosterButton}>
              <SlidesIcon className="size-6 @lg:size-8" />
            </span>
            <span className={posterTitle}>{title}</span>
          </span>
        )}
      </EmbedFacade>
    </div>
  );
}
