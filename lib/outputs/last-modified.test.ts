import { describe, expect, it } from "vitest";

import { lastModified, startOfPartialDate } from "./last-modified";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";

describe("startOfPartialDate", () => {
  it("is midnight UTC on the first day of the period the date names", () => {
    expect(startOfPartialDate({ year: 2021 }).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(startOfPartialDate({ year: 2021, month: 5 }).toISOString()).toBe("2021-05-01T00:00:00.000Z");
    expect(startOfPartialDate({ year: 2024, month: 2, day: 29 }).toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});

describe("lastModified", () => {
  const today = { year: 2026, month: 11, day: 30 };
  const givenTwice = syntheticTalk({
    slug: "given-twice",
    events: [
      { name: "Next year", date: { year: 2027, month: 3, day: 2 } },
      { name: "Earlier", date: { year: 2025, month: 9 } },
    ],
  });
  const upcomingOnly = syntheticTalk({
    slug: "upcoming",
    events: [{ name: "Soon", date: { year: 2026, month: 12, day: 1 } }],
  });

  it("is the newest event that is not after today, never a future date", () => {
    expect(lastModified([givenTwice], today)?.toISOString()).toBe("2025-09-01T00:00:00.000Z");
  });

  it("counts an event today, and a month that has begun (judged by its first day, as the site marks upcoming events)", () => {
    const todayTalk = syntheticTalk({ slug: "today", events: [{ name: "Today", date: today }] });
    expect(lastModified([todayTalk], today)?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    const thisMonth = syntheticTalk({
      slug: "this-month",
      events: [{ name: "This month", date: { year: 2026, month: 11 } }],
    });
    expect(lastModified([thisMonth], today)?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("gives no date for a page whose talks are all still to come, rather than the build day", () => {
    expect(lastModified([upcomingOnly], today)).toBeUndefined();
    expect(lastModified([], today)).toBeUndefined();
  });

  it("is the newest among a list page's talks", () => {
    const old = syntheticTalk({ slug: "old", events: [{ name: "Old", date: { year: 2019 } }] });
    expect(lastModified([upcomingOnly, old, givenTwice], today)?.toISOString()).toBe("2025-09-01T00:00:00.000Z");
  });
});
