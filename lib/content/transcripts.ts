import webvtt, { type Cue, type TreeNode, type TreeNodeObjectTagNameWithRt } from "webvtt-parser";
import htmlEntities from "webvtt-parser/html-entities.json";

import { projectPath } from "../paths.mjs";
import { unsafeCharacters } from "./characters";
import { parseYouTubeUrl } from "./embeds";
import { readTextFile } from "./files";
import { MAX_TRANSCRIPT_BYTES, MAX_TRANSCRIPT_CUES } from "./limits";
import { describeValue, type ContentProblem } from "./problems";

/**
 * A talk recording's captions (a WebVTT file in content/transcripts/), read into paragraphs
 * of plain text that a page can show with a link to each paragraph's moment in the recording.
 *
 * The file is parsed by webvtt-parser, the W3C's WebVTT validator, which reports every
 * error with its line. What it finds in the file's structure (the WEBVTT line, cue timings
 * and settings, lines that belong to no cue) is a problem for the author; markup inside a
 * cue's text (a bare "&" in "Q&A", a tag left open) is read as written instead, since it
 * loses no text and caption tools often write it.
 */

/** A silence of at least this long between two cues starts a new paragraph: a speaker pausing, a slide changing. */
export const PAUSE_SECONDS = 2;
/**
 * A paragraph running this long ends at its next sentence end, so that the text stays
 * readable when the speaker never pauses for PAUSE_SECONDS.
 */
export const MAX_PARAGRAPH_SECONDS = 60;
// Auto-captions have no punctuation, hence no sentence end: past this, any cue boundary will do.
const LONGEST_PARAGRAPH_SECONDS = 2 * MAX_PARAGRAPH_SECONDS;

export type TranscriptParagraph = {
  /** Where the paragraph's first cue starts in the recording. */
  startSeconds: number;
  text: string;
};

export type Transcript = {
  /** The file name as the event gives it, e.g. "fosdem-2020.vtt". */
  file: string;
  paragraphs: TranscriptParagraph[];
  /** The cues that add text, once empty cues and repeated lines are dropped. */
  cueCount: number;
  /** Where the last of those cues ends. */
  durationSeconds: number;
};

export type TranscriptResult = { ok: true; transcript: Transcript } | { ok: false; problems: ContentProblem[] };

const EXAMPLE_TIMING = '"00:01:02.500 --> 00:01:05.000"';
const NO_SIGNATURE = 'the file must start with the line "WEBVTT": add it as the first line, then a blank line';

// The parser's own words (webvtt-parser 2.2.0, parser.js), which the messages below reword.
const PARSER = {
  signature: 'No valid signature. (File needs to start with "WEBVTT".)',
  headerLine: "No blank line after the signature.",
  endBeforeStart: "End timestamp is not greater than start timestamp.",
  outOfOrder: "Start timestamp is not greater than or equal to start timestamp of previous cue.",
  standaloneIdentifier: "Cue identifier cannot be standalone.",
  identifierWithoutTiming: "Cue identifier needs to be followed by timestamp.",
  blankLineMissing: "Blank line missing before cue.",
} as const;

/** What the parser says of a malformed time or a missing "-->" in a timing line (the rest on such a line are settings). */
const TIMING_MESSAGES = new Set([
  "No timestamp found.",
  "Timestamp must start with a character in the range 0-9.",
  "No time unit separator found.",
  "Must be exactly two digits.",
  "No seconds found or minutes is greater than 59.",
  'No decimal separator (".") found.',
  "Milliseconds must be given in three digits.",
  "You cannot have more than 59 minutes.",
  "You cannot have more than 59 seconds.",
  "No valid timestamp separator found.",
  "Timestamp not separated from '-->' by whitespace.",
  "'-->' not separated from timestamp by whitespace.",
]);

/**
 * "Kind: captions", "Language: en": metadata that YouTube and yt-dlp write under WEBVTT.
 * Earlier drafts of WebVTT allowed it and players ignore it, so it is no problem here.
 */
const HEADER_METADATA = /^[A-Za-z][\w-]*:(?!.*-->)/;

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

const parser = new webvtt.WebVTTParser(htmlEntities);

/**
 * Reads the WebVTT file at `filePath`; undefined when there is no such file, which the
 * caller words (it knows which field named it). `file` is the name the event gives.
 */
export function readTranscript(filePath: string, file: string): TranscriptResult | undefined {
  const read = readTextFile(filePath, {
    maxBytes: MAX_TRANSCRIPT_BYTES,
    fix: "put the WebVTT file here",
    tooLarge: (size) =>
      `the file is ${(size / (1024 * 1024)).toFixed(1)} MB, more than the ${MAX_TRANSCRIPT_BYTES / (1024 * 1024)} MB a transcript may be (three hours of captions are about 0.4 MB); check that it is the recording's captions`,
  });
  if (!read) return undefined;
  const sourcePath = projectPath(filePath);
  if (!read.ok) return { ok: false, problems: [{ file: sourcePath, line: 1, message: read.message }] };
  return parseTranscript(read.text, { file, sourcePath });
}

/** Parses and checks a WebVTT file's text; problems name `sourcePath` and the line. */
export function parseTranscript(source: string, where: { file: string; sourcePath: string }): TranscriptResult {
  const read = parseCues(source, where.sourcePath, "a transcript");
  if (!read.ok) return read;
  const spoken = read.cues;
  return {
    ok: true,
    transcript: {
      file: where.file,
      paragraphs: paragraphsOf(spoken),
      cueCount: spoken.length,
      durationSeconds: Math.max(...spoken.map((cue) => cue.endSeconds)),
    },
  };
}

/**
 * A WebVTT file's cues with their text, checked as a transcript's are (structure, timings,
 * invisible characters, how many): for transcripts and chapters files alike. `what` names the
 * file's kind in messages: "a transcript".
 */
export function parseCues(source: string, sourcePath: string, what: string): { ok: true; cues: TimedCue[] } | { ok: false; problems: ContentProblem[] } {
  const where = { sourcePath };
  const text = source.replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\r|\n/);
  const unsafe = unsafeCharacters(lines.join("\n"));
  if (unsafe.length > 0) {
    return { ok: false, problems: unsafe.map(({ line, message }) => ({ file: where.sourcePath, line, message: `the line ${message}` })) };
  }
  // "metadata" keeps the parser's errors to the file's structure; see the module comment.
  const { cues, errors } = parser.parse(text, "metadata");
  if (cues.length > MAX_TRANSCRIPT_CUES) {
    const message = `has ${cues.length} cues, more than the ${MAX_TRANSCRIPT_CUES} ${what} may have (three hours at one a second); check that it belongs to one recording`;
    return { ok: false, problems: [{ file: where.sourcePath, line: 1, message }] };
  }

  const signatureMissing = errors.some((error) => error.message === PARSER.signature);
  const found: { line: number; message: string }[] = [];
  for (const error of errors) {
    const described = describeParserError(error, lines, signatureMissing);
    if (described) found.push(described);
  }
  found.push(...cuesWithoutText(lines));

  // One problem per block of lines: the parser's first error in a block explains the rest
  // (a broken "-->" also makes the cue's text "a standalone identifier").
  const blocks = new Set<number>();
  const problems: ContentProblem[] = [];
  for (const { line, message } of found.sort((a, b) => a.line - b.line)) {
    const block = blockStart(lines, line);
    if (blocks.has(block)) continue;
    blocks.add(block);
    problems.push({ file: where.sourcePath, line, message });
  }
  if (problems.length > 0) return { ok: false, problems };

  const spoken = cleanCues(cues);
  if (spoken.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file: where.sourcePath,
          line: 1,
          message: `has no cue with text: ${what} needs cues, each a timing line such as ${EXAMPLE_TIMING} and its text on the lines below`,
        },
      ],
    };
  }
  return { ok: true, cues: spoken };
}

function describeParserError(error: { message: string; line: number; col?: number }, lines: readonly string[], signatureMissing: boolean): { line: number; message: string } | undefined {
  const lineText = lines[error.line - 1] ?? "";
  const [start, end] = lineText.trim().split(/\s+-->\s+|\s+/);
  switch (error.message) {
    case PARSER.signature:
      return { line: 1, message: NO_SIGNATURE };
    case PARSER.headerLine:
      // Without WEBVTT the parser takes the first block for the header: the signature's problem covers it.
      if (signatureMissing || HEADER_METADATA.test(lineText)) return undefined;
      return { line: error.line, message: `${describeValue(lineText)} follows the WEBVTT line directly: add a blank line after the header, before the first cue` };
    case PARSER.endBeforeStart:
      return { line: error.line, message: `the cue ends at ${end}, which is not after it starts at ${start}: give it an end time later than its start` };
    case PARSER.outOfOrder:
      return { line: error.line, message: `the cue starts at ${start}, before the cue above it: keep the cues in the order of their start times` };
    case PARSER.standaloneIdentifier:
    case PARSER.identifierWithoutTiming: {
      // The parser is already on the line after the one it means.
      const line = error.line - 1;
      return {
        line,
        message: `${describeValue(lines[line - 1] ?? "")} is neither a cue timing nor followed by one: a cue is a timing line such as ${EXAMPLE_TIMING} (an id line may come before it), then its text`,
      };
    }
    case PARSER.blankLineMissing:
      return { line: error.line, message: `the cue timing ${describeValue(lineText)} follows the cue above without a blank line: add an empty line before it` };
  }
  const reason = error.message.charAt(0).toLowerCase() + error.message.slice(1).replace(/\.$/, "");
  const column = error.col === undefined ? "" : ` at column ${error.col}`;
  if (lineText.includes("-->") && TIMING_MESSAGES.has(error.message)) {
    return {
      line: error.line,
      message: `the cue timing ${describeValue(lineText)} is invalid${column}: ${reason}; write it as start --> end, each time as HH:MM:SS.mmm or MM:SS.mmm, such as ${EXAMPLE_TIMING}`,
    };
  }
  if (lineText.includes("-->")) {
    return {
      line: error.line,
      message: `the cue settings in ${describeValue(lineText)} are invalid${column}: ${reason}; the settings are align, line, position, size and vertical, such as "align:start position:10%", or none`,
    };
  }
  return { line: error.line, message: `invalid WebVTT${column}: ${reason}` };
}

/**
 * Cues whose timing line has no text under it. WebVTT allows them, but in a transcript
 * one is a slip (a line lost in editing), so it is named rather than skipped.
 */
function cuesWithoutText(lines: readonly string[]): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const isBlockStart = lines[index] !== "" && (index === 0 || lines[index - 1] === "");
    // The first block is the header, and NOTE and STYLE blocks hold no cue.
    if (!isBlockStart || index === 0 || /^(?:NOTE|STYLE)(?:$|[ \t])/.test(lines[index]!)) continue;
    const timing = lines[index]!.includes("-->") ? index : lines[index + 1]?.includes("-->") ? index + 1 : undefined;
    if (timing === undefined) continue;
    const next = lines[timing + 1];
    if (next === undefined || next === "") {
      found.push({
        line: timing + 1,
        message: `the cue ${describeValue(lines[timing]!.trim())} has no text: write its text on the lines below the timing, or remove the cue`,
      });
    }
  }
  return found;
}

/** The first line (1-based) of the block of non-blank lines that `line` is in. */
function blockStart(lines: readonly string[], line: number): number {
  let start = line;
  while (start > 1 && lines[start - 2] !== "") start--;
  return start;
}

/** A cue's time and its text as plain words. */
export type TimedCue = { startSeconds: number; endSeconds: number; text: string };
type SpokenCue = TimedCue;

/**
 * Each cue's text as plain lines, without its markup; a cue whose first line only repeats
 * the previous cue's last line loses it (rolling auto-captions show each line twice), and
 * a cue left with no text is dropped.
 */
function cleanCues(cues: readonly Cue[]): SpokenCue[] {
  const spoken: SpokenCue[] = [];
  let previousLastLine: string | undefined;
  for (const cue of cues) {
    const cueLines = plainText(cue.tree.children)
      .split("\n")
      .map((line) => line.replace(/[ \t\f\r]+/g, " ").trim())
      .filter((line) => line !== "");
    if (cueLines.length === 0) continue;
    const lastLine = cueLines.at(-1);
    if (cueLines[0] === previousLastLine) cueLines.shift();
    previousLastLine = lastLine;
    if (cueLines.length > 0) spoken.push({ startSeconds: cue.startTime, endSeconds: cue.endTime, text: cueLines.join(" ") });
  }
  return spoken;
}

/** The text of a cue's nodes: tags and in-cue timestamps dropped; entities are already decoded by the parser. */
function plainText(nodes: readonly TreeNode<TreeNodeObjectTagNameWithRt>[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.value;
      if (node.type === "timestamp") return "";
      // Ruby text is a reading aid for the characters beside it, not more words.
      if (node.name === "rt") return "";
      return plainText(node.children);
    })
    .join("");
}

function paragraphsOf(cues: readonly SpokenCue[]): TranscriptParagraph[] {
  const paragraphs: { startSeconds: number; texts: string[] }[] = [];
  cues.forEach((cue, index) => {
    const previous = cues[index - 1];
    const current = paragraphs.at(-1);
    const running = current ? cue.startSeconds - current.startSeconds : 0;
    const startsParagraph =
      !previous ||
      !current ||
      cue.startSeconds - previous.endSeconds >= PAUSE_SECONDS ||
      (running >= MAX_PARAGRAPH_SECONDS && SENTENCE_END.test(previous.text)) ||
      running >= LONGEST_PARAGRAPH_SECONDS;
    if (startsParagraph) paragraphs.push({ startSeconds: cue.startSeconds, texts: [cue.text] });
    else current.texts.push(cue.text);
  });
  return paragraphs.map(({ startSeconds, texts }) => ({ startSeconds, text: texts.join(" ") }));
}

/**
 * A link to `seconds` into the recording: YouTube's own `&t=…s` on its watch page (from any
 * YouTube URL form), else a media fragment `#t=…`, which browsers honour for a video file
 * and which an unaware page simply ignores. A start already in the URL is replaced: cue
 * times count from the start of the video, like the captions the file came from.
 */
export function timestampUrl(recordingUrl: string, seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const youTube = parseYouTubeUrl(recordingUrl);
  if (youTube) return `https://www.youtube.com/watch?v=${youTube.videoId}&t=${whole}s`;
  if (!URL.canParse(recordingUrl)) return `${recordingUrl.split("#")[0]}#t=${whole}`;
  const url = new URL(recordingUrl);
  url.hash = `t=${whole}`;
  return url.href;
}

/** "0:00", "12:05", "1:02:03": how players show a moment. */
export function formatTimestamp(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
