import { BackToTalks } from "@/components/layout/back-to-talks";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SlidePicture } from "@/components/slides/slide-picture";
import { DraftMark } from "@/components/talks/talk-card";
import { ArrowLeftIcon, ArrowRightIcon, LinkIcon } from "@/components/ui/icons";
import { PartialDateTime } from "@/components/ui/partial-date-time";
import { SmartLink } from "@/components/ui/smart-link";
import type { DeckView } from "@/lib/content/decks";
import { parseDeck, parseYouTubeUrl } from "@/lib/content/embeds";
import type { Talk } from "@/lib/content/load-talks";
import { inLanguageLabel } from "@/lib/site/event-facets";
import { langAttribute } from "@/lib/site/languages";
import { routes } from "@/lib/site/routes";
import { isUpcomingEvent } from "@/lib/site/talks";
import { topicSlug } from "@/lib/site/topics";

import { DeckViewer, RecordingPlayer } from "./embed-frames";
import { TalkEvents } from "./talk-events";
import { RecordingLink, SlidesLink } from "./talk-links";
import { TalkTranscript } from "./talk-transcript";

type Props = {
  talk: Talk;
  newer?: Talk;
  older?: Talk;
  /** The talk's PDF decks, rendered at build (lib/content/decks.ts): its own and its events'. */
  decks?: readonly DeckView[];
};

const primaryButton =
  "inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-page hover:opacity-90";
const secondaryButton =
  "inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-4 py-2 text-sm font-semibold text-ink hover:border-accent hover:text-accent";

export function TalkArticle({ talk, newer, older, decks = [] }: Props) {
  const [latestEvent] = talk.events;
  const recordings = talk.events.filter((event) => event.recording);
  const onlyRecording = recordings.length === 1 ? recordings[0]?.recording : undefined;
  // Every YouTube recording gets a player, newest first, each named after its event: choosing
  // one is pressing it, with no script beyond the facade's. Other recordings stay links below.
  const players = recordings.flatMap((event) => {
    const embed = event.recording ? parseYouTubeUrl(event.recording) : undefined;
    return embed && event.recording ? [{ event, embed, href: event.recording }] : [];
  });
  const deck = talk.slides ? parseDeck(talk.slides) : undefined;
  const slidePages = decks.find((view) => !view.source.event);
  // Newest first, as the players: each recording's transcript under them.
  const transcribed = talk.events.flatMap((event) =>
    event.transcript && event.recording ? [{ ...event, transcript: event.transcript, recording: event.recording }] : [],
  );
  // The title, summary and abstract are in the talk's language; marked where it is not the page's.
  const lang = langAttribute(talk.language);

  return (
    <article>
      <BackToTalks />

      <header className="mt-6 border-b border-line pb-8">
        {latestEvent ? (
          <p className="text-sm font-medium text-muted">
            <PartialDateTime date={talk.date} /> · {latestEvent.name}
            {talk.events.length > 1 ? ` and ${talk.events.length - 1} more` : ""}
            {lang ? ` · ${inLanguageLabel(talk.language)}` : null}
          </p>
        ) : null}
        <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          <span lang={lang}>{talk.title}</span>
          {talk.draft ? <DraftMark /> : null}
        </h1>
        <p className="mt-4 text-lg text-muted" lang={lang}>
          {talk.summary}
        </p>

        {talk.speakers.length > 0 ? (
          <p className="mt-4 text-sm text-muted">
            With{" "}
            {talk.speakers.map((speaker, index) => (
              <span key={speaker.name}>
                {index > 0 ? (index === talk.speakers.length - 1 ? " and " : ", ") : null}
                {speaker.url ? (
                  <SmartLink
                    href={speaker.url}
                    className="font-medium text-ink underline underline-offset-3 hover:text-accent"
                  >
                    {speaker.name}
                  </SmartLink>
                ) : (
                  <span className="font-medium text-ink">{speaker.name}</span>
                )}
              </span>
            ))}
          </p>
        ) : null}

        {talk.tags.length > 0 ? (
          <>
            <h2 className="sr-only">Topics</h2>
            <ul className="mt-4 flex flex-wrap gap-2">
              {talk.tags.map((tag) => (
                <li key={tag}>
                  <SmartLink
                    href={routes.topic(topicSlug(tag))}
                    className="inline-block rounded-full bg-chip px-2.5 py-1 text-xs font-medium text-ink hover:text-accent hover:underline"
                  >
                    {tag}
                  </SmartLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {talk.slides || onlyRecording ? (
          <p className="mt-6 flex flex-wrap gap-3">
            {onlyRecording ? (
              <RecordingLink href={onlyRecording} className={primaryButton}>
                Watch the recording
              </RecordingLink>
            ) : null}
            {talk.slides ? (
              <SlidesLink href={talk.slides} className={onlyRecording ? secondaryButton : primaryButton}>
                View the slides
              </SlidesLink>
            ) : null}
          </p>
        ) : null}
      </header>

      {players.length > 0 ? (
        <section aria-labelledby="recording-heading" className="pt-8">
          <h2 id="recording-heading" className="sr-only">
            {players.length === 1 ? "Recording" : "Recordings"}
          </h2>
          <div className={players.length > 1 ? "grid gap-4 sm:grid-cols-2" : undefined}>
            {players.map(({ event, embed, href }) => (
              <RecordingPlayer
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
            <TalkTranscript key={event.fileIndex} event={event} named={transcribed.length > 1} />
          ))}
        </div>
      ) : null}

      <section aria-labelledby="abstract-heading" className="py-8">
        <h2 id="abstract-heading" className="sr-only">
          Abstract
        </h2>
        <div className="prose max-w-none prose-zinc dark:prose-invert prose-a:text-accent" lang={lang}>
          <MdxContent source={talk.body} talk={talk} />
        </div>
      </section>

      {deck && talk.slides ? (
        <section aria-labelledby="slides-heading" className="border-t border-line py-8">
          <h2 id="slides-heading" className="text-xl font-bold tracking-tight">
            Slides
          </h2>
          <div className="mt-4">
            <DeckViewer
              embed={deck}
              href={talk.slides}
              title={talk.title}
              firstSlide={
                slidePages?.deck.slides[0] ? (
                  <SlidePicture
                    hash={slidePages.deck.hash}
                    slide={slidePages.deck.slides[0]}
                    sizes="(min-width: 48rem) 46rem, calc(100vw - 2.5rem)"
                    className="size-full object-contain"
                  />
                ) : undefined
              }
            />
          </div>
          {slidePages ? (
            <p className="mt-4">
              <SmartLink
                href={routes.slides(slidePages.source.talk.slug, slidePages.source.eventSlug)}
                className="inline-flex items-center gap-2 font-semibold text-accent hover:underline"
              >
                All {slidePages.deck.slides.length} slides, with their text <ArrowRightIcon />
              </SmartLink>
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="events-heading" className="border-t border-line py-8">
        <h2 id="events-heading" className="text-xl font-bold tracking-tight">
          {eventsHeading(talk)}
        </h2>
        <div className="mt-4">
          <TalkEvents talk={talk} decks={decks} />
        </div>
      </section>

      {talk.links.length > 0 ? (
        <section aria-labelledby="links-heading" className="border-t border-line py-8">
          <h2 id="links-heading" className="text-xl font-bold tracking-tight">
            Links
          </h2>
          <ul className="mt-4 space-y-2">
            {talk.links.map((link) => (
              <li key={link.url}>
                <SmartLink
                  href={link.url}
                  className="inline-flex items-center gap-2 font-medium text-accent underline underline-offset-3"
                >
                  <LinkIcon /> {link.title}
                </SmartLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {newer || older ? (
        <nav aria-label="More talks" className="grid gap-4 border-t border-line pt-8 sm:grid-cols-2">
          {older ? <AdjacentTalk talk={older} direction="older" /> : <span className="hidden sm:block" />}
          {newer ? <AdjacentTalk talk={newer} direction="newer" /> : null}
        </nav>
      ) : null}
    </article>
  );
}

function AdjacentTalk({ talk, direction }: { talk: Talk; direction: "older" | "newer" }) {
  const isNewer = direction === "newer";
  return (
    <SmartLink
      href={routes.talk(talk.slug)}
      rel={isNewer ? "next" : "prev"}
      className={`group flex flex-col gap-1 rounded-2xl border border-line bg-surface p-4 hover:border-accent ${isNewer ? "sm:items-end sm:text-right" : ""}`}
    >
      <span className="inline-flex items-center gap-1.5 text-xs font-semibold tracking-wide text-muted uppercase">
        {isNewer ? null : <ArrowLeftIcon />}
        {isNewer ? "Newer talk" : "Older talk"}
        {isNewer ? <ArrowRightIcon /> : null}
      </span>
      <span className="font-semibold text-ink group-hover:text-accent">{talk.title}</span>
    </SmartLink>
  );
}

/** "Given at" while every event is past; an upcoming one must not read as already given. */
function eventsHeading(talk: Talk): string {
  const upcoming = talk.events.filter((event) => isUpcomingEvent(event)).length;
  const count = talk.events.length;
  if (upcoming === 0) return count === 1 ? "Given at" : `Given at ${count} events`;
  if (upcoming === count) return count === 1 ? "Coming up at" : `Coming up at ${count} events`;
  return `${count} events, ${upcoming} upcoming`;
}
