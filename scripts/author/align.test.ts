import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runAlign } from "./align.mjs";
import { loadTalks } from "../../lib/content/load-talks";
import { multiPagePdf } from "../../testing/fixtures/pdf-fixtures";

/**
 * `npm run align` on a project with a generated deck and a transcript whose slide times are
 * known: the chapters file it writes is within 15 s of them for at least 90% of the slides,
 * the talk file gets its `chapters:` line, and the result passes the content check.
 */

const SLIDES = [
  "Continuous profiling in production",
  "Sampling stacks with perf events",
  "Flame graphs and icicle charts",
  "Symbolization with debuginfod servers",
  "Kernel probes through eBPF programs",
  "Storage columnar parquet backend",
  "Querying merged profiles",
  "Questions and answers",
];
/** When each slide comes up, in seconds. */
const STARTS = [0, 42, 95, 160, 238, 301, 377, 440];

let root: string;
const dirs = () => ({
  talksDirectory: path.join(root, "content", "talks"),
  transcriptsDirectory: path.join(root, "content", "transcripts"),
  publicDirectory: path.join(root, "public"),
  cacheDirectory: path.join(root, "cache"),
});

function vttTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(11, 23);
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "talks-align-"));
  const { talksDirectory, transcriptsDirectory, publicDirectory } = dirs();
  for (const folder of [talksDirectory, transcriptsDirectory, path.join(publicDirectory, "slides")])
    fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(publicDirectory, "slides", "deck.pdf"), await multiPagePdf(SLIDES));
  // The speaker says each slide's words a few seconds after it comes up, among other words.
  const cues: string[] = [];
  STARTS.forEach((start, index) => {
    const end = STARTS[index + 1] ?? start + 60;
    for (let at = start; at < end; at += 6) {
      const said =
        at - start >= 4 && at - start < 16
          ? `${SLIDES[index]}, as you can see here`
          : "and that is how it goes in practice";
      cues.push(`${vttTime(at)} --> ${vttTime(at + 5)}\n${said}`);
    }
  });
  fs.writeFileSync(path.join(transcriptsDirectory, "talk.vtt"), `WEBVTT\n\n${cues.join("\n\n")}\n`);
  fs.writeFileSync(
    path.join(talksDirectory, "aligned-talk.mdx"),
    [
      "---",
      "title: Aligned Talk",
      "summary: A talk whose slides are aligned with its recording.",
      "slides: /slides/deck.pdf",
      "events:",
      "  - name: Conf 2024",
      "    date: 2024",
      "    recording: https://www.youtube.com/watch?v=abcdefghijk",
      "    transcript: talk.vtt",
      "---",
      "",
      "Abstract.",
      "",
    ].join("\n"),
  );
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("npm run align", () => {
  it("writes chapters within 15 s of the known times, sets the field, and the talk passes the check", async () => {
    const result = await runAlign({ slug: "aligned-talk", ...dirs() });
    expect(path.basename(result.chaptersFile)).toBe("talk-chapters.vtt");
    const placed = result.placements.filter((placement) => placement.placed);
    const within = placed.filter((placement) => Math.abs(placement.startSeconds - STARTS[placement.slide - 1]!) <= 15);
    console.log(`npm run align: ${within.length} of ${SLIDES.length} slides within 15 s`, result.lines);
    expect(within.length / SLIDES.length).toBeGreaterThanOrEqual(0.9);

    const talkFile = fs.readFileSync(path.join(dirs().talksDirectory, "aligned-talk.mdx"), "utf8");
    expect(talkFile).toContain("    transcript: talk.vtt\n    chapters: talk-chapters.vtt\n");
    const [talk] = loadTalks(dirs().talksDirectory, { includeDrafts: true, ...dirs() });
    expect(talk!.events[0]!.chapters?.chapters.map((chapter) => chapter.slide)).toEqual(
      placed.map((placement) => placement.slide),
    );

    // A second run replaces the line instead of adding one.
    await runAlign({ slug: "aligned-talk", ...dirs() });
    expect(
      fs.readFileSync(path.join(dirs().talksDirectory, "aligned-talk.mdx"), "utf8").match(/chapters:/g),
    ).toHaveLength(1);
  }, 60_000);

  it("says it cannot place a deck of pictures, and writes nothing", async () => {
    const { publicDirectory, transcriptsDirectory } = dirs();
    fs.writeFileSync(path.join(publicDirectory, "slides", "deck.pdf"), await multiPagePdf(["", "", "", ""]));
    fs.rmSync(path.join(transcriptsDirectory, "talk-chapters.vtt"));
    const talkPath = path.join(dirs().talksDirectory, "aligned-talk.mdx");
    fs.writeFileSync(talkPath, fs.readFileSync(talkPath, "utf8").replace("    chapters: talk-chapters.vtt\n", ""));
    await expect(runAlign({ slug: "aligned-talk", ...dirs() })).rejects.toThrow(
      "no slide of /slides/deck.pdf could be placed in the recording",
    );
    expect(fs.existsSync(path.join(transcriptsDirectory, "talk-chapters.vtt"))).toBe(false);
  }, 60_000);
});
