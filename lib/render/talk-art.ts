import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";

/**
 * Each talk's artwork: a flame graph, the picture of where a program spends its time, which is
 * what the speaker's talks are about. Drawn at build from the talk's own facts, so that every
 * talk has an image without a photo or a third party, and no two talks look alike: the frames
 * grow from a seed (the talk's slug), the colours come from its first topic, and the glow
 * stands where its year puts it. The image is decorative: pages say everything it shows.
 */

export const TALK_ART_WIDTHS = [640, 1280] as const;
export type TalkArtWidth = (typeof TALK_ART_WIDTHS)[number];
export const TALK_ART_FORMATS = ["avif", "webp"] as const;
export type TalkArtFormat = (typeof TALK_ART_FORMATS)[number];
/** 16:9, the shape of a recording, so that one picture serves the card and the player's poster. */
export const TALK_ART_ASPECT = { width: 16, height: 9 } as const;

/** Bumped when the drawing or its encoding changes, so that every file name changes with it. */
export const TALK_ART_VERSION = 2;

export type TalkArtPalette = "flame" | "ember" | "gold" | "tide";

export type TalkArtInput = {
  /** Grows the frames: the talk's slug. */
  seed: string;
  palette: TalkArtPalette;
  /** Moves the glow along the bottom edge. */
  year: number;
};

/** Frame colours from the bottom of the stack to its top, and the glow behind them. */
const PALETTES: Record<TalkArtPalette, { frames: readonly string[]; glow: string }> = {
  flame: { frames: ["#c2410c", "#ea580c", "#f97316", "#fb923c", "#fdba74", "#fed7aa"], glow: "#f97316" },
  ember: { frames: ["#9f1239", "#be123c", "#e11d48", "#f43f5e", "#fb7185", "#fecdd3"], glow: "#f43f5e" },
  gold: { frames: ["#a16207", "#ca8a04", "#eab308", "#facc15", "#fde047", "#fef08a"], glow: "#eab308" },
  tide: { frames: ["#0e7490", "#0891b2", "#06b6d4", "#22d3ee", "#67e8f9", "#cffafe"], glow: "#06b6d4" },
};

const BACKGROUND_TOP = "#1c1412";
const BACKGROUND_BOTTOM = "#0c0a09";
const LEVELS = 13;

/** A small, fast, seeded generator (mulberry32): the same talk draws the same picture on every machine. */
function seededRandom(seed: string): () => number {
  let state = 0;
  for (const character of seed) state = (Math.imul(state ^ character.codePointAt(0)!, 0x9e3779b1) + 0x7f4a7c15) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Frame = { x: number; width: number; level: number };

/**
 * The frames of one made-up profile, in a unit-wide box: each frame's callees stand on it, side
 * by side from its left edge, and leave some of its width free (the time it spends itself).
 * One path is kept going to the top, so that every picture rises as high as the others.
 */
function flameFrames(random: () => number): Frame[] {
  const frames: Frame[] = [];
  const grow = (x: number, width: number, level: number, onTallest: boolean) => {
    frames.push({ x, width, level });
    if (level === LEVELS - 1) return;
    const calls = 1 + Math.floor(random() * (level < 3 ? 3 : 2));
    const used = width * (0.7 + random() * 0.28);
    const shares = Array.from({ length: calls }, () => 0.35 + random());
    const total = shares.reduce((sum, share) => sum + share, 0);
    const tallest = onTallest ? Math.floor(random() * calls) : -1;
    let childX = x;
    for (const [index, share] of shares.entries()) {
      const childWidth = (used * share) / total;
      const keepsGoing = index === tallest || random() < 0.92 - level * 0.05;
      if (childWidth > 0.004 && keepsGoing) grow(childX, childWidth, level + 1, index === tallest);
      childX += childWidth;
    }
  };
  grow(0, 1, 0, true);
  return frames;
}

function drawBackground(context: SKRSContext2D, width: number, height: number, glowColour: string, year: number) {
  const background = context.createLinearGradient(0, 0, 0, height);
  background.addColorStop(0, BACKGROUND_TOP);
  background.addColorStop(1, BACKGROUND_BOTTOM);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);

  const glowX = width * (0.2 + ((year * 0.37) % 1) * 0.6);
  const glow = context.createRadialGradient(glowX, height, 0, glowX, height, height * 1.1);
  glow.addColorStop(0, `${glowColour}66`);
  glow.addColorStop(1, `${glowColour}00`);
  context.fillStyle = glow;
  context.fillRect(0, 0, width, height);
}

/** The artwork drawn at one size, as a canvas ready to encode. */
export function drawTalkArt(input: TalkArtInput, width: number) {
  const height = Math.round((width * TALK_ART_ASPECT.height) / TALK_ART_ASPECT.width);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  const palette = PALETTES[input.palette];
  drawBackground(context, width, height, palette.glow, input.year);

  // The stack stands on the bottom edge and fills the lower 82% of the picture, inset at the sides.
  const inset = width * 0.045;
  const frameHeight = (height * 0.82) / LEVELS;
  const gap = Math.max(1, width / 480);
  const random = seededRandom(input.seed);
  for (const frame of flameFrames(random)) {
    const x = inset + frame.x * (width - 2 * inset);
    const frameWidth = frame.width * (width - 2 * inset);
    if (frameWidth < gap * 2) continue;
    const y = height - (frame.level + 1) * frameHeight;
    const shade = Math.min(palette.frames.length - 1, Math.floor((frame.level / LEVELS) * palette.frames.length));
    // Neighbours differ a little, as the frames of a real profile do.
    const step = random() < 0.3 ? 1 : 0;
    context.fillStyle = palette.frames[Math.min(palette.frames.length - 1, shade + step)]!;
    context.beginPath();
    context.roundRect(
      x + gap / 2,
      y + gap / 2,
      frameWidth - gap,
      frameHeight - gap,
      Math.min(3 * gap, frameHeight / 4),
    );
    context.fill();
  }
  return canvas;
}

/**
 * The artwork as an image file. AVIF is the smaller; WebP is there for browsers without it.
 * Encoded synchronously: @napi-rs/canvas 0.1.100 crashes the process (SIGSEGV, 3 runs of 3 with
 * 48 AVIF encodes at once, 2 of 3 with WebP) when its asynchronous encodes overlap, as they do
 * when a build worker renders several pictures' routes together.
 */
export function encodeTalkArt(input: TalkArtInput, width: TalkArtWidth, format: TalkArtFormat): Buffer {
  const canvas = drawTalkArt(input, width);
  // AVIF at speed 8, not the encoder's default 4: 14 times faster (80 ms a talk for both widths,
  // not 1.1 s; a cold build of 1,000 talks would spend 18 minutes of CPU on them), for files of
  // 2-4 KB instead of 1-2 KB.
  return format === "avif" ? canvas.encodeSync("avif", { quality: 62, speed: 8 }) : canvas.encodeSync("webp", 82);
}
