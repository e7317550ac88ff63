import type { Talk, TalkEvent } from "../content/load-talks";
import { comparePartialDates, type PartialDate } from "../content/partial-date";
import type { FeedSite } from "../feeds";

/** A site as the builders see it, at an origin no build uses, so tests show the URLs come from it. */
export const testSite: FeedSite = {
  name: "Test Speaker",
  description: "Talks by a test speaker.",
  url: "https://talks.example.org",
  locale: "en",
};

/** An event as a test writes it: language and format may be left out, as in a file. */
export type SyntheticEvent = Omit<TalkEvent, "language" | "format" | "fileIndex"> & Partial<Pick<TalkEvent, "language" | "format" | "fileIndex">>;

/** An event with what the loader fills in: the talk's language (default "en"), the format "talk", its place in the list. */
export function syntheticEvent(event: SyntheticEvent, talkLanguage = "en", fileIndex = 0): TalkEvent {
  return { ...event, language: event.language ?? talkLanguage, format: event.format ?? "talk", fileIndex: event.fileIndex ?? fileIndex };
}

/**
 * A valid talk for unit tests: `events` as given (newest first), `date` computed from
 * them and each event's language and format filled in, as the loader does.
 */
export function syntheticTalk(
  fields: Partial<Omit<Talk, "date" | "events">> & { slug: string; events: readonly SyntheticEvent[] },
): Talk {
  const date = fields.events.map((event) => event.date).sort((a: PartialDate, b: PartialDate) => comparePartialDates(b, a))[0]!;
  const language = fields.language ?? "en";
  return {
    title: `Talk ${fields.slug}`,
    summary: `About ${fields.slug}.`,
    language,
    fieldLines: {},
    tags: [],
    links: [],
    speakers: [],
    draft: false,
    body: "",
    sourcePath: `content/talks/${fields.slug}.mdx`,
    ...fields,
    events: fields.events.map((event, index) => syntheticEvent(event, language, index)),
    date,
  };
}

/** Text that breaks naive XML, HTML, JSON or iCalendar writers. U+0008 is invalid in XML 1.0 and iCalendar text. */
export const HOSTILE_TITLE = 'Q&A <script>alert("x")</script>: \'quotes\', "double"; back\\slash 🎤\u0008 done';
/** The same, as every output should carry it: the control character dropped, everything else intact. */
export const HOSTILE_TITLE_CLEAN = HOSTILE_TITLE.replace("\u0008", "");

/** Newest first, as getTalks returns them: a hostile talk, a month-precise one, a year-only one and a draft. */
export function syntheticTalks(): Talk[] {
  return [
    syntheticTalk({
      slug: "hostile",
      title: HOSTILE_TITLE,
      summary: "Escapes & <angle> brackets; commas, semicolons\nand a new line.",
      tags: ["Q&A", "C++ <fast>"],
      slides: "https://example.com/slides?a=1&b=2",
      links: [{ title: "Code & demo", url: "https://example.com/code" }],
      speakers: [{ name: "Ada <Lovelace>", url: "https://example.com/ada" }, { name: "Grace Hopper" }],
      events: [
        { name: "Conf; 2022, Day \\1", date: { year: 2022, month: 5, day: 16 }, location: "Valencia, Spain", recording: "https://example.com/rec?x=1&y=2" },
        { name: "Meetup", date: { year: 2021, month: 12, day: 31 }, location: "Online" },
      ],
    }),
    syntheticTalk({
      slug: "month-precise",
      title: "Month Precise",
      tags: ["Go"],
      events: [{ name: "GoCon 2021", date: { year: 2021, month: 5 }, url: "https://example.com/gocon" }],
    }),
    syntheticTalk({
      slug: "a-draft",
      title: "A Draft",
      draft: true,
      events: [{ name: "Future Conf", date: { year: 2021, month: 1, day: 20 } }],
    }),
    syntheticTalk({
      slug: "year-only",
      title: "Year Only",
      tags: ["Go", "Observability"],
      events: [{ name: "Yearly 2020", date: { year: 2020 } }],
    }),
  ];
}

/** A talk in Turkish, one event a workshop in it and one a keynote given in English. */
export function turkishTalk(): Talk {
  return syntheticTalk({
    slug: "profil",
    title: "Go ile Profil Çıkarma",
    summary: "Bir Go programının zamanını nereye harcadığını görmek.",
    language: "tr",
    events: [
      { name: "Atölye 2031", date: { year: 2031, month: 5, day: 4 }, format: "workshop" },
      { name: "Keynote Conf 2031", date: { year: 2031, month: 4, day: 2 }, format: "keynote", language: "en", recording: "https://youtu.be/abcdefghijk" },
    ],
  });
}
