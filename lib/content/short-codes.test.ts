import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { loadTalks } from "./load-talks";
import { ContentError } from "./problems";
import { derivedShortCode, SHORT_CODE_PATTERN } from "./short-codes";

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "short-codes-"));
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function writeTalk(slug: string, extra = ""): void {
  fs.writeFileSync(
    path.join(folder, `${slug}.mdx`),
    `---\ntitle: ${slug}\nsummary: About ${slug}.\n${extra}events:\n  - name: Conf 2024\n    date: 2024\n---\n\nThe abstract.\n`,
  );
}

function problems(): string[] {
  try {
    loadTalks(folder, { includeDrafts: true });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((problem) => `${path.basename(problem.file)}:${problem.line ?? ""}: ${problem.field}: ${problem.message}`);
  }
}

describe("short links' codes", () => {
  it("are derived from the file name alone: its words' first letters (8 at most) and its numbers, or the slug when too few", () => {
    expect(derivedShortCode("the-zen-of-prometheus")).toBe("tzop");
    expect(derivedShortCode("absorbing-thanos-infinite-powers-for-multi-cluster-telemetry")).toBe("atipfmct");
    expect(derivedShortCode("ebpf-101")).toBe("e101");
    expect(derivedShortCode("synthetic-talk-0001")).toBe("st0001");
    expect(derivedShortCode("kubecon-2023-keynote")).toBe("k2023k");
    expect(derivedShortCode("go")).toBe("go");
    expect(derivedShortCode("go-go")).toBe("go-go");
    for (const slug of ["the-zen-of-prometheus", "ebpf-101", "a-b"]) expect(derivedShortCode(slug)).toMatch(SHORT_CODE_PATTERN);
  });

  it("come from short: when the file gives one, and a talk keeps its code when others are added", () => {
    writeTalk("the-zen-of-prometheus", "short: zen\n");
    writeTalk("ebpf-safety-first");
    const before = loadTalks(folder, { includeDrafts: true });
    writeTalk("another-talk-entirely");
    const after = loadTalks(folder, { includeDrafts: true });
    expect(before.map((talk) => [talk.slug, talk.shortCode]).sort()).toEqual([
      ["ebpf-safety-first", "esf"],
      ["the-zen-of-prometheus", "zen"],
    ]);
    expect(after.find((talk) => talk.slug === "ebpf-safety-first")?.shortCode).toBe("esf");
  });

  it("refuse a clash by name, both files, and a free code; the talk whose file writes the code keeps it", () => {
    writeTalk("event-safety-first");
    writeTalk("ebpf-safety-first", "short: esf\n");
    writeTalk("extra-safe-features");
    const keeper = path.relative(process.cwd(), path.join(folder, "ebpf-safety-first.mdx"));
    expect(problems()).toEqual([
      `event-safety-first.mdx:: short: the short link /t/esf (derived from its file name) is already ${keeper}'s (its short field); give this talk a code of its own, such as short: esf2`,
      `extra-safe-features.mdx:: short: the short link /t/esf (derived from its file name) is already ${keeper}'s (its short field); give this talk a code of its own, such as short: esf3`,
    ]);
  });

  it("refuse a code that is not one, and a pitch over 140 characters", () => {
    writeTalk("bad", `short: "Zen Talk!"\npitch: ${"x".repeat(141)}\n`);
    expect(problems()).toEqual([
      "bad.mdx:5: pitch: expected at most 140 characters, got 141",
      'bad.mdx:4: short: expected a code of 2 to 32 lower-case letters, digits and inner "-", such as "zen", got "Zen Talk!"',
    ]);
  });
});

describe("topics", () => {
  it("refuse one whose page would have the address shape of a talk's card for other sites", () => {
    writeTalk("a-talk", "tags: [Embed]\n");
    expect(problems()).toEqual([
      'a-talk.mdx:4: tags[0]: "Embed" would have the topic page /talks/tags/embed, an address only a talk\'s card for other sites may have (/talks/<slug>/embed, which any site may frame); name the topic otherwise, e.g. "Embedding"',
    ]);
  });
});
