import { projectPath } from "../paths.mjs";
import { readTextFile } from "./files";
import { MAX_TRANSCRIPT_BYTES } from "./limits";
import type { ContentProblem } from "./problems";
import { parseCues } from "./transcripts";

/**
 * When each slide of a deck appears in a recording: a WebVTT chapters file (the format
 * players read for chapters, `<track kind="chapters">`) beside the transcripts, named by an
 * event's `chapters:`. Each cue is one stretch of the recording and names its slide first:
 *
 *     00:04:31.000 --> 00:05:10.000
 *     Slide 3: Sampling
 *
 * A slide shown twice has two cues. `npm run align` proposes the file from a deck and a
 * transcript; the author reviews it. Which slides exist is checked with the deck
 * (lib/content/decks.ts), once it is rendered.
 */

export type Chapter = {
  /** From 1, as the slides page numbers them. */
  slide: number;
  /** What the cue says after the number, if anything: "Sampling". */
  title?: string;
  startSeconds: number;
  endSeconds: number;
};

export type Chapters = { file: string; chapters: Chapter[] };

export type ChaptersResult = { ok: true; chapters: Chapters } | { ok: false; problems: ContentProblem[] };

const CUE_TEXT = /^Slide\s+(\d+)\s*(?:[:–—-]\s*(.*))?$/i;

/** The chapters file's text checked and read; problems name `sourcePath`. */
export function parseChapters(source: string, where: { file: string; sourcePath: string }): ChaptersResult {
  const read = parseCues(source, where.sourcePath, "a chapters file");
  if (!read.ok) return read;
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const problems: ContentProblem[] = [];
  const chapters: Chapter[] = [];
  for (const cue of read.cues) {
    const match = CUE_TEXT.exec(cue.text.trim());
    const slide = match ? Number(match[1]) : 0;
    if (!match || slide < 1) {
      // The cue's text stands on the line after its timing; find it for the message.
      const line = lines.findIndex((text) => text.trim() === cue.text.trim()) + 1 || undefined;
      problems.push({
        file: where.sourcePath,
        line,
        message: `the cue ${JSON.stringify(cue.text.slice(0, 60))} names no slide: start its text with the slide's number, such as "Slide 3" or "Slide 3: Sampling"`,
      });
      continue;
    }
    const title = match[2]?.trim();
    chapters.push({ slide, ...(title ? { title } : {}), startSeconds: cue.startSeconds, endSeconds: cue.endSeconds });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, chapters: { file: where.file, chapters } };
}

/** The chapters file at `filePath`, or undefined when there is none; `file` is its name as the event gives it. */
export function readChapters(filePath: string, file: string): ChaptersResult | undefined {
  const read = readTextFile(filePath, {
    maxBytes: MAX_TRANSCRIPT_BYTES,
    fix: "put the WebVTT chapters file here",
    tooLarge: () => `the file is larger than the ${MAX_TRANSCRIPT_BYTES / (1024 * 1024)} MB a chapters file may be`,
  });
  if (!read) return undefined;
  const sourcePath = projectPath(filePath);
  if (!read.ok) return { ok: false, problems: [{ file: sourcePath, line: 1, message: read.message }] };
  return parseChapters(read.text, { file, sourcePath });
}

/** The chapter a moment of the recording falls in: the last to start at or before it. */
export function chapterAt(chapters: readonly Chapter[], seconds: number): Chapter | undefined {
  let found: Chapter | undefined;
  for (const chapter of chapters) if (chapter.startSeconds <= seconds) found = chapter;
  return found;
}
