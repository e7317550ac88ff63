import { describe, expect, it } from "vitest";

import { contentWarnings } from "./warnings";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";


describe("contentWarnings", () => {
  it("names each event with no place, by file and field, and nothing else", () => {
    const talk = syntheticTalk({
      slug: "gaps",
      events: [
        { name: "Placed", date: { year: 2022 }, location: "Berlin, Germany", place: { kind: "online" }, fileIndex: 0 },
        { name: "Nowhere 2021", date: { year: 2021 }, fileIndex: 1 },
      ],
    });
    expect(contentWarnings([talk])).toEqual([
      {
        file: "content/talks/gaps.mdx",
        field: "events[1]",
        message: expect.stringContaining('"Nowhere 2021" has no location'),
      },
    ]);
  });
});
