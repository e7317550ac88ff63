import { describe, expect, it } from "vitest";

import { syntheticTalk } from "@/testing/fixtures/synthetic-talks";

import { countEventsPerYear } from "./talks-per-year-chart";

describe("talks given per year", () => {
  const today = { year: 2026, month: 6, day: 1 };
  const talks = [
    syntheticTalk({ slug: "next", events: [{ name: "Future Conf", date: { year: 2027, month: 3, day: 1 } }] }),
    syntheticTalk({
      slug: "twice",
      events: [
        { name: "B", date: { year: 2024, month: 5 } },
        { name: "A", date: { year: 2022 } },
      ],
    }),
  ];

  it("counts each given event in its year, with empty years between, and not the ones to come", () => {
    expect(countEventsPerYear(talks, today)).toEqual([
      { year: 2022, count: 1 },
      { year: 2023, count: 0 },
      { year: 2024, count: 1 },
    ]);
  });

  it("counts an event once its day has passed", () => {
    expect(countEventsPerYear(talks, { year: 2027, month: 3, day: 2 }).at(-1)).toEqual({ year: 2027, count: 1 });
  });
});
