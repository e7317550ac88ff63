import { describe, expect, it } from "vitest";

import { titleFontSize } from "./social-card";

describe("titleFontSize", () => {
  it("shrinks as titles grow, never below a size legible in a thumbnail", () => {
    const sizes = [10, 40, 80, 150, 400].map((length) => titleFontSize("x".repeat(length)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  });
});
