import { TalkArt } from "@/components/talks/talk-art";
import type { DeckView } from "@/lib/content/decks";
import { eventPdfDeck, parseYouTubeUrl } from "@/lib/content/embeds";
import type { Talk, TalkEvent } from "@/lib/content/load-talks";
import { pluralNoun } from "@/lib/words";

import { RecordingPlayer } from "./embed-frames";
import { TalkTranscript } from "./talk-transcript";

/** The rendered deck an event's chapters number, when it has chapters. */
function deckOfEvent(talk: Talk, event: TalkEvent, decks: readonly DeckView[]): DeckView | undefined {
  const pdfPath = event.chapters ? eventPdfDeck(event, talk) : undefined;
  return pdfPath === undefined ? undefined : decks.find((view) => view.source.pdfPath === pdfPath);
}

/** A poster is as wide as the talk page's column. */
export const POSTER_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2.5rem)";

/**
 * A talk's recordings, newest first: every YouTube recording gets a player named after its
 * event (choosing one is pressing it, with no script beyond the facade's; other recordings
 * stay links in the events list), and under the players each recording's transcript.
 */
export function TalkRecordings({ talk, decks = [] }: { talk: Talk; decks?: readonly DeckView[] }) {
  const players = talk.events.flatMap((event) => {
    const embed = event.recording ? parseYouTubeUrl(event.recording) : undefined;
    return embed && event.recording ? [{ event, embed, href: event.recording }] : [];
  });
  const transcribed = talk.events.flatMap((event) =>
    event.transcript && event.recording ? [{ ...event, transcript: event.transcript, recording: event.recording }] : [],
  );

  return (
    <>
      {players.length > 0 ? (
        <section aria-labelledby="recording-heading" className="pt-8">
          <h2 id="recording-heading" className="sr-only">
            {pluralNoun(players.length, "Recording", "Recordings")}
          </h2>
          <div className={players.length > 1 ? "grid gap-4 sm:grid-cols-2" : undefined}>
            {players.map(({ event, embed, href }, index) => (
              <RecordingPlayer
                art={
                  <TalkArt
                    talk={talk}
                    sizes={players.length > 1 ? "(min-width: 40rem) 23rem, calc(100vw - 2.5rem)" : POSTER_SIZES}
                    priority={index === 0}
                    inline={index === 0 ? "large" : undefined}
                    className="size-full object-cover"
                  />
                }
                key={`${event.name}-${event.date.year}`}
                embed={embed}
                href={href}
                title={talk.title}
                event={event.name}
              />
            ))}
          </div>
        </section>
      ) : null}

      {transcribed.length > 0 ? (
        <div className="pt-2">
          {transcribed.map((event) => (
            <TalkTranscript
              key={event.fileIndex}
              talkSlug={talk.slug}
              event={event}
              named={transcribed.length > 1}
              deck={deckOfEvent(talk, event, decks)}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
