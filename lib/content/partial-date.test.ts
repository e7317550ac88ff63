import { describe, expect, it } from "vitest";

import { calendarDayOf, comparePartialDates, formatPartialDate, isAfterDay, parsePartialDate, toIsoString } from "./partial-date";

describe("partial dates", () => {
  it("shows each date at its own precision", () => {
    expect(formatPartialDate({ year: 2020 })).toBe("2020");
    expect(formatPartialDate({ year: 2020, month: 2 })).toBe("Feb 2020");
    expect(formatPartialDate({ year: 2020, month: 2, day: 1 })).toBe("1 Feb 2020");
  });

  it("keeps the precision in the machine-readable form", () => {
    expect(toIsoString({ year: 2020 })).toBe("2020");
    expect(toIsoString({ year: 2020, month: 2 })).toBe("2020-02");
    expect(toIsoString({ year: 2020, month: 2, day: 1 })).toBe("2020-02-01");
  });

  it("parses the three precisions and nothing else", () => {
    expect(parsePartialDate("2020")).toEqual({ ok: true, date: { year: 2020 } });
    expect(parsePartialDate("2020-02")).toEqual({ ok: true, date: { year: 2020, month: 2 } });
    expect(parsePartialDate("2024-02-29")).toEqual({ ok: true, date: { year: 2024, month: 2, day: 29 } });
    expect(parsePartialDate("June 2020").ok).toBe(false);
    expect(parsePartialDate("2020-2-1").ok).toBe(false);
    expect(parsePartialDate("20200201").ok).toBe(false);
  });

  it("rejects impossible months and days", () => {
    expect(parsePartialDate("2021-13")).toEqual({ ok: false, reason: "expected a month from 01 to 12 (YYYY, YYYY-MM or YYYY-MM-DD)" });
    expect(parsePartialDate("2021-02-29")).toEqual({ ok: false, reason: "expected a real date: February 2021 has 28 days" });
    expect(parsePartialDate("2021-04-00").ok).toBe(false);
  });

  it("sorts a less precise date at the start of its period", () => {
    const dates = [{ year: 2021, month: 10 }, { year: 2021 }, { year: 2022, month: 5, day: 16 }, { year: 2022, month: 5 }];
    expect(dates.sort(comparePartialDates).map(toIsoString)).toEqual(["2021", "2021-10", "2022-05", "2022-05-16"]);
  });
});

describe("isAfterDay", () => {
  const today = { year: 2026, month: 11, day: 30 };
  const date = (text: string) => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.date;
  };

  it("counts a date as upcoming only when its first possible day is after today", () => {
    expect(isAfterDay(date("2026-12-01"), today)).toBe(true);
    expect(isAfterDay(date("2026-12"), today)).toBe(true);
    expect(isAfterDay(date("2027"), today)).toBe(true);
    expect(isAfterDay(date("2026-11-30"), today)).toBe(false);
    expect(isAfterDay(date("2026-11"), today)).toBe(false);
    expect(isAfterDay(date("2026"), today)).toBe(false);
    expect(isAfterDay(date("2025-12-31"), today)).toBe(false);
  });

  it("reads today in UTC", () => {
    expect(calendarDayOf(new Date("2026-11-30T23:30:00-05:00"))).toEqual({ year: 2026, month: 12, day: 1 });
  });
});
