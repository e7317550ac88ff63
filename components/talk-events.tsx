import { isUpcomingEvent, type Talk } from "@/lib/talks";

import { CalendarIcon, PinIcon } from "./icons";
import { PartialDateTime } from "./partial-date-time";
import { EventLink, RecordingLink, SlidesLink } from "./talk-links";

type Props = {
  talk: Talk;
};

const buttonLink =
  "inline-flex items-center gap-1.5 rounded-lg border border-line px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent";

/** Where a talk was given: each event with its page, date, place, and its own recording and deck. */
export function TalkEvents({ talk }: Props) {
  return (
    <ol className="space-y-4">
      {talk.events.map((event) => (
        <li key={`${event.name}-${event.date.year}`} className="rounded-2xl border border-line bg-surface p-5">
          <h3 className="text-base font-semibold text-ink">
            {event.url ? <EventLink href={event.url}>{event.name}</EventLink> : event.name}
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <span className="inline-flex items-center gap-1.5">
              <CalendarIcon />
              <PartialDateTime date={event.date} />
            </span>
            {event.location ? (
              <span className="inline-flex items-center gap-1.5">
                <PinIcon />
                {event.location}
              </span>
            ) : null}
          </p>
          {event.recording || event.slides || isUpcomingEvent(event) ? (
            <p className="mt-3 flex flex-wrap items-center gap-2">
              {event.recording ? (
                <RecordingLink href={event.recording} className={buttonLink}>
                  Watch the recording<span className="sr-only"> from {event.name}</span>
                </RecordingLink>
              ) : isUpcomingEvent(event) ? (
                <UpcomingMark />
              ) : null}
              {event.slides ? (
                <SlidesLink href={event.slides} className={buttonLink}>
                  Slides used at this event
                </SlidesLink>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
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
