import type { Metadata } from "next";

import { JsonLd } from "@/components/layout/json-ld";
import { TalkCard } from "@/components/talks/talk-card";
import { ArrowRightIcon, GitHubIcon, PlayIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";
import { getTalks } from "@/lib/content/talks";
import { pageMetadata } from "@/lib/outputs/metadata";
import { homeStructuredData } from "@/lib/outputs/structured-data";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";
import { splitUpcomingTalks } from "@/lib/site/talks";

export const metadata: Metadata = pageMetadata({
  title: { absolute: `${site.name} · Talks` },
  description: site.description,
  path: routes.home,
  type: "website",
});

const LATEST_TALK_COUNT = 3;

export default function HomePage() {
  const talks = getTalks();
  const { upcoming, past } = splitUpcomingTalks(talks);
  const eventYears = talks.flatMap((talk) => talk.events.map((event) => event.date.year));
  const firstYear = eventYears.length > 0 ? Math.min(...eventYears) : undefined;

  return (
    <>
      <JsonLd data={homeStructuredData()} />
      <section aria-labelledby="intro-heading" className="pb-12">
        <h1 id="intro-heading" className="text-4xl font-bold tracking-tight sm:text-5xl">
          {site.name}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted sm:text-xl">{site.tagline}</p>
        {firstYear ? (
          <p className="mt-3 text-sm text-muted">
            {talks.length} talks at {eventYears.length} events since {firstYear}.
          </p>
        ) : null}
        <ul className="mt-6 flex flex-wrap gap-3 text-sm font-medium">
          <li>
            <SmartLink
              href={routes.about}
              className="inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-3.5 py-2 hover:border-accent hover:text-accent"
            >
              About, bios and places <ArrowRightIcon />
            </SmartLink>
          </li>
          <li>
            <a
              href={site.github.href}
              rel="noopener noreferrer"
              className="inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-3.5 py-2 hover:border-accent hover:text-accent"
            >
              <GitHubIcon /> {site.github.label}
            </a>
          </li>
          <li>
            <a
              href={site.playlist.href}
              rel="noopener noreferrer"
              className="inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-3.5 py-2 hover:border-accent hover:text-accent"
            >
              <PlayIcon /> Talks on YouTube
            </a>
          </li>
        </ul>
      </section>

      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading" className="pb-12">
          <h2 id="upcoming-heading" className="text-sm font-semibold tracking-widest text-muted uppercase">
            Upcoming talks
          </h2>
          <ul className="mt-5 space-y-5">
            {upcoming.map((talk) => (
              <li key={talk.slug}>
                <TalkCard talk={talk} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-sm font-semibold tracking-widest text-muted uppercase">
          Latest talks
        </h2>
        <ul className="mt-5 space-y-5">
          {past.slice(0, LATEST_TALK_COUNT).map((talk) => (
            <li key={talk.slug}>
              <TalkCard talk={talk} headingLevel="h3" />
            </li>
          ))}
        </ul>
        <p className="mt-8">
          <SmartLink
            href={routes.talks}
            className="inline-flex items-center gap-2 font-semibold text-accent hover:underline"
          >
            All {talks.length} talks <ArrowRightIcon />
          </SmartLink>
        </p>
      </section>
    </>
  );
}
