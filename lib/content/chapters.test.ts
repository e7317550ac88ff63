import { describe, expect, it } from "vitest";

import { chapterAt, parseChapters } from "./chapters";

const where = { file: "c.vtt", sourcePath: "content/transcripts/c.vtt" };

describe("parseChapters", () => {
  it("reads each cue as the slide it names, with its title and times", () => {
    const result = parseChapters("WEBVTT\n\n00:00.000 --> 00:10.000\nSlide 1: Opening\n\n00:00:10.000 --> 00:01:05.500\nslide 2\n\n01:05.500 --> 01:30.000\nSlide 1 – again\n", where);
    expect(result).toEqual({
      ok: true,
      chapters: {
        file: "c.vtt",
        chapters: [
          { slide: 1, title: "Opening", startSeconds: 0, endSeconds: 10 },
          { slide: 2, startSeconds: 10, endSeconds: 65.5 },
          { slide: 1, title: "again", startSeconds: 65.5, endSeconds: 90 },
        ],
      },
    });
  });

  it("refuses a cue that names no slide, and a file that is not WebVTT, by line", () => {
    expect(parseChapters("WEBVTT\n\n00:00.000 --> 00:10.000\nIntroduction\n", where)).toEqual({
      ok: false,
      problems: [{ file: where.sourcePath, line: 4, message: 'the cue "Introduction" names no slide: start its text with the slide\'s number, such as "Slide 3" or "Slide 3: Sampling"' }],
    });
    expect(parseChapters("00:00.000 --> 00:10.000\nSlide 1\n", where).ok).toBe(false);
    expect(parseChapters("WEBVTT\n\n00:00.000 --> 00:10.000\nSlide 0\n", where).ok).toBe(false);
  });
});

describe("chapterAt", () => {
  const chapters = [
    { slide: 1, startSeconds: 0, endSeconds: 10 },
    { slide: 2, startSeconds: 10, endSeconds: 60 },
  ];

  it("gives the chapter a moment falls in: the last to start by then", () => {
    expect(chapterAt(chapters, 0)?.slide).toBe(1);
    expect(chapterAt(chapters, 9.9)?.slide).toBe(1);
    expect(chapterAt(chapters, 10)?.slide).toBe(2);
    expect(chapterAt(chapters, 500)?.slide).toBe(2);
    expect(chapterAt([{ slide: 3, startSeconds: 30, endSeconds: 40 }], 5)).toBeUndefined();
  });
});
