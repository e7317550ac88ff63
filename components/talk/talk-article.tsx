import { BackToTalks } from "@/components/layout/back-to-talks";
import { MdxContent } from "@/components/mdx/mdx-content";
import { LinkIcon } from "@/components/ui/icons";
import { Section } from "@/components/ui/section";
import { SmartLink } from "@/components/ui/smart-link";
import type { DeckView } from "@/lib/content/decks";
import type { Talk } from "@/lib/content/load-talks";
import { langAttribute } from "@/lib/site/languages";
import { isUpcomingEvent } from "@/lib/site/talks";

import { AdjacentTalks } from "./adjacent-talks";
import { TalkEvents } from "./talk-events";
import { TalkHeader } from "./talk-header";
import { TalkRecordings } from "./talk-recordings";
import { TalkShare } from "./talk-share";
import { TalkSlides } from "./talk-slides";

type Props = {
  talk: Talk;
  newer?: Talk;
  older?: Talk;
  /** The talk's PDF decks, rendered at build (lib/content/decks.ts): its own and its events'. */
  decks?: readonly DeckView[];
};

/** A talk's page, top to bottom: header, recordings, abstract, slides, events, links, sharing, and the talks either side. */
export function TalkArticle({ talk, newer, older, decks = [] }: Props) {
  return (
    <article className="mx-auto max-w-3xl">
      <BackToTalks />
      <TalkHeader talk={talk} />
      <TalkRecordings talk={talk} decks={decks} />

      <section aria-labelledby="abstract-heading" className="py-8">
        <h2 id="abstract-heading" className="sr-only">
          Abstract
        </h2>
        <div
          className="prose max-w-none prose-zinc dark:prose-invert prose-a:text-accent"
          lang={langAttribute(talk.language)}
        >
          <MdxContent source={talk.body} talk={talk} />
        </div>
      </section>

      <TalkSlides talk={talk} decks={decks} />

      <Section id="events" title={eventsHeading(talk)}>
        <div className="mt-4">
          <TalkEvents talk={talk} decks={decks} />
        </div>
      </Section>

      {talk.links.length > 0 ? (
        <Section id="links" title="Links">
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
        </Section>
      ) : null}

      <TalkShare talk={talk} />

      <AdjacentTalks newer={newer} older={older} />
    </article>
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
