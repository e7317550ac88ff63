import { PartialDateTime } from "@/components/ui/partial-date-time";
import { SmartLink } from "@/components/ui/smart-link";
import type { Talk } from "@/lib/content/load-talks";
import { eventFacets, inLanguageLabel } from "@/lib/site/event-facets";
import { langAttribute } from "@/lib/site/languages";
import { routes } from "@/lib/site/routes";

type Props = {
  talk: Talk;
  /** The heading level of the title, so that cards fit the outline of the page they are on. */
  headingLevel: "h2" | "h3";
};

/**
 * One talk in a list: title, summary, where and when it was given, and whether slides
 * and a recording exist. The whole card is a click target; the title link is the only
 * link in it, so keyboard and screen-reader users meet it once. Styled by the
 * `.talk-card` rules in app/globals.css: it repeats once per talk, so it stays small.
 *
 * A talk in another language than the site's says so, and its title and summary carry
 * `lang`; an event says its format unless it is a talk, and its language if not the talk's.
 */
export function TalkCard({ talk, headingLevel: Heading }: Props) {
  const recordings = talk.events.filter((event) => event.recording).length;
  const hasSlides = Boolean(talk.slides || talk.events.some((event) => event.slides));
  const lang = langAttribute(talk.language);

  return (
    <article className="talk-card">
      <Heading>
        <SmartLink href={routes.talk(talk.slug)} lang={lang}>
          {talk.title}
        </SmartLink>
        {talk.draft ? <DraftMark /> : null}
      </Heading>
      <p lang={lang}>{talk.summary}</p>
      <ul className="talk-events">
        {talk.events.map((event) => (
          <li key={`${event.name}-${event.date.year}`}>
            <b>{event.name}</b>
            <PartialDateTime date={event.date} />
            {event.location ? <span>{event.location}</span> : null}
            {eventFacets(event, talk).map((facet) => (
              <span key={facet}>{facet}</span>
            ))}
          </li>
        ))}
      </ul>
      {hasSlides || recordings > 0 || lang ? (
        <ul className="talk-extras">
          {lang ? <li className="language">{inLanguageLabel(talk.language)}</li> : null}
          {hasSlides ? (
            <li className="slides">
              Slides<span className="sr-only"> available</span>
            </li>
          ) : null}
          {recordings > 0 ? (
            <li className="recording">
              {recordings === 1 ? "Recording" : `${recordings} recordings`}
              <span className="sr-only"> available</span>
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}

export function DraftMark() {
  return (
    <span className="ml-2 inline-block translate-y-[-0.1em] rounded-md border border-dashed border-draft px-1.5 py-0.5 align-middle text-xs font-semibold tracking-wide text-draft uppercase">
      Draft
    </span>
  );
}
