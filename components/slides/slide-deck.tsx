import { BackLink } from "@/components/layout/back-to-talks";
import { buttonStyles } from "@/components/ui/button";
import { ArrowLeftIcon, ArrowRightIcon, SlidesIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";
import type { Deck, Slide } from "@/lib/content/deck-pdf";
import { type DeckSource, pdfSize, slideMoments, type SlideMoment } from "@/lib/content/decks";
import { formatTimestamp } from "@/lib/content/transcripts";
import { langAttribute } from "@/lib/site/languages";
import { anchors, routes } from "@/lib/site/routes";
import { pluralNoun } from "@/lib/words";

import { SlidePicture } from "./slide-picture";

type Props = {
  source: DeckSource;
  deck: Deck;
};

/** "840 KB", "3.2 MB": how big the download is. */
function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** One slide's text, line by line, as the PDF has it; said so when there is none. */
function SlideText({ text, lang }: { text: string; lang: string | undefined }) {
  if (text.trim() === "") return <p className="mt-3 text-sm text-muted italic">This slide has no text.</p>;
  return (
    <div className="mt-3 text-sm text-muted" lang={lang} data-slide-text="">
      {text.split("\n").map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}

/**
 * A deck as a page of slides (/talks/<slug>/slides): each slide's image, its text (for those
 * who cannot see the image, for search engines, for finding a word on the page), an anchor
 * of its own (#slide-12) with a link to it to copy, and links to the slides either side, all
 * plain HTML. The first slide loads at once; the rest as they come near the screen.
 */
export function SlideDeck({ source, deck }: Props) {
  const { talk, event } = source;
  const lang = langAttribute(event?.language ?? talk.language);
  const count = deck.slides.length;
  const moments = slideMoments(source);
  return (
    <article className="mx-auto max-w-3xl">
      <BackLink href={routes.talk(talk.slug)}>The talk</BackLink>
      <header className="mt-6 border-b border-line pb-8">
        <p className="text-sm font-medium text-muted">
          Slides{event ? ` used at ${event.name}` : ""} · {count} {pluralNoun(count, "slide", "slides")}
        </p>
        <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          <span lang={lang}>{talk.title}</span>
        </h1>
        <p className="mt-4 text-muted">
          Every slide with its text. Each has a link of its own to share, such as{" "}
          <SmartLink href="#slide-1" className="font-medium text-accent underline underline-offset-3">
            #slide-1
          </SmartLink>
          .
        </p>
        <p className="mt-5 flex flex-wrap gap-3">
          <SmartLink href={source.pdfPath} className={buttonStyles.small}>
            <SlidesIcon /> The PDF ({fileSize(pdfSize(source.pdfPath))})
          </SmartLink>
        </p>
      </header>

      <ol className="mt-8 space-y-12">
        {deck.slides.map((slide) => (
          <SlideItem
            key={slide.number}
            slide={slide}
            deck={deck}
            talkSlug={talk.slug}
            lang={lang}
            moment={moments.get(slide.number)}
          />
        ))}
      </ol>
    </article>
  );
}

/** One slide: its heading and link, the picture, its text, and the way to the slides either side. */
function SlideItem({
  slide,
  deck,
  talkSlug,
  lang,
  moment,
}: {
  slide: Slide;
  deck: Deck;
  talkSlug: string;
  lang: string | undefined;
  /** Where it first appears in the recording, when an event's chapters say. */
  moment?: SlideMoment;
}) {
  const count = deck.slides.length;
  // Slides after the first are laid out and painted when they come near the screen, not
  // while the page first renders: a long deck's first frame costs what one slide does.
  return (
    <li id={anchors.slide(slide.number)} className={slide.number === 1 ? "scroll-mt-6" : "scroll-mt-6 slide-deferred"}>
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={`${anchors.slide(slide.number)}-heading`} className="text-base font-semibold text-ink">
          Slide {slide.number}
          <span className="font-normal text-muted"> of {count}</span>
        </h2>
        <SmartLink
          href={`#${anchors.slide(slide.number)}`}
          className="text-sm font-medium text-accent underline underline-offset-3"
        >
          Link to slide {slide.number}
        </SmartLink>
      </div>
      <div className="mt-3 overflow-hidden rounded-2xl border border-line bg-white">
        <SlidePicture
          hash={deck.hash}
          slide={slide}
          priority={slide.number === 1}
          sizes="(min-width: 48rem) 46rem, calc(100vw - 2.5rem)"
          className="h-auto w-full"
        />
      </div>
      <SlideText text={slide.text} lang={lang} />
      {moment ? (
        <p className="mt-2 text-sm">
          <SmartLink
            href={moment.url}
            className="font-medium text-accent underline underline-offset-3"
            data-slide-moment=""
          >
            In the recording at {formatTimestamp(moment.seconds)}
          </SmartLink>
        </p>
      ) : null}
      <nav aria-label={`Slides beside slide ${slide.number}`} className="mt-4 flex flex-wrap justify-between gap-3">
        {slide.number > 1 ? (
          <SmartLink href={`#slide-${slide.number - 1}`} className={buttonStyles.small}>
            <ArrowLeftIcon /> Slide {slide.number - 1}
          </SmartLink>
        ) : (
          <span />
        )}
        {slide.number < count ? (
          <SmartLink href={`#slide-${slide.number + 1}`} className={buttonStyles.small}>
            Slide {slide.number + 1} <ArrowRightIcon />
          </SmartLink>
        ) : (
          <SmartLink href={routes.talk(talkSlug)} className={buttonStyles.small}>
            Back to the talk <ArrowRightIcon />
          </SmartLink>
        )}
      </nav>
    </li>
  );
}
