import { SmartLink } from "@/components/ui/smart-link";
import { chapterAt, type Chapter } from "@/lib/content/chapters";
import type { Slide } from "@/lib/content/deck-pdf";
import type { DeckView } from "@/lib/content/decks";
import type { TalkEvent } from "@/lib/content/load-talks";
import { formatTimestamp, timestampUrl, type TranscriptParagraph } from "@/lib/content/transcripts";
import { langAttribute, siteLanguage } from "@/lib/site/languages";
import { anchors, routes } from "@/lib/site/routes";
import { pluralNoun } from "@/lib/words";

type Props = {
  talkSlug: string;
  event: TalkEvent & { transcript: NonNullable<TalkEvent["transcript"]>; recording: string };
  /** The deck the event's chapters number: each passage then shows its slide. */
  deck?: DeckView;
  /** Names the event in the heading, when the talk has more than one transcript. */
  named: boolean;
};

/** Paragraphs shown before the rest is folded away: enough to tell what the talk sounds like. */
const OPEN_PARAGRAPHS = 2;

/** The slide on screen while a passage is said: its number and a small picture, leading to it on the slides page. */
function PassageSlide({
  slide,
  view,
  talkSlug,
  siteLang,
}: {
  slide: Slide;
  view: DeckView;
  talkSlug: string;
  siteLang?: string;
}) {
  const image = slide.images[0];
  return (
    <SmartLink
      href={routes.slide(talkSlug, view.source.eventSlug, slide.number)}
      lang={siteLang}
      className="float-right ml-3 flex w-20 flex-col items-center gap-1 text-xs font-medium text-muted no-underline hover:text-accent"
      data-passage-slide={slide.number}
    >
      {image ? (
        // A file the build already sized (lib/content/deck-pdf.ts): nothing for next/image to do in a static export.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={routes.deckImage(view.deck.hash, image.webp)}
          width={80}
          height={Math.round((80 * image.height) / image.width)}
          alt=""
          loading="lazy"
          decoding="async"
          className="h-auto w-20 rounded border border-line bg-white"
        />
      ) : null}
      Slide {slide.number}
    </SmartLink>
  );
}

function Paragraph({
  paragraph,
  recording,
  siteLang,
  transcriptNumber,
  talkSlug,
  slides,
}: {
  paragraph: TranscriptParagraph;
  recording: string;
  siteLang?: string;
  transcriptNumber: number;
  talkSlug: string;
  slides?: { view: DeckView; chapters: readonly Chapter[] };
}) {
  const time = formatTimestamp(paragraph.startSeconds);
  const chapter = slides ? chapterAt(slides.chapters, paragraph.startSeconds) : undefined;
  const slide = chapter && slides ? slides.view.deck.slides[chapter.slide - 1] : undefined;
  // An id of its own: search results link to the passage (a closed <details> opens for it).
  return (
    <p id={anchors.transcriptPassage(transcriptNumber, paragraph.startSeconds)} className="scroll-mt-6 flow-root">
      {slide && slides ? (
        <PassageSlide slide={slide} view={slides.view} talkSlug={talkSlug} siteLang={siteLang} />
      ) : null}
      <SmartLink
        href={timestampUrl(recording, paragraph.startSeconds)}
        lang={siteLang}
        aria-label={`${time}: watch from here`}
        className="mr-2 font-mono text-xs font-semibold text-accent tabular-nums no-underline hover:underline"
      >
        {time}
      </SmartLink>
      {paragraph.text}
    </p>
  );
}

/**
 * A recording's captions as a text to read: paragraphs split where the speaker paused, each
 * opening with its time, a link to that moment of the recording. The first paragraphs are
 * open and the rest folded in a <details>: all of it is in the HTML (found by search engines
 * and the browser's find), and opening it needs no script. In the event's language.
 */
export function TalkTranscript({ talkSlug, event, named, deck }: Props) {
  const slides = deck && event.chapters ? { view: deck, chapters: event.chapters.chapters } : undefined;
  const { paragraphs } = event.transcript;
  const open = paragraphs.slice(0, OPEN_PARAGRAPHS);
  const folded = paragraphs.slice(OPEN_PARAGRAPHS);
  const id = `transcript-${event.fileIndex + 1}`;
  const lang = langAttribute(event.language);
  // The site's own words (the time links' names, the fold) inside text in another language.
  const siteLang = lang ? siteLanguage() : undefined;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6">
      <h2 id={`${id}-heading`} className="text-base font-semibold text-ink">
        Transcript{named ? <span className="font-normal text-muted">: {event.name}</span> : null}
        <span className="ml-2 text-sm font-normal text-muted">{formatTimestamp(event.transcript.durationSeconds)}</span>
      </h2>
      <div className="prose mt-3 max-w-none prose-zinc dark:prose-invert" lang={lang}>
        {open.map((paragraph) => (
          <Paragraph
            key={paragraph.startSeconds}
            paragraph={paragraph}
            recording={event.recording}
            siteLang={siteLang}
            transcriptNumber={event.fileIndex + 1}
            talkSlug={talkSlug}
            slides={slides}
          />
        ))}
        {folded.length > 0 ? (
          <details className="group">
            <summary className="cursor-pointer font-semibold text-accent" lang={siteLang}>
              The rest of the transcript ({folded.length} more {pluralNoun(folded.length, "paragraph", "paragraphs")})
            </summary>
            {folded.map((paragraph) => (
              <Paragraph
                key={paragraph.startSeconds}
                paragraph={paragraph}
                recording={event.recording}
                siteLang={siteLang}
                transcriptNumber={event.fileIndex + 1}
                talkSlug={talkSlug}
                slides={slides}
              />
            ))}
          </details>
        ) : null}
      </div>
    </section>
  );
}
