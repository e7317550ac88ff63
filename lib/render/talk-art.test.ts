import { describe, expect, it } from "vitest";

import { drawTalkArt, encodeTalkArt } from "./talk-art";

const input = { seed: "building-a-go-profiler-using-go", palette: "flame", year: 2022 } as const;

/** The picture's pixels, as RGBA bytes. */
function pixels(art: ReturnType<typeof drawTalkArt>): Uint8ClampedArray {
  return art.getContext("2d").getImageData(0, 0, art.width, art.height).data;
}

describe("a talk's artwork", () => {
  it("is the same picture for the same talk, on every build", () => {
    expect(Buffer.from(pixels(drawTalkArt(input, 640)))).toEqual(Buffer.from(pixels(drawTalkArt(input, 640))));
  });

  it("differs from talk to talk, and by topic's colours", () => {
    const base = Buffer.from(pixels(drawTalkArt(input, 640)));
    expect(Buffer.from(pixels(drawTalkArt({ ...input, seed: "ebpf-safety-first" }, 640)))).not.toEqual(base);
    expect(Buffer.from(pixels(drawTalkArt({ ...input, palette: "tide" }, 640)))).not.toEqual(base);
  });

  it("is 16:9, and its frames stand on the bottom edge in the talk's colours", () => {
    const art = drawTalkArt(input, 640);
    expect([art.width, art.height]).toEqual([640, 360]);
    const data = pixels(art);
    // Just above the bottom edge, in the middle, is the root frame: a warm, saturated colour.
    const offset = ((art.height - 8) * art.width + art.width / 2) * 4;
    const [red, green, blue] = [data[offset]!, data[offset + 1]!, data[offset + 2]!];
    expect(red).toBeGreaterThan(150);
    expect(red).toBeGreaterThan(green);
    expect(green).toBeGreaterThan(blue);
  });

  it("is small: a card's AVIF is a few kilobytes", () => {
    const avif = encodeTalkArt(input, 640, "avif");
    expect(avif.subarray(4, 12).toString("latin1")).toBe("ftypavif");
    expect(avif.length).toBeLessThan(4096);
  });
});
