import { describe, expect, it } from "vitest";

import { aboutSearchRecord, HAS_RECORDING, HAS_SLIDES, talkSearchRecords } from "./search-records";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";
import type { DeckView } from "../content/decks";
import serving from "../serving/http-headers.cjs";
import { routes } from "../site/routes";

const talk = {
  ...syntheticTalk({
    slug: "flames",
    title: "Flames",
    tags: ["Profiling", "eBPF"],
    events: [
      {
        name: "Conf 2024",
        date: { year: 2024 },
        location: "Brussels, Belgium",
        recording: "https://www.youtube.com/watch?v=abcdefghijk",
      },
      { name: "Meetup 2023", date: { year: 2023 } },
    ],
  }),
  body: "An abstract with [a link](https://example.com) and **bold** words.",
};
const withTranscript = {
  ...talk,
  events: [
    {
      ...talk.events[0]!,
      transcript: {
        file: "t.vtt",
        paragraphs: [
          { startSeconds: 0, text: "Hello." },
          { startSeconds: 65.4, text: "Wide means expensive." },
        ],
        cueCount: 2,
        durationSeconds: 70,
      },
    },
    talk.events[1]!,
  ],
};
const deck = {
  source: { talk, pdfPath: "/slides/flames.pdf", field: "slides" },
  deck: {
    hash: "a".repeat(64),
    pageCount: 2,
    aspect: { width: 960, height: 540 },
    slides: [
      { number: 1, text: "Flames", images: [{ width: 640, height: 360, webp: "001-640.webp", jpeg: "001-640.jpg" }] },
      { number: 2, text: "", images: [{ width: 640, height: 360, webp: "002-640.webp", jpeg: "002-640.jpg" }] },
    ],
  },
} as DeckView;

describe("search records", () => {
  const records = talkSearchRecords(withTranscript, [deck]);

  it("give a talk its page, each slide with text, and each transcript passage, all under the talk", () => {
    expect(records.map((record) => [record.meta.kind, record.url, record.meta.title])).toEqual([
      ["talk", "/talks/flames", "Flames"],
      ["slide", "/talks/flames/slides#slide-1", "Slide 1"],
      ["moment", "/talks/flames#transcript-1-at-0", "0:00"],
      ["moment", "/talks/flames#transcript-1-at-65", "1:05"],
    ]);
    for (const record of records) expect(record.meta).toMatchObject({ talk: "Flames", talkUrl: routes.talk("flames") });
  });

  it("hold the abstract as words, the events and places, and a moment's place in the recording", () => {
    expect(records[0]!.content).toContain("An abstract with a link and bold words.");
    expect(records[0]!.content).toContain("Conf 2024, Brussels, Belgium");
    expect(records[1]!.meta.image).toBe(`/deck-images/${"a".repeat(64)}/001-640.webp`);
    expect(records[3]).toMatchObject({
      content: "Wide means expensive.",
      meta: { watch: "https://www.youtube.com/watch?v=abcdefghijk&t=65s" },
    });
  });

  it("carry the talk's facets as filters", () => {
    expect(records[0]!.filters).toEqual({
      topic: ["Profiling", "eBPF"],
      year: ["2024", "2023"],
      language: ["English"],
      format: ["Talk"],
      has: [HAS_RECORDING],
    });
    expect(talkSearchRecords({ ...talk, slides: "/slides/flames.pdf" }, [])[0]!.filters.has).toEqual([
      HAS_RECORDING,
      HAS_SLIDES,
    ]);
  });

  it("give the about page one record of the bios", () => {
    const about = aboutSearchRecord({
      name: "Ada",
      tagline: "Speaks.",
      shortBio: "Short bio.",
      longBio: "Long *bio*.",
      description: "",
      language: "en",
      github: "",
      playlist: "",
      links: [],
      sourcePath: "",
    });
    expect(about).toMatchObject({ url: "/about", meta: { kind: "page", talkUrl: "/about" } });
    expect(about.content).toContain("Long bio.");
  });

  it("lead to the page the CSP lets WebAssembly run on: one path for the search, in routes and in the headers", () => {
    expect(routes.search).toBe(serving.SEARCH_PATH);
  });
});
