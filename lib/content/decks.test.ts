import { describe, expect, it } from "vitest";

import { deckSources } from "./decks";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";

const talk = syntheticTalk({
  slug: "decks",
  slides: "/slides/decks.pdf",
  events: [
    { name: "FOSDEM 2027", date: { year: 2027, month: 2 }, slides: "/slides/fosdem.pdf", fileIndex: 2 },
    { name: "FOSDEM 2027", date: { year: 2027, month: 1, day: 5 }, slides: "/slides/fosdem-rehearsal.pdf", fileIndex: 1 },
    { name: "Meetup", date: { year: 2026 }, slides: "/slides/decks.pdf", fileIndex: 0 },
    { name: "Hosted", date: { year: 2025 }, slides: "https://speakerdeck.com/x/y", fileIndex: 3 },
  ],
});

describe("which decks get slides pages", () => {
  const sources = deckSources([talk]);

  it("gives the talk's PDF its page, and each event's own PDF a page named after the event", () => {
    expect(sources.map(({ eventSlug, field, pdfPath }) => ({ eventSlug, field, pdfPath }))).toEqual([
      { eventSlug: undefined, field: "slides", pdfPath: "/slides/decks.pdf" },
      { eventSlug: "fosdem-2027", field: "events[2].slides", pdfPath: "/slides/fosdem.pdf" },
      // Two events whose names make the same slug are told apart by the date.
      { eventSlug: "fosdem-2027-2027-1-5", field: "events[1].slides", pdfPath: "/slides/fosdem-rehearsal.pdf" },
    ]);
  });

  it("gives an event that used the talk's own PDF, or a hosted deck, no page of its own", () => {
    expect(sources.map((source) => source.event?.name)).not.toContain("Meetup");
    expect(sources.map((source) => source.event?.name)).not.toContain("Hosted");
    expect(deckSources([syntheticTalk({ slug: "none", slides: "https://example.com/deck", events: [{ name: "X", date: { year: 2020 } }] })])).toEqual([]);
  });
});
