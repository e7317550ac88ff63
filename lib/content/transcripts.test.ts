import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { projectPath } from "../paths.mjs";
import { formatTimestamp, MAX_PARAGRAPH_SECONDS, parseTranscript, PAUSE_SECONDS, readTranscript, timestampUrl, type TranscriptResult } from "./transcripts";

const fixtures = path.join(import.meta.dirname, "__fixtures__", "transcripts");
const fixturePath = (name: string) => `lib/content/__fixtures__/transcripts/${name}`;

function read(name: string): TranscriptResult {
  const result = readTranscript(path.join(fixtures, name), name);
  if (!result) throw new Error(`${name} is missing`);
  return result;
}

/** Parses WebVTT text written in a test, from its lines. */
function parse(...lines: string[]): TranscriptResult {
  return parseTranscript(lines.join("\n"), { file: "test.vtt", sourcePath: "content/transcripts/test.vtt" });
}

function paragraphsOf(result: TranscriptResult) {
  if (!result.ok) throw new Error(`expected a valid transcript, got ${JSON.stringify(result.problems)}`);
  return result.transcript.paragraphs;
}

/** A cue every `step` seconds from `from`, each lasting `step` (no pause), with the given texts. */
function continuousCues(from: number, step: number, texts: readonly string[]): string[] {
  return texts.flatMap((text, index) => [`${formatCueTime(from + index * step)} --> ${formatCueTime(from + (index + 1) * step)}`, text, ""]);
}

function formatCueTime(seconds: number): string {
  const two = (value: number) => String(value).padStart(2, "0");
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}.000`;
}

describe("a valid transcript", () => {
  const result = read("good.vtt");

  it("is read into paragraphs, split where the speaker pauses", () => {
    expect(result).toEqual({
      ok: true,
      transcript: {
        file: "good.vtt",
        paragraphs: [
          // Cues 1 to 3 follow each other; 3 s of silence (>= PAUSE_SECONDS) before the fourth.
          { startSeconds: 1, text: "Welcome to the Go devroom. Today: profilers & eBPF. Why <sampling> works so\u00a0well." },
          { startSeconds: 12, text: "After the pause, a new paragraph. Questions?" },
        ],
        // The cue of a single space is dropped.
        cueCount: 5,
        durationSeconds: 62,
      },
    });
  });

  it("strips voice, class, italic, bold and timestamp tags, and decodes entities", () => {
    const [first] = paragraphsOf(result);
    expect(first?.text).not.toMatch(/<v |<\/?[cib]\b|<\d|&[a-z]+;/);
    expect(paragraphsOf(parse("WEBVTT", "", "00:01.000 --> 00:02.000", "<v.loud Ada>A &amp; B &lt;3 &gt; &eacute;t&eacute; &#233; &#x41;</v> <lang tr>merhaba</lang> <ruby>漢<rt>kan</rt></ruby>"))).toEqual([
      { startSeconds: 1, text: "A & B <3 > été é A merhaba 漢" },
    ]);
  });

  it("keeps a bare & as written: markup inside a cue's text is read leniently", () => {
    expect(paragraphsOf(parse("WEBVTT", "", "00:01.000 --> 00:02.000", "Q&A, rock & roll, <i>unclosed"))).toEqual([{ startSeconds: 1, text: "Q&A, rock & roll, unclosed" }]);
  });

  it("drops a line that only repeats the previous cue's last line, as rolling auto-captions do", () => {
    const rolling = parse(
      "WEBVTT",
      "Kind: captions",
      "Language: en",
      "",
      "00:00:00.160 --> 00:00:02.869 align:start position:0%",
      " ",
      "hello<00:00:00.480><c> everyone</c>",
      "",
      "00:00:02.869 --> 00:00:02.879 align:start position:0%",
      "hello everyone",
      " ",
      "",
      "00:00:02.879 --> 00:00:05.030 align:start position:0%",
      "hello everyone",
      "welcome<00:00:03.120><c> to</c><00:00:03.400><c> the</c><00:00:03.600><c> talk</c>",
      "",
      "00:00:05.030 --> 00:00:07.000",
      "welcome to the talk",
      "hello everyone",
    );
    // Only a repeat of the cue just before goes: "hello everyone" in the last cue is new again.
    expect(paragraphsOf(rolling)).toEqual([{ startSeconds: 0.16, text: "hello everyone welcome to the talk hello everyone" }]);
    expect(rolling.ok && rolling.transcript.cueCount).toBe(3);
  });

  it("starts a paragraph at a pause of PAUSE_SECONDS or more, and not at a shorter one", () => {
    expect(PAUSE_SECONDS).toBe(2);
    const cues = (gap: number) => parse("WEBVTT", "", "00:01.000 --> 00:02.000", "One.", "", `00:${String(2 + gap).padStart(2, "0")}.000 --> 00:20.000`, "Two.");
    expect(paragraphsOf(cues(2)).map((paragraph) => paragraph.text)).toEqual(["One.", "Two."]);
    expect(paragraphsOf(cues(1)).map((paragraph) => paragraph.text)).toEqual(["One. Two."]);
  });

  it("ends a long paragraph at the first sentence end after MAX_PARAGRAPH_SECONDS", () => {
    expect(MAX_PARAGRAPH_SECONDS).toBe(60);
    // 10 s cues without a pause; sentences end at 40 s, 80 s and 100 s.
    const texts = ["one", "two", "three", "four.", "five", "six", "seven", "eight.", "nine", "ten."];
    expect(paragraphsOf(parse("WEBVTT", "", ...continuousCues(0, 10, texts)))).toEqual([
      { startSeconds: 0, text: "one two three four. five six seven eight." },
      { startSeconds: 80, text: "nine ten." },
    ]);
  });

  it("ends an unpunctuated paragraph at twice MAX_PARAGRAPH_SECONDS, at any cue", () => {
    const texts = Array.from({ length: 15 }, (_, index) => `word${index}`);
    expect(paragraphsOf(parse("WEBVTT", "", ...continuousCues(0, 10, texts))).map((paragraph) => paragraph.startSeconds)).toEqual([0, 120]);
  });

  it("reads a byte-order mark and CRLF line endings", () => {
    const windows = parseTranscript("\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi.\r\n", { file: "w.vtt", sourcePath: "w.vtt" });
    expect(paragraphsOf(windows)).toEqual([{ startSeconds: 1, text: "Hi." }]);
  });
});

describe("a malformed transcript, with its line", () => {
  it.each([
    [
      "bad-timestamp.vtt",
      6,
      'the cue timing "00:00:03.000 --> 00:00:5.000" is invalid at column 25: must be exactly two digits; write it as start --> end, each time as HH:MM:SS.mmm or MM:SS.mmm, such as "00:01:02.500 --> 00:01:05.000"',
    ],
    ["end-before-start.vtt", 6, "the cue ends at 00:00:04.000, which is not after it starts at 00:00:05.000: give it an end time later than its start"],
    ["no-header.vtt", 1, 'the file must start with the line "WEBVTT": add it as the first line, then a blank line'],
    ["no-text.vtt", 6, 'the cue "00:00:03.000 --> 00:00:05.000" has no text: write its text on the lines below the timing, or remove the cue'],
  ])("%s", (name, line, message) => {
    expect(read(name)).toEqual({ ok: false, problems: [{ file: fixturePath(name), line, message }] });
  });

  it("covers every malformed fixture", () => {
    // The chapters files beside them are lib/content/chapters.ts's (see load-talks.test.ts).
    const malformed = fs.readdirSync(fixtures).filter((name) => name !== "good.vtt" && !name.includes("chapters"));
    expect(malformed.sort()).toEqual(["bad-timestamp.vtt", "end-before-start.vtt", "no-header.vtt", "no-text.vtt"]);
  });

  it("names the other mistakes a caption file can have", () => {
    const problems = parse(
      "WEBVTT",
      "",
      "00:05.000 --> 00:06.000",
      "Fine.",
      "",
      "00:04.000 --> 00:07.000",
      "Starts before the cue above.",
      "",
      "00:08.000 -> 00:09.000",
      "A broken arrow.",
      "",
      "00:10.000 --> 00:11.000 align:middle",
      "A setting that does not exist.",
      "",
      "a lone line",
      "",
      "00:12.000 --> 00:13.000",
      "Text, then straight into the next cue:",
      "00:13.000 --> 00:14.000",
      "Lost.",
    );
    expect(problems.ok ? [] : problems.problems.map(({ line, message }) => `${line}: ${message}`)).toEqual([
      "6: the cue starts at 00:04.000, before the cue above it: keep the cues in the order of their start times",
      '9: "00:08.000 -> 00:09.000" is neither a cue timing nor followed by one: a cue is a timing line such as "00:01:02.500 --> 00:01:05.000" (an id line may come before it), then its text',
      '12: the cue settings in "00:10.000 --> 00:11.000 align:middle" are invalid at column 25: alignment can only be set to one of start, center, end, left, right; the settings are align, line, position, size and vertical, such as "align:start position:10%", or none',
      '15: "a lone line" is neither a cue timing nor followed by one: a cue is a timing line such as "00:01:02.500 --> 00:01:05.000" (an id line may come before it), then its text',
      '19: the cue timing "00:13.000 --> 00:14.000" follows the cue above without a blank line: add an empty line before it',
    ]);
  });

  it("refuses a header line that is not metadata, and a file with no text at all", () => {
    expect(parse("WEBVTT", "Hello there", "", "00:01.000 --> 00:02.000", "Hi.")).toEqual({
      ok: false,
      problems: [{ file: "content/transcripts/test.vtt", line: 2, message: '"Hello there" follows the WEBVTT line directly: add a blank line after the header, before the first cue' }],
    });
    expect(parse("WEBVTT", "", "00:01.000 --> 00:02.000", "<c> </c>")).toEqual({
      ok: false,
      problems: [
        {
          file: "content/transcripts/test.vtt",
          line: 1,
          message: 'has no cue with text: a transcript needs cues, each a timing line such as "00:01:02.500 --> 00:01:05.000" and its text on the lines below',
        },
      ],
    });
  });

  it("refuses a file that is not UTF-8", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "transcripts-"));
    try {
      const filePath = path.join(directory, "latin1.vtt");
      fs.writeFileSync(filePath, Buffer.from("WEBVTT\n\n00:01.000 --> 00:02.000\nCaf\xe9\n", "latin1"));
      expect(readTranscript(filePath, "latin1.vtt")).toEqual({
        ok: false,
        problems: [{ file: projectPath(filePath), line: 1, message: "the file is not valid UTF-8 text; save it with UTF-8 encoding" }],
      });
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });

  it("is undefined when there is no such file, for the caller to word", () => {
    expect(readTranscript(path.join(fixtures, "no-such-file.vtt"), "no-such-file.vtt")).toBeUndefined();
  });
});

describe("timestampUrl", () => {
  it("links each YouTube URL form to its watch page at that second", () => {
    for (const recording of [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ",
      "https://www.youtube.com/live/dQw4w9WgXcQ?si=abc",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      // A start in the recording's URL gives way: cue times count from the video's start.
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s",
    ]) {
      expect(timestampUrl(recording, 123.9), recording).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=123s");
    }
  });

  it("gives any other recording a media fragment", () => {
    expect(timestampUrl("https://example.com/talks/video.mp4", 123)).toBe("https://example.com/talks/video.mp4#t=123");
    expect(timestampUrl("https://vimeo.com/123456789?share=copy#t=10", 65.5)).toBe("https://vimeo.com/123456789?share=copy#t=65");
    // Not a video id YouTube could have: no watch page to link.
    expect(timestampUrl("https://www.youtube.com/watch?v=abc", 5)).toBe("https://www.youtube.com/watch?v=abc#t=5");
  });
});

describe("formatTimestamp", () => {
  it.each([
    [0, "0:00"],
    [5.9, "0:05"],
    [59, "0:59"],
    [60, "1:00"],
    [725, "12:05"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [3723, "1:02:03"],
    [36000, "10:00:00"],
  ])("%s s is %s", (seconds, label) => {
    expect(formatTimestamp(seconds)).toBe(label);
  });
});
