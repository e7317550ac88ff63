import { buttonStyles } from "@/components/ui/button";
import { CalendarAddIcon, CalendarIcon, PinIcon } from "@/components/ui/icons";
import { PartialDateTime } from "@/components/ui/partial-date-time";
import { SmartLink } from "@/components/ui/smart-link";
import type { DeckView } from "@/lib/content/decks";
import type { Talk, TalkEvent } from "@/lib/content/load-talks";
import { eventCalendarFiles, type EventCalendarFile } from "@/lib/outputs/calendar";
import { dateSaysMore, eventFacets, siteNameOf } from "@/lib/site/event-facets";
import { routes } from "@/lib/site/routes";
import { buildDay, isUpcomingEvent } from "@/lib/site/talks";

import { EventLink, RecordingLink, SlidesLink } from "./talk-links";

type Props = {
  talk: Talk;
  /** The talk's PDF decks, rendered: an event's own gets a link to its slides page. */
  decks?: readonly DeckView[];
};

/**
 * Where a talk was given: each event with its page, date, place, and its own recording and
 * deck; an upcoming event dated to the day, its own calendar file to add it with.
 */
export function TalkEvents({ talk, decks = [] }: Props) {
  const calendarFiles = new Map<TalkEvent, EventCalendarFile>(
    eventCalendarFiles([talk], buildDay).map((file) => [file.event, file]),
  );
  return (
    <ol className="space-y-4">
      {talk.events.map((event) => (
        <li key={`${event.name}-${event.date.year}`} className="rounded-2xl border border-line bg-surface p-5">
          <h3 className="text-base font-semibold text-ink">
            {event.url ? <EventLink href={event.url}>{event.name}</EventLink> : event.name}
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            {dateSaysMore(event) ? (
              <span className="inline-flex items-center gap-1.5">
                <CalendarIcon />
                <PartialDateTime date={event.date} />
              </span>
            ) : null}
            {event.location ? (
              <span className="inline-flex items-center gap-1.5">
                <PinIcon />
                {event.location}
              </span>
            ) : null}
            {eventFacets(event, talk).map((facet) => (
              <span key={facet} className="font-medium text-ink">
                {facet}
              </span>
            ))}
          </p>
          {event.recording || event.slides || isUpcomingEvent(event) ? (
            <p className="mt-3 flex flex-wrap items-center gap-2">
              {event.recording ? (
                <RecordingLink href={event.recording} className={buttonStyles.small}>
                  Recording on {siteNameOf(event.recording) ?? "this site"}
                  <span className="sr-only"> from {event.name}</span>
                </RecordingLink>
              ) : isUpcomingEvent(event) ? (
                <UpcomingMark />
              ) : null}
              {event.slides ? (
                <SlidesLink href={event.slides} className={buttonStyles.small}>
                  {siteNameOf(event.slides) ? `Slides on ${siteNameOf(event.slides)}` : "Slides (PDF)"}
                  <span className="sr-only"> used at {event.name}</span>
                </SlidesLink>
              ) : null}
              <EventSlidesLink view={decks.find((view) => view.source.event === event)} />
              <AddToCalendarLink file={calendarFiles.get(event)} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * A file, not a page: `download` saves it under the talk's and the event's names (and keeps
 * the speculation rules from prerendering it); the visitor's calendar app opens it from
 * there. The visible label starts the accessible name, which says which event (WCAG 2.5.3);
 * an aria-label, because Chromium puts a space before a visually hidden span's text.
 */
function AddToCalendarLink({ file }: { file: EventCalendarFile | undefined }) {
  if (!file) return null;
  return (
    <SmartLink
      href={file.path}
      download={`${file.talk.slug}-${file.fileName}`}
      aria-label={`Add to calendar: ${file.event.name}`}
      className={buttonStyles.small}
    >
      <CalendarAddIcon />
      Add to calendar
    </SmartLink>
  );
}

/** An event's own PDF deck, slide by slide. */
function EventSlidesLink({ view }: { view: DeckView | undefined }) {
  if (!view) return null;
  return (
    <SmartLink
      href={routes.slides(view.source.talk.slug, view.source.eventSlug)}
      aria-label={`All ${view.deck.slides.length} slides used at ${view.source.event?.name ?? "this event"}`}
      className={buttonStyles.small}
    >
      All {view.deck.slides.length} slides
    </SmartLink>
  );
}

/** Stands where the recording will be once the event has happened. */
export function UpcomingMark() {
  return (
    <span className="inline-flex items-center rounded-md border border-dashed border-accent px-2 py-1 text-xs font-semibold tracking-wide text-accent uppercase">
      Upcoming
    </span>
  );
}
