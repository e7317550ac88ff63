import { describe, expect, it } from "vitest";

import { plural, pluralNoun } from "./words";

describe("plural", () => {
  it("uses the singular for one and the plural for none and for many", () => {
    expect(plural(1, "talk", "talks")).toBe("1 talk");
    expect(plural(0, "talk", "talks")).toBe("0 talks");
    expect(plural(2, "country", "countries")).toBe("2 countries");
    expect(pluralNoun(1, "slide", "slides")).toBe("slide");
  });
});
