import { describe, expect, it } from "vitest";

import { SLUG_PATTERN } from "./load-talks";
import { eventSlug, slugFromTitle } from "./slug";

describe("slugs from titles", () => {
  it.each([
    ["Building a Go Profiler Using Go", "building-a-go-profiler-using-go"],
    ["eBPF? Safety First!", "ebpf-safety-first"],
    ["Parca - Profiling in the Cloud-Native Era", "parca-profiling-in-the-cloud-native-era"],
    ["Café Observability: Ünïcode Édition", "cafe-observability-unicode-edition"],
    ["Straße, Smørrebrød & Łódź", "strasse-smorrebrod-lodz"],
    ["  --Spaces   and -- dashes--  ", "spaces-and-dashes"],
  ])("%s -> %s", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it("gives nothing for a title without letters or digits", () => {
    expect(slugFromTitle("¿¡…!?")).toBe("");
  });
});

describe("event slugs", () => {
  it("joins the event's name and its date, at the date's precision", () => {
    expect(eventSlug({ name: "GopherCon EU 2027", date: { year: 2027, month: 6, day: 14 } })).toBe("gophercon-eu-2027-2027-06-14");
    expect(eventSlug({ name: "Café Ünïcode", date: { year: 2027, month: 3 } })).toBe("cafe-unicode-2027-03");
  });

  it("tells apart two events of one day by name, and keeps the date when the name gives no slug", () => {
    const day = { year: 2027, month: 6, day: 14 };
    expect(eventSlug({ name: "Day 1", date: day })).not.toBe(eventSlug({ name: "Day 2", date: day }));
    expect(eventSlug({ name: "🎤", date: day })).toBe("2027-06-14");
  });
});
