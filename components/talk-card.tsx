import Link from "next/link";

import type { Talk } from "@/lib/talks";

import { PlayIcon, SlidesIcon } from "./icons";
import { PartialDateTime } from "./partial-date-time";

type Props = {
  talk: Talk;
  /** The heading level of the title, so that cards fit the outline of the page they are on. */
  headingLevel: "h2" | "h3";
};

/**
 * One talk in a list: title, summary, where and when it was given, and whether slides
 * and a recording exist. The whole card is a click target; the title link is the only
 * link in it, so keyboard and screen-reader users meet it once.
 */
export function TalkCard({ talk, headingLevel: Heading }: Props) {
  const recordings = talk.events.filter((event) => event.recording).length;
  const hasSlides = Boolean(talk.slides || talk.events.some((event) => event.slides));

  return (
    <article className="group relative rounded-2xl border border-line bg-surface p-5 transition-colors focus-within:border-accent hover:border-accent sm:p-6">
      <Heading className="text-lg font-semibold leading-snug tracking-tight text-balance text-ink sm:text-xl">
        <Link
          href={`/talks/${talk.slug}`}
          className="after:absolute after:inset-0 after:rounded-2xl group-hover:text-accent"
        >
          {talk.title}
        </Link>
        {talk.draft ? <DraftMark /> : null}
      </Heading>
      <p className="mt-2 text-pretty text-muted">{talk.summary}</p>
      <ul className="mt-4 space-y-1 text-sm text-muted">
        {talk.events.map((event) => (
          <li key={`${event.name}-${event.date.year}`} className="flex flex-wrap gap-x-2">
            <span className="font-medium text-ink">{event.name}</span>
            <span aria-hidden="true">·</span>
            <PartialDateTime date={event.date} />
            {event.location ? (
              <>
                <span aria-hidden="true">·</span>
                <span>{event.location}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {hasSlides || recordings > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-2 text-xs font-medium">
          {hasSlides ? (
            <li className="inline-flex items-center gap-1.5 rounded-full bg-chip px-2.5 py-1 text-ink">
              <SlidesIcon /> Slides<span className="sr-only"> available</span>
            </li>
          ) : null}
          {recordings > 0 ? (
            <li className="inline-flex items-center gap-1.5 rounded-full bg-chip px-2.5 py-1 text-ink">
              <PlayIcon /> {recordings === 1 ? "Recording" : `${recordings} recordings`}
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
