import { describe, expect, it } from "vitest";

import { slugFromTitle } from "./slug";
import { SLUG_PATTERN } from "./load-talks";

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
