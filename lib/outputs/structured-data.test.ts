import { describe, expect, it } from "vitest";

import { homeStructuredData, serializeJsonLd, slideClips, talkStructuredData } from "./structured-data";
import { syntheticTalk, turkishTalk, type SyntheticEvent } from "../../testing/fixtures/synthetic-talks";
import type { Talk } from "../content/load-talks";
import { site } from "../site/site";

function makeTalk(overrides: Partial<Omit<Talk, "events" | "date">> & { events?: SyntheticEvent[] } = {}): Talk {
  const events: SyntheticEvent[] = overrides.events ?? [
    {
      name: "FOSDEM 2020",
      date: { year: 2020, month: 2 },
      location: "Brussels, Belgium",
      url: "https://fosdem.org/2020/schedule/event/testing_observability/",
      recording: "https://www.youtube.com/watch?v=-jF4nWfrY3w",
    },
    {
      name: "GoDays Berlin 2020",
      date: { year: 2020, month: 1, day: 22 },
      location: "Online",
      url: "https://www.godays.io/",
    },
  ];
  return syntheticTalk({
    slug: "a-talk",
    title: "A Talk",
    summary: "What the talk is about.",
    tags: ["Go", "Testing"],
    speakers: [{ name: "Ada Lovelace", url: "https://example.com/ada" }, { name: "Grace Hopper" }],
    ...overrides,
    events,
  });
}

const IMAGE_PATH = "/talks/a-talk/social-card.png";

type Node = Record<string, unknown> & { "@type": string };

function nodesOf(talk: Talk): Node[] {
  return talkStructuredData(talk, { imagePath: IMAGE_PATH })["@graph"] as unknown as Node[];
}

const ofType = (nodes: Node[], type: string) => nodes.filter((node) => node["@type"] === type);

describe("talkStructuredData", () => {
  it("describes the talk as a CreativeWork by the speaker and the co-speakers", () => {
    const [work] = ofType(nodesOf(makeTalk()), "CreativeWork");
    expect(work).toMatchObject({
      name: "A Talk",
      abstract: "What the talk is about.",
      url: `${site.url}/talks/a-talk`,
      image: `${site.url}${IMAGE_PATH}`,
      keywords: ["Go", "Testing"],
      author: [
        { "@type": "Person", name: site.name, sameAs: [site.github.href] },
        { "@type": "Person", name: "Ada Lovelace", url: "https://example.com/ada" },
        { "@type": "Person", name: "Grace Hopper" },
      ],
    });
    // Nobody gave Grace Hopper's page: none is made up.
    expect((work!.author as Node[])[2]).not.toHaveProperty("url");
  });

  it("gives one Event per event, dated at the precision known, that performed the talk", () => {
    const nodes = nodesOf(makeTalk());
    const [work] = ofType(nodes, "CreativeWork");
    const events = ofType(nodes, "Event");
    expect(events.map((event) => [event.name, event.startDate])).toEqual([
      ["FOSDEM 2020", "2020-02"],
      ["GoDays Berlin 2020", "2020-01-22"],
    ]);
    for (const event of events) {
      expect(event.workPerformed).toEqual({ "@id": work!["@id"] });
      expect(event.eventStatus).toBe("https://schema.org/EventScheduled");
      expect(event.performer).toEqual(work!.author);
      expect(event).not.toHaveProperty("organizer");
    }
  });

  it("puts a physical event at a Place and an online one at a VirtualLocation", () => {
    const [physical, online] = ofType(nodesOf(makeTalk()), "Event");
    expect(physical!.location).toEqual({ "@type": "Place", name: "Brussels, Belgium", address: "Brussels, Belgium" });
    // A place does not say whether the event was streamed as well.
    expect(physical).not.toHaveProperty("eventAttendanceMode");
    expect(online!.location).toEqual({ "@type": "VirtualLocation", url: "https://www.godays.io/" });
    expect(online!.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
  });

  it("leaves out a location nobody wrote down", () => {
    const talk = makeTalk({ events: [{ name: "GopherCon Turkey 2020", date: { year: 2020 } }] });
    const [event] = ofType(nodesOf(talk), "Event");
    expect(event).not.toHaveProperty("location");
    expect(event).not.toHaveProperty("url");
    expect(event!.startDate).toBe("2020");
  });

  it("gives the talk, each event and each recording its own language", () => {
    const nodes = nodesOf(turkishTalk());
    expect(ofType(nodes, "CreativeWork")[0]!.inLanguage).toBe("tr");
    expect(ofType(nodes, "Event").map((event) => event.inLanguage)).toEqual(["tr", "en"]);
    expect(ofType(nodes, "VideoObject").map((video) => video.inLanguage)).toEqual(["en"]);
  });

  it("gives one VideoObject per recording, recorded at its event", () => {
    const nodes = nodesOf(makeTalk());
    const videos = ofType(nodes, "VideoObject");
    expect(videos).toHaveLength(1);
    expect(videos[0]).toMatchObject({
      url: "https://www.youtube.com/watch?v=-jF4nWfrY3w",
      embedUrl: "https://www.youtube-nocookie.com/embed/-jF4nWfrY3w",
      thumbnailUrl: `${site.url}${IMAGE_PATH}`,
      uploadDate: "2020-02",
      description: "What the talk is about.",
      recordedAt: { "@id": ofType(nodes, "Event")[0]!["@id"] },
    });
  });

  it("has no embed URL for a recording that is not on YouTube", () => {
    const talk = makeTalk({
      events: [{ name: "PromCon 2020", date: { year: 2020 }, recording: "https://vimeo.com/123456" }],
    });
    const [video] = ofType(nodesOf(talk), "VideoObject");
    expect(video!.url).toBe("https://vimeo.com/123456");
    expect(video).not.toHaveProperty("embedUrl");
  });
});

describe("homeStructuredData", () => {
  it("names the speaker, with their GitHub, and the website", () => {
    const graph = homeStructuredData()["@graph"] as unknown as Node[];
    expect(ofType(graph, "Person")).toEqual([expect.objectContaining({ name: site.name, sameAs: [site.github.href] })]);
    expect(ofType(graph, "WebSite")).toEqual([expect.objectContaining({ name: site.name, url: `${site.url}/` })]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element, whatever a title says", () => {
    const talk = makeTalk({ title: 'Escaping </script><script>alert("x")</script> & <!-- comments' });
    const json = serializeJsonLd(talkStructuredData(talk, { imagePath: IMAGE_PATH }));
    expect(json).not.toMatch(/<\/?script/i);
    expect(json).not.toContain("<!--");
    expect(json).not.toContain("<");
    // The escapes are plain JSON: a parser reads back the title as written.
    const parsed = JSON.parse(json) as { "@graph": Node[] };
    expect(parsed["@graph"][0]!.name).toBe(talk.title);
  });

  it("escapes the line and paragraph separators that old JavaScript parsers reject", () => {
    const json = serializeJsonLd({ name: "a\u2028b\u2029c" });
    expect(json).toBe('{"name":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json)).toEqual({ name: "a\u2028b\u2029c" });
  });
});

describe("slideClips", () => {
  it("gives a recording's chapters as Clips: the slide, where it starts and ends, the recording at that second", () => {
    const chapters = [
      { slide: 1, title: "Opening", startSeconds: 0, endSeconds: 10.5 },
      { slide: 4, startSeconds: 65.2, endSeconds: 150 },
    ];
    expect(slideClips(chapters, "https://www.youtube.com/watch?v=abcdefghijk")).toEqual([
      {
        "@type": "Clip",
        name: "Slide 1: Opening",
        startOffset: 0,
        endOffset: 11,
        url: "https://www.youtube.com/watch?v=abcdefghijk&t=0s",
      },
      {
        "@type": "Clip",
        name: "Slide 4",
        startOffset: 65,
        endOffset: 150,
        url: "https://www.youtube.com/watch?v=abcdefghijk&t=65s",
      },
    ]);
  });
});
