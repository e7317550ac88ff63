import { DraftMark } from "@/components/talks/talk-card";
import { buttonStyles } from "@/components/ui/button";
import { PartialDateTime } from "@/components/ui/partial-date-time";
import { SmartLink } from "@/components/ui/smart-link";
import { UnbrokenWords } from "@/components/ui/unbroken-words";
import { parseDeck, parseYouTubeUrl } from "@/lib/content/embeds";
import type { Talk, TalkSpeaker } from "@/lib/content/load-talks";
import { dateSaysMore, inLanguageLabel, siteNameOf } from "@/lib/site/event-facets";
import { langAttribute } from "@/lib/site/languages";
import { routes } from "@/lib/site/routes";
import { topicSlug } from "@/lib/site/topics";

import { RecordingLink, SlidesLink } from "./talk-links";

/**
 * The top of a talk page: when and where it was last given, the title and summary, who
 * gave it with him, its topics, and the recording and slides when there is one of each.
 */
export function TalkHeader({ talk }: { talk: Talk }) {
  const [latestEvent] = talk.events;
  // One way to each thing: a recording that plays in the page below (YouTube) and a deck shown
  // below need no button here; one that only lives elsewhere gets a link that says where.
  const recordings = talk.events.flatMap((event) => (event.recording ? [event.recording] : []));
  const elsewhereRecording =
    recordings.length === 1 && !recordings.some((href) => parseYouTubeUrl(href)) ? recordings[0] : undefined;
  const elsewhereSlides = talk.slides && !parseDeck(talk.slides) ? talk.slides : undefined;
  // The title, summary and abstract are in the talk's language; marked where it is not the page's.
  const lang = langAttribute(talk.language);

  return (
    <header className="mt-6 border-b border-line pb-8">
      {latestEvent ? (
        <p className="text-sm font-medium text-muted">
          {dateSaysMore(latestEvent) ? (
            <>
              <PartialDateTime date={talk.date} /> ·{" "}
            </>
          ) : null}
          {latestEvent.name}
          {talk.events.length > 1 ? ` and ${talk.events.length - 1} more` : ""}
          {lang ? ` · ${inLanguageLabel(talk.language)}` : null}
        </p>
      ) : null}
      <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
        <span lang={lang}>{talk.title}</span>
        {talk.draft ? <DraftMark /> : null}
      </h1>
      <p className="mt-4 text-lg text-muted" lang={lang}>
        <UnbrokenWords text={talk.summary} />
      </p>

      {talk.speakers.length > 0 ? <CoSpeakers speakers={talk.speakers} /> : null}
      {talk.tags.length > 0 ? <TalkTopics tags={talk.tags} /> : null}

      {elsewhereSlides || elsewhereRecording ? (
        <p className="mt-6 flex flex-wrap gap-3">
          {elsewhereRecording ? (
            <RecordingLink href={elsewhereRecording} className={buttonStyles.primary}>
              Watch on {siteNameOf(elsewhereRecording)}
            </RecordingLink>
          ) : null}
          {elsewhereSlides ? (
            <SlidesLink
              href={elsewhereSlides}
              className={elsewhereRecording ? buttonStyles.secondary : buttonStyles.primary}
            >
              Slides on {siteNameOf(elsewhereSlides)}
            </SlidesLink>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}

/** "With A, B and C", each linked where the talk file gives a URL. */
function CoSpeakers({ speakers }: { speakers: readonly TalkSpeaker[] }) {
  return (
    <p className="mt-4 text-sm text-muted">
      With{" "}
      {speakers.map((speaker, index) => (
        <span key={speaker.name}>
          {index > 0 ? (index === speakers.length - 1 ? " and " : ", ") : null}
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
  );
}

/** The talk's tags, each leading to its topic page. */
function TalkTopics({ tags }: { tags: readonly string[] }) {
  return (
    <>
      <h2 className="sr-only">Topics</h2>
      <ul className="mt-4 flex flex-wrap gap-2">
        {tags.map((tag) => (
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
  );
}
