import { describe, expect, it } from "vitest";

import { alignSlides, chaptersOf, contentWords } from "./align";
import type { TimedCue } from "./transcripts";

/** A deterministic stream of numbers in [0, 1), so that the talk below is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TOPICS = [
  "profiling overhead sampling", "flame graph width", "kernel probes tracing", "symbol tables unwinding", "frame pointers compiler",
  "continuous collection storage", "pprof format protobuf", "differential comparison regression", "memory allocations heap", "goroutine scheduler latency",
  "container runtime cgroups", "kubernetes daemonset deployment", "prometheus labels metrics", "exemplars traces linking", "retention compaction blocks",
  "query language selectors", "dashboard panels grafana", "alerting rules thresholds", "incident postmortem timeline", "budget error objectives",
  "wasm plugins sandbox", "rust bindings safety", "python interpreter stacks", "java virtual machine", "node event loop",
  "sidecar injection mesh", "network packets sockets", "disk throughput iops", "questions answers discussion", "thanks audience links",
];
const FILLER = "so well you know basically right here we see that it is quite important and then".split(" ");

/**
 * A talk with known times: slide i is on screen from its start, a while in which the speaker
 * says its words among filler, a cue every 3-5 seconds.
 */
function talkWithKnownTimes(slides: readonly string[], seed: number): { cues: TimedCue[]; starts: number[] } {
  const next = random(seed);
  const cues: TimedCue[] = [];
  const starts: number[] = [];
  let time = 0;
  for (const text of slides) {
    starts.push(time);
    const length = 30 + Math.floor(next() * 90);
    const words = [...contentWords(text)];
    for (let at = 0; at < length; at += 3 + Math.floor(next() * 3)) {
      const filler = Array.from({ length: 6 }, () => FILLER[Math.floor(next() * FILLER.length)]!);
      // The slide's words come up now and then, as a speaker's do.
      if (words.length > 0 && next() < 0.5) filler.splice(2, 0, words[Math.floor(next() * words.length)]!);
      cues.push({ startSeconds: time + at, endSeconds: time + at + 2.5, text: filler.join(" ") });
    }
    time += length;
  }
  return { cues, starts };
}

describe("alignSlides", () => {
  it("places at least 90% of the slides within 15 s of when they appear, on talks with known times", () => {
    const slides = TOPICS.map((topic, index) => `${topic.split(" ")[0]!.toUpperCase()}\n${topic}, slide ${index + 1}`);
    let within = 0;
    let total = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const { cues, starts } = talkWithKnownTimes(slides, seed);
      const placements = alignSlides(slides, cues);
      for (const placement of placements) {
        total += 1;
        if (placement.placed && Math.abs(placement.startSeconds - starts[placement.slide - 1]!) <= 15) within += 1;
      }
    }
    console.log(`aligned ${within} of ${total} slides within 15 s (${Math.round((within / total) * 100)}%)`);
    expect(within / total).toBeGreaterThanOrEqual(0.9);
  });

  it("says it cannot place slides that are pictures, or whose words are never said, instead of guessing", () => {
    const slides = ["", "Kernel probes and tracing", "", "Unheard quasar nebula"];
    const { cues } = talkWithKnownTimes(["opening words", "kernel probes tracing", "picture", "other"], 7);
    const placements = alignSlides(slides, cues);
    expect(placements.map((placement) => (placement.placed ? "placed" : placement.reason))).toEqual([
      "too few words on the slide (a picture or a title)",
      "placed",
      "too few words on the slide (a picture or a title)",
      "its words are not said in the recording",
    ]);
  });

  it("keeps the deck's order, and gives each placed slide a chapter until the next one", () => {
    const cues: TimedCue[] = [
      { startSeconds: 0, endSeconds: 4, text: "welcome to flame graphs" },
      { startSeconds: 30, endSeconds: 34, text: "kernel probes trace everything" },
      { startSeconds: 60, endSeconds: 64, text: "flame graphs again, briefly" },
    ];
    const placements = alignSlides(["Flame graphs", "Kernel probes"], cues);
    expect(chaptersOf(placements, 70)).toEqual([
      { slide: 1, startSeconds: 0, endSeconds: 30 },
      { slide: 2, startSeconds: 30, endSeconds: 70 },
    ]);
  });
});
