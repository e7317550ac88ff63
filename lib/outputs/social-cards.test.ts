import { describe, expect, it } from "vitest";

import { siteCard, talkCard } from "./social-cards";
import { syntheticTalk, type SyntheticEvent } from "../../testing/fixtures/synthetic-talks";
import type { Talk } from "../content/load-talks";
import { site } from "../site/site";

function makeTalk(overrides: Partial<Omit<Talk, "events" | "date">> & { events?: SyntheticEvent[] }): Talk {
  return syntheticTalk({
    slug: "a-talk",
    title: "A Talk",
    summary: "s",
    ...overrides,
    events: overrides.events ?? [{ name: "FOSDEM 2020", date: { year: 2020, month: 2 } }],
  });
}

describe("talkCard", () => {
  it("shows the latest event at its date's precision, and the speaker alone", () => {
    expect(talkCard(makeTalk({}))).toMatchObject({
      title: "A Talk",
      detail: "FOSDEM 2020 · Feb 2020",
      footer: site.name,
    });
  });

  it("does not repeat a year the event's name already gives", () => {
    const talk = makeTalk({ events: [{ name: "GopherCon Turkey 2020", date: { year: 2020 } }] });
    expect(talkCard(talk).detail).toBe("GopherCon Turkey 2020");
  });

  it("counts the other events and names every co-speaker", () => {
    const card = talkCard(
      makeTalk({
        events: [
          { name: "KubeCon EU 2022", date: { year: 2022, month: 5, day: 18 } },
          { name: "FOSDEM 2020", date: { year: 2020 } },
          { name: "GoDays 2020", date: { year: 2020 } },
        ],
        speakers: [{ name: "Bartłomiej Płotka" }, { name: "Frederic Branczyk" }],
      }),
    );
    expect(card.detail).toBe("KubeCon EU 2022 · 18 May 2022 and 2 more events");
    expect(card.footer).toBe(`${site.name} with Bartłomiej Płotka and Frederic Branczyk`);
    expect(talkCard(makeTalk({ events: [...makeTalk({}).events, ...makeTalk({}).events] })).detail).toMatch(
      /and 1 more event$/,
    );
  });
});

describe("siteCard", () => {
  it("counts the talks since the year of the first event", () => {
    const talks = [
      makeTalk({ events: [{ name: "B", date: { year: 2022 } }] }),
      makeTalk({
        events: [
          { name: "A", date: { year: 2021 } },
          { name: "C", date: { year: 2019, month: 3 } },
        ],
      }),
    ];
    expect(siteCard(talks)).toMatchObject({ title: site.name, detail: site.tagline, footer: "2 talks since 2019" });
  });
});
