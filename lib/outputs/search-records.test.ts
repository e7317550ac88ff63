import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";

import {
  aboutSearchDocument,
  HAS_RECORDING,
  HAS_SLIDES,
  searchDocumentHtml,
  talkSearchDocuments,
  withNarrowingFilters,
} from "./search-records";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";
import type { DeckView } from "../content/decks";
import serving from "../serving/http-headers.cjs";
import { routes } from "../site/routes";
import { sectionMetaKey } from "../site/search-results";

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

describe("search documents", () => {
  const [page, slides] = talkSearchDocuments(withTranscript, [deck]);

  it("give a talk its page with each transcript passage, and each deck its slides page with each slide that has text", () => {
    expect(talkSearchDocuments(withTranscript, [deck]).map((document) => [document.kind, document.url])).toEqual([
      ["talk", "/talks/flames"],
      ["slides", "/talks/flames/slides"],
    ]);
    expect(page!.sections.map((section) => [section.anchor, section.heading])).toEqual([
      ["transcript-1-at-0", "0:00"],
      ["transcript-1-at-65", "1:05"],
    ]);
    expect(slides!.sections.map((section) => [section.anchor, section.heading])).toEqual([["slide-1", "Slide 1"]]);
    for (const document of [page!, slides!])
      expect(document).toMatchObject({ talk: "Flames", talkUrl: routes.talk("flames") });
  });

  it("hold the abstract as words, the events and places, a slide's picture and a moment's place in the recording", () => {
    expect(page!.paragraphs).toContain("An abstract with a link and bold words.");
    expect(page!.paragraphs).toContain("Conf 2024, Brussels, Belgium");
    expect(slides!.sections[0]!.image).toBe(`/deck-images/${"a".repeat(64)}/001-640.webp`);
    expect(page!.sections[1]).toMatchObject({
      text: "Wide means expensive.",
      watch: "https://www.youtube.com/watch?v=abcdefghijk&t=65s",
    });
  });

  it("carry the talk's facets as filters", () => {
    expect(page!.filters).toEqual({
      topic: ["Profiling", "eBPF"],
      year: ["2024", "2023"],
      language: ["English"],
      format: ["Talk"],
      has: [HAS_RECORDING],
    });
    expect(talkSearchDocuments({ ...talk, slides: "/slides/flames.pdf" }, [])[0]!.filters.has).toEqual([
      HAS_RECORDING,
      HAS_SLIDES,
    ]);
  });

  it("keep only the filters that can narrow a search: not one whose every value is on every page", () => {
    const other = { ...talk, slug: "other", tags: ["Go"], events: [{ ...talk.events[1]!, date: { year: 2023 } }] };
    const documents = withNarrowingFilters([
      ...talkSearchDocuments(withTranscript, [deck]),
      ...talkSearchDocuments(other, []),
    ]);
    // Both talks are English talks: the language and format filters would change nothing.
    expect(documents.map((document) => Object.keys(document.filters))).toEqual([
      ["topic", "year", "has"],
      ["topic", "year", "has"],
      ["topic", "year", "has"],
    ]);
    expect(documents.at(-1)!.filters).toEqual({ topic: ["Go"], year: ["2023"], has: [] });
  });

  it("give the about page one document of the bios", () => {
    const about = aboutSearchDocument({
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
    expect(about).toMatchObject({ url: "/about", kind: "page", talkUrl: "/about", sections: [] });
    expect(about.paragraphs).toContain("Long bio.");
  });

  it("are written as HTML Pagefind reads: sections under headings with their ids, meta and filters kept out of the text", () => {
    const tree = fromHtml(searchDocumentHtml(page!, "en"));
    const elements: Element[] = [];
    visit(tree, "element", (node: Element) => void elements.push(node));
    const attribute = (name: string) =>
      elements.flatMap((node) =>
        node.properties[name] === undefined ? [] : [[String(node.properties[name]), toString(node)]],
      );
    expect(elements.find((node) => node.tagName === "html")?.properties.lang).toBe("en");
    expect(
      elements.filter((node) => node.tagName === "h2").map((node) => [node.properties.id, toString(node)]),
    ).toEqual([
      ["transcript-1-at-0", "0:00"],
      ["transcript-1-at-65", "1:05"],
    ]);
    expect(attribute("dataPagefindFilter")).toContainEqual(["topic", "eBPF"]);
    expect(attribute("dataPagefindMeta")).toEqual(
      expect.arrayContaining([
        ["kind", "talk"],
        ["talkUrl", "/talks/flames"],
        ["title", "Flames"],
        [`${sectionMetaKey("watch", "transcript-1-at-65")}[href]`, ""],
      ]),
    );
    const watch = elements.find((node) => node.properties.dataPagefindMeta === "watch-transcript-1-at-65[href]");
    expect(watch?.properties.href).toBe("https://www.youtube.com/watch?v=abcdefghijk&t=65s");
    // What is indexed: everything but the meta and filters' element.
    const hidden = elements.find((node) => node.properties.dataPagefindIgnore !== undefined)!;
    expect(toString(hidden)).toContain("eBPF");
    expect(hidden.children.some((node) => node.type === "element" && node.tagName === "h1")).toBe(false);
  });

  it("keep a title's markup as text", () => {
    const html = searchDocumentHtml({ ...page!, title: "<script>alert(1)</script> & more" }, "en");
    expect(html).not.toContain("<script>");
    expect(toString(fromHtml(html).children[1]!)).toContain("<script>alert(1)</script> & more");
  });

  it("lead to the page the CSP lets WebAssembly run on: one path for the search, in routes and in the headers", () => {
    expect(routes.search).toBe(serving.SEARCH_PATH);
  });
});
