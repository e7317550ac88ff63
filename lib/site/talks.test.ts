import { describe, expect, it } from "vitest";

import { isUpcomingTalk, splitUpcomingTalks } from "./talks";
import { getTopics } from "./topics";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";
import type { Talk } from "../content/load-talks";

const today = { year: 2026, month: 11, day: 30 };

function talk(title: string, tags: string[], ...dates: [number, number?, number?][]): Talk {
  const events = dates.map(([year, month, day], index) => ({
    name: `${title} event ${index}`,
    date: { year, month, day },
  }));
  return syntheticTalk({ slug: title.toLowerCase(), title, summary: "", tags, events, sourcePath: `${title}.mdx` });
}

describe("upcoming talks", () => {
  const spring = talk("Spring", [], [2027, 4, 2]);
  const december = talk("December", [], [2026, 12]);
  const repeat = talk("Repeat", [], [2027, 1, 15], [2024, 5, 3]);
  const thisMonth = talk("ThisMonth", [], [2026, 11]);
  const past = talk("Past", [], [2025, 10, 1]);
  const newestFirst = [spring, repeat, december, thisMonth, past];

  it("puts a talk with any event after the build day in upcoming, the soonest first", () => {
    const { upcoming, past: rest } = splitUpcomingTalks(newestFirst, today);
    expect(upcoming.map((t) => t.title)).toEqual(["December", "Repeat", "Spring"]);
    expect(rest.map((t) => t.title)).toEqual(["ThisMonth", "Past"]);
  });

  it("stops calling a talk upcoming once its day has come", () => {
    expect(isUpcomingTalk(talk("Tomorrow", [], [2026, 12, 1]), today)).toBe(true);
    expect(isUpcomingTalk(talk("Today", [], [2026, 11, 30]), today)).toBe(false);
  });
});

describe("topics", () => {
  it("counts talks per tag, the most used first, merging spellings that share a URL", () => {
    const talks = [
      talk("A", ["eBPF", "Go"], [2022]),
      talk("B", ["Go", "Rust"], [2021]),
      talk("C", ["ebpf", "Go", "Continuous Profiling"], [2020]),
    ];
    expect(getTopics(talks)).toEqual([
      { name: "Go", slug: "go", count: 3 },
      { name: "eBPF", slug: "ebpf", count: 2 },
      { name: "Continuous Profiling", slug: "continuous-profiling", count: 1 },
      { name: "Rust", slug: "rust", count: 1 },
    ]);
  });
});
