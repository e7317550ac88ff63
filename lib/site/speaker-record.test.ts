import path from "node:path";

import { describe, expect, it } from "vitest";

import { recordSentence, speakerRecord } from "./speaker-record";
import { syntheticTalk, turkishTalk } from "../../testing/fixtures/synthetic-talks";
import { loadTalks } from "../content/load-talks";

const today = { year: 2030, month: 6, day: 1 };
const berlin = {
  kind: "located" as const,
  latitude: 52.52,
  longitude: 13.41,
  city: "Berlin",
  country: "Germany",
  countryCode: "DE",
};
const valencia = {
  kind: "located" as const,
  latitude: 39.47,
  longitude: -0.38,
  city: "Valencia",
  country: "Spain",
  countryCode: "ES",
};

const talks = [
  syntheticTalk({
    slug: "next",
    events: [
      {
        name: "Future Conf 2031",
        date: { year: 2031, month: 3, day: 1 },
        location: "Valencia, Spain",
        place: valencia,
      },
      {
        name: "Berlin Meetup 2031",
        date: { year: 2031 },
        location: "Berlin, Germany",
        place: berlin,
        format: "workshop",
      },
    ],
  }),
  syntheticTalk({
    slug: "recorded",
    events: [
      {
        name: "GoDays 2020",
        date: { year: 2020, month: 1 },
        location: "Berlin, Germany",
        place: berlin,
        recording: "https://youtu.be/x",
      },
      {
        name: "PromCon Online 2020",
        date: { year: 2020, month: 7 },
        location: "Online",
        place: { kind: "online" },
        recording: "https://youtu.be/y",
      },
    ],
  }),
  syntheticTalk({ slug: "nowhere", language: "tr", events: [{ name: "GopherCon Turkey 2021", date: { year: 2021 } }] }),
];

describe("the speaker's record", () => {
  const record = speakerRecord(talks, today);

  it("counts given events apart from upcoming ones, and recordings of given ones", () => {
    expect(record).toMatchObject({ talks: 3, given: 3, upcoming: 2, recorded: 2, firstYear: 2020, latestYear: 2021 });
  });

  it("counts only cities and countries already spoken in", () => {
    // Valencia is upcoming only: on the map, not yet in the count.
    expect(record.cities).toBe(1);
    expect(record.countries).toBe(1);
  });

  it("puts each city on the map once, with its given and upcoming events, the most first", () => {
    expect(record.places.map(({ key, name, given, upcoming }) => ({ key, name, given, upcoming }))).toEqual([
      { key: "DE:Berlin", name: "Berlin, Germany", given: 1, upcoming: 1 },
      { key: "ES:Valencia", name: "Valencia, Spain", given: 0, upcoming: 1 },
    ]);
    expect(record.places[0]!.events.map((item) => item.event.name)).toEqual(["GoDays 2020", "Berlin Meetup 2031"]);
  });

  it("lists online events and events with no place apart, dropping none", () => {
    expect(record.online.map((item) => item.event.name)).toEqual(["PromCon Online 2020"]);
    expect(record.unplaced.map((item) => item.event.name)).toEqual(["GopherCon Turkey 2021"]);
    const listed =
      record.places.reduce((sum, place) => sum + place.events.length, 0) +
      record.online.length +
      record.unplaced.length;
    expect(listed).toBe(record.given + record.upcoming);
  });

  it("tallies languages and formats over every event, the most used first", () => {
    expect(record.languages.map(({ label, given, upcoming }) => ({ label, given, upcoming }))).toEqual([
      { label: "English", given: 2, upcoming: 2 },
      { label: "Turkish", given: 1, upcoming: 0 },
    ]);
    expect(record.formats.map(({ value, given, upcoming }) => ({ value, given, upcoming }))).toEqual([
      { value: "talk", given: 3, upcoming: 1 },
      { value: "workshop", given: 0, upcoming: 1 },
    ]);
  });

  it("says it in one sentence", () => {
    expect(recordSentence(record)).toBe("3 talks at 3 events in 1 country since 2020, and 2 events to come.");
    expect(recordSentence(speakerRecord([turkishTalk()], { year: 2040, month: 1, day: 1 }))).toBe(
      "1 talk at 2 events since 2031.",
    );
    expect(recordSentence(speakerRecord([turkishTalk()], today))).toBe("1 talk, 2 events to come.");
    expect(recordSentence(speakerRecord([], today))).toBe("No talks yet.");
  });

  it("is, for the site's own talks, 9 talks at 10 events in 4 countries since 2020", () => {
    const seed = loadTalks(path.join(process.cwd(), "content", "talks"), { includeDrafts: false });
    const seedRecord = speakerRecord(seed, today);
    expect(recordSentence(seedRecord)).toBe("9 talks at 10 events in 4 countries since 2020.");
    expect(seedRecord.places.map((place) => `${place.name}: ${place.given}`)).toEqual([
      "Berlin, Germany: 2",
      "Valencia, Spain: 2",
      "Brussels, Belgium: 1",
      "Los Angeles, USA: 1",
    ]);
    expect(seedRecord.online).toHaveLength(2);
    expect(seedRecord.unplaced.map((item) => item.event.name)).toEqual([
      "GopherCon Turkey 2020",
      "GopherCon Turkey 2021",
    ]);
  });
});
