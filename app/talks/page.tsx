import type { Metadata } from "next";

import { TalkCard } from "@/components/talk-card";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { getTalks, groupTalksByYear } from "@/lib/talks";

export const metadata: Metadata = pageMetadata({
  title: "Talks",
  description: `Every talk ${site.name} has given, newest first, with slides, recordings and the events where each was given.`,
  path: "/talks",
  type: "website",
});

export default function TalksPage() {
  const talks = getTalks();

  return (
    <>
      <header className="pb-10">
        <h1 className="text-4xl font-bold tracking-tight">Talks</h1>
        <p className="mt-4 max-w-2xl text-lg text-pretty text-muted">
          Conference talks on observability, continuous profiling, eBPF, Prometheus, Thanos and Go, newest first.
          Each has its slides and, where one exists, a recording. You can also watch them all in the{" "}
          <a href={site.playlist.href} rel="noopener noreferrer" className="font-medium text-accent underline underline-offset-3">
            {site.playlist.label}
          </a>
          .
        </p>
      </header>

      {groupTalksByYear(talks).map(({ year, talks: talksInYear }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mb-12">
          <h2 id={`year-${year}`} className="sticky top-0 z-[1] -mx-5 bg-page/90 px-5 py-2 text-2xl font-bold tracking-tight backdrop-blur">
            {year}
          </h2>
          <ol className="mt-4 space-y-5">
            {talksInYear.map((talk) => (
              <li key={talk.slug}>
                <TalkCard talk={talk} headingLevel="h3" />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
