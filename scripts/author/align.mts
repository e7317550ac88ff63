// npm run align -- <talk-slug>: proposes when each slide of a talk's PDF deck appears in its
// recording, from the deck's text and the recording's transcript (lib/content/align.ts), for the
// first event that has a recording, a transcript and a PDF deck. Writes the chapters file next to
// the transcript (content/transcripts/<transcript>-chapters.vtt), sets `chapters:` on the event,
// and prints each slide's time and how sure it is, for the owner to review before committing.
// Offline and deterministic: the same deck and transcript give the same file.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { isScalar, LineCounter, parseDocument } from "yaml";

import { alignSlides, chaptersOf, type SlidePlacement } from "../../lib/content/align";
import { loadDeck } from "../../lib/content/deck-pdf";
import { eventPdfDeck } from "../../lib/content/embeds";
import { loadTalks } from "../../lib/content/load-talks";
import { ContentError, formatProblem } from "../../lib/content/problems";
import { formatTimestamp, parseCues } from "../../lib/content/transcripts";
import {
  DECK_CACHE_DIRECTORY,
  projectPath,
  PUBLIC_DIRECTORY,
  TALKS_DIRECTORY,
  TRANSCRIPTS_DIRECTORY,
} from "../../lib/paths.mjs";

export type AlignOptions = {
  slug: string;
  talksDirectory?: string;
  transcriptsDirectory?: string;
  publicDirectory?: string;
  cacheDirectory?: string;
};

export type AlignResult = { chaptersFile: string; placements: SlidePlacement[]; lines: string[] };

/** A VTT time: "00:01:05.000". */
function vttTime(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  const hours = Math.floor(milliseconds / 3_600_000);
  const rest = new Date(milliseconds % 3_600_000).toISOString().slice(14, 23);
  return `${String(hours).padStart(2, "0")}:${rest}`;
}

/**
 * Sets `chapters: <name>` on the event at `index` of the talk file, beside its `transcript:`
 * (which it has), touching no other line.
 */
function setChaptersField(talkFile: string, index: number, name: string): void {
  const lines = fs.readFileSync(talkFile, "utf8").split("\n");
  // The front matter starts on the file's second line: YAML's line N is the file's line N + 1.
  const end = lines.indexOf("---", 1);
  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, end).join("\n"), { lineCounter });
  const lineOf = (field: string) => {
    const node = document.getIn(["events", index, field], true);
    return isScalar(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const transcriptLine = lineOf("transcript");
  if (transcriptLine === undefined)
    throw new Error(`${projectPath(talkFile)}: events[${index}] has no transcript line to set chapters beside`);
  // "    transcript: x.vtt", or "  - transcript: x.vtt" when it is the event's first field.
  const text = lines[transcriptLine]!;
  const indent = /^(\s*)(- )?/.exec(text)!;
  const field = `${" ".repeat(indent[1]!.length + (indent[2] ? 2 : 0))}chapters: ${name}`;
  const chaptersLine = lineOf("chapters");
  if (chaptersLine !== undefined) lines[chaptersLine] = field;
  else lines.splice(transcriptLine + 1, 0, field);
  fs.writeFileSync(talkFile, lines.join("\n"));
}

export async function runAlign(options: AlignOptions): Promise<AlignResult> {
  const talksDirectory = options.talksDirectory ?? TALKS_DIRECTORY;
  const transcriptsDirectory = options.transcriptsDirectory ?? TRANSCRIPTS_DIRECTORY;
  const publicDirectory = options.publicDirectory ?? PUBLIC_DIRECTORY;
  const talk = loadTalks(talksDirectory, { includeDrafts: true, transcriptsDirectory, publicDirectory }).find(
    (candidate) => candidate.slug === options.slug,
  );
  if (!talk)
    throw new Error(
      `there is no talk ${options.slug}: its file would be ${projectPath(path.join(talksDirectory, `${options.slug}.mdx`))}`,
    );
  const event = talk.events.find(
    (candidate) => candidate.recording && candidate.transcript && eventPdfDeck(candidate, talk),
  );
  if (!event?.transcript) {
    throw new Error(
      `${talk.sourcePath}: no event has a recording, a transcript and a PDF deck (its own slides, or the talk's), which aligning needs`,
    );
  }
  const deckPath = eventPdfDeck(event, talk)!;
  const deck = await loadDeck(path.join(publicDirectory, ...deckPath.split("/")), {
    cacheDirectory: options.cacheDirectory ?? DECK_CACHE_DIRECTORY,
    name: deckPath,
  });
  if (!deck.ok) throw new Error(`${deckPath}: ${deck.problem.message}`);

  const transcriptFile = path.join(transcriptsDirectory, event.transcript.file);
  const cues = parseCues(fs.readFileSync(transcriptFile, "utf8"), projectPath(transcriptFile), "a transcript");
  if (!cues.ok) throw new ContentError(cues.problems);

  const placements = alignSlides(
    deck.deck.slides.map((slide) => slide.text),
    cues.cues,
  );
  const chapters = chaptersOf(placements, event.transcript.durationSeconds);
  if (chapters.length === 0) {
    throw new Error(
      `no slide of ${deckPath} could be placed in the recording: its slides have too few words, or none of them is said; write the chapters by hand`,
    );
  }
  const titleOf = (slide: number) => deck.deck.slides[slide - 1]!.text.split("\n")[0]!.slice(0, 80);
  const body = chapters.map(
    (chapter) =>
      `${vttTime(chapter.startSeconds)} --> ${vttTime(chapter.endSeconds)}\nSlide ${chapter.slide}: ${titleOf(chapter.slide)}`,
  );
  const name = event.transcript.file.replace(/\.vtt$/i, "-chapters.vtt");
  const chaptersFile = path.join(transcriptsDirectory, name);
  fs.writeFileSync(chaptersFile, `WEBVTT\n\n${body.join("\n\n")}\n`);
  setChaptersField(path.resolve(talk.sourcePath), event.fileIndex, name);

  const lines = placements.map((placement) =>
    placement.placed
      ? `slide ${placement.slide} at ${formatTimestamp(placement.startSeconds)}: ${placement.heard} of its ${placement.words} words heard there${placement.heard / placement.words < 0.5 ? " (unsure: check it)" : ""}`
      : `slide ${placement.slide}: cannot place it: ${placement.reason}`,
  );
  return { chaptersFile, placements, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const slug = process.argv[2];
  if (!slug) {
    console.error("usage: npm run align -- <talk-slug>");
    process.exit(2);
  }
  try {
    const result = await runAlign({ slug });
    for (const line of result.lines) console.log(line);
    const placed = result.placements.filter((placement) => placement.placed).length;
    console.log(
      `Wrote ${projectPath(result.chaptersFile)}: ${placed} of ${result.placements.length} slides placed. Review the times, then commit it with the talk file.`,
    );
  } catch (error) {
    if (error instanceof ContentError) for (const problem of error.problems) console.error(formatProblem(problem));
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
