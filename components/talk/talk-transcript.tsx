import { SmartLink } from "@/components/ui/smart-link";
import type { TalkEvent } from "@/lib/content/load-talks";
import { formatTimestamp, timestampUrl, type TranscriptParagraph } from "@/lib/content/transcripts";
import { langAttribute, siteLanguage } from "@/lib/site/languages";
import { anchors } from "@/lib/site/routes";
import { pluralNoun } from "@/lib/words";

type Props = {
  event: TalkEvent & { transcript: NonNullable<TalkEvent["transcript"]>; recording: string };
  /** Names the event in the heading, when the talk has more than one transcript. */
  named: boolean;
};

/** Paragraphs shown before the rest is folded away: enough to tell what the talk sounds like. */
const OPEN_PARAGRAPHS = 2;

function Paragraph({
  paragraph,
  recording,
  siteLang,
  transcriptNumber,
}: {
  paragraph: TranscriptParagraph;
  recording: string;
  siteLang?: string;
  transcriptNumber: number;
}) {
  const time = formatTimestamp(paragraph.startSeconds);
  // An id of its own: search results link to the passage (a closed <details> opens for it).
  return (
    <p id={anchors.transcriptPassage(transcriptNumber, paragraph.startSeconds)} className="scroll-mt-6">
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
export function TalkTranscript({ event, named }: Props) {
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
              />
            ))}
          </details>
        ) : null}
      </div>
    </section>
  );
}
