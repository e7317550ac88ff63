import fs from "node:fs";
import path from "node:path";

import { multiPagePdf } from "../../lib/test-support/pdf-fixtures";

/**
 * A talk with a PDF deck, an event with a deck of its own, and a recording with a WebVTT
 * transcript, written into a copy of the project (never the real content): what the slides
 * pages and transcripts are tested and measured on, since the seed's decks are hosted elsewhere.
 */
export const SLIDES_FIXTURE = {
  slug: "slides-fixture-profiling-in-practice",
  title: "Profiling in Practice (fixture)",
  deckPath: "/slides/slides-fixture.pdf",
  /** One text per slide, in order: what the slides page must show. */
  slideTexts: [
    "Profiling in Practice",
    "Why profile continuously?",
    "Sampling: 100 stacks a second",
    "Flame graphs, read left to right",
    "eBPF: no code changes",
    "Questions?",
  ],
  eventDeckPath: "/slides/slides-fixture-meetup.pdf",
  eventDeckTexts: ["Meetup edition", "What changed since", "Thank you"],
  recordedEvent: "Fixture Conf 2024",
  meetup: "Fixture Meetup 2023",
  meetupSlug: "fixture-meetup-2023",
  recording: "https://www.youtube.com/watch?v=abcdefghijk",
  transcriptFile: "slides-fixture.vtt",
} as const;

/** 6 paragraphs: a pause of 2 s or more between each, so the first two show and four are folded. */
const TRANSCRIPT = `WEBVTT

00:00:01.000 --> 00:00:04.000
Welcome, everyone, to profiling in practice.

00:00:04.000 --> 00:00:07.000
Today we look at what a profile tells you.

00:00:10.000 --> 00:00:14.000
First: why profile all the time, not only when something is slow?

00:00:20.000 --> 00:00:25.000
Sampling takes a hundred stacks a second &amp; costs almost nothing.

00:01:05.000 --> 00:01:09.000
A flame graph is read from the bottom up, wide means expensive.

00:02:30.000 --> 00:02:34.000
With eBPF the profiler needs no change to your code.

00:03:10.000 --> 00:03:12.500
Thank you. Questions?
`;

export async function writeSlidesFixture(site: string): Promise<void> {
  const f = SLIDES_FIXTURE;
  fs.mkdirSync(path.join(site, "public", "slides"), { recursive: true });
  fs.writeFileSync(path.join(site, "public", ...f.deckPath.split("/")), await multiPagePdf(f.slideTexts));
  fs.writeFileSync(path.join(site, "public", ...f.eventDeckPath.split("/")), await multiPagePdf(f.eventDeckTexts));
  fs.mkdirSync(path.join(site, "content", "transcripts"), { recursive: true });
  fs.writeFileSync(path.join(site, "content", "transcripts", f.transcriptFile), TRANSCRIPT);
  fs.writeFileSync(
    path.join(site, "content", "talks", `${f.slug}.mdx`),
    [
      "---",
      `title: ${f.title}`,
      "summary: A test talk, written by the tests into a copy of the site, with a PDF deck and a transcript.",
      "tags: [Profiling]",
      `slides: ${f.deckPath}`,
      "events:",
      `  - name: ${f.recordedEvent}`,
      "    date: 2024-03-14",
      "    location: Brussels, Belgium",
      `    recording: ${f.recording}`,
      `    transcript: ${f.transcriptFile}`,
      `  - name: ${f.meetup}`,
      "    date: 2023-10",
      "    location: Online",
      `    slides: ${f.eventDeckPath}`,
      "---",
      "",
      "What a profile tells you, and how to collect one all the time.",
      "",
    ].join("\n"),
  );
}
