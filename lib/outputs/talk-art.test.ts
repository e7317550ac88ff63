import { describe, expect, it } from "vitest";

import { talkArt } from "./talk-art";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";

const talk = (tags: string[]) => syntheticTalk({ slug: "a", tags, events: [{ name: "Conf", date: { year: 2022 } }] });

describe("which artwork a talk gets", () => {
  it("takes its colours from the first of its topics that has some", () => {
    expect(talkArt(talk(["Profiling", "Go"])).input.palette).toBe("tide");
    expect(talkArt(talk(["eBPF", "Go"])).input.palette).toBe("ember");
    expect(talkArt(talk(["Profiling"])).input.palette).toBe("flame");
  });

  it("names each file by the picture: a new picture, a new URL", () => {
    const first = talkArt(talk(["Go"]));
    const same = talkArt(talk(["Go"]));
    const recoloured = talkArt(talk(["eBPF"]));
    expect(first.files.map((file) => file.path)).toEqual(same.files.map((file) => file.path));
    expect(first.files[0]!.path).not.toBe(recoloured.files[0]!.path);
    expect(first.files.map((file) => file.path)).toEqual([
      expect.stringMatching(/^\/talk-art\/a-[0-9a-f]{10}-640\.avif$/),
      expect.stringMatching(/^\/talk-art\/a-[0-9a-f]{10}-640\.webp$/),
      expect.stringMatching(/^\/talk-art\/a-[0-9a-f]{10}-1280\.avif$/),
      expect.stringMatching(/^\/talk-art\/a-[0-9a-f]{10}-1280\.webp$/),
    ]);
  });
});
