import { describe, expect, it } from "vitest";

import { absoluteUrl, routes } from "./routes";

describe("routes", () => {
  it("gives a talk's deck one page, and an event's own deck a page under it", () => {
    expect(routes.slides("ebpf")).toBe("/talks/ebpf/slides");
    expect(routes.slides("ebpf", "fosdem-2027")).toBe("/talks/ebpf/slides/fosdem-2027");
  });

  it("keeps topic pages apart from talk pages, so that no talk slug can take a topic's place", () => {
    expect(routes.topic("go")).toBe("/talks/tags/go");
    expect(routes.topic("go")).not.toBe(routes.talk("go"));
  });
});

describe("absoluteUrl", () => {
  it("puts a site path under the origin, the home page with its slash", () => {
    expect(absoluteUrl("/talks/ebpf", "https://example.com")).toBe("https://example.com/talks/ebpf");
    expect(absoluteUrl(routes.home, "https://example.com")).toBe("https://example.com/");
  });

  it("leaves a URL that is already absolute as it is", () => {
    expect(absoluteUrl("https://www.youtube.com/watch?v=abc", "https://example.com")).toBe(
      "https://www.youtube.com/watch?v=abc",
    );
  });
});
