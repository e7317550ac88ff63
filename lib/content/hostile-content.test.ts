import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { MAX_BODY_DEPTH, MAX_CONTENT_FILE_BYTES, MAX_TRANSCRIPT_CUES } from "./limits";
import { loadProfile } from "./load-profile";
import { loadTalks } from "./load-talks";
import { ContentError } from "./problems";

/**
 * Hostile inputs that cannot be committed as plain fixtures (symbolic links, folders, a pipe,
 * files of megabytes, invisible characters), made in a scratch project for each test. Each
 * must give a content problem naming the file, never another exception; the small ones are
 * files in __fixtures__/invalid/ (lib/content/load-talks.test.ts).
 */

let root: string;
let talks: string;
let transcripts: string;
let publicDirectory: string;
let outside: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "talks-hostile-"));
  talks = path.join(root, "project", "content", "talks");
  transcripts = path.join(root, "project", "content", "transcripts");
  publicDirectory = path.join(root, "project", "public");
  outside = path.join(root, "elsewhere");
  for (const folder of [talks, transcripts, path.join(publicDirectory, "slides"), path.join(publicDirectory, "images"), outside]) {
    fs.mkdirSync(folder, { recursive: true });
  }
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function talkFile(fields: { title?: string; tags?: string[]; extra?: string } = {}, body = "An abstract."): string {
  return [
    "---",
    `title: ${JSON.stringify(fields.title ?? "A Talk")}`,
    "summary: A summary.",
    ...(fields.tags ? [`tags: ${JSON.stringify(fields.tags)}`] : []),
    "events:",
    "  - name: Conf 2021",
    "    date: 2021",
    ...(fields.extra ? [fields.extra] : []),
    "---",
    "",
    body,
    "",
  ].join("\n");
}

/** The problems of loading the scratch project's talks, each "file:line: field: message" with the scratch path cut. */
function problems(): string[] {
  try {
    loadTalks(talks, { includeDrafts: true, publicDirectory, transcriptsDirectory: transcripts });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const scratch = `${path.relative(process.cwd(), path.join(root, "project"))}/`;
    return (error as ContentError).problems.map((problem) => {
      const file = problem.file.replace(scratch, "");
      const where = problem.line === undefined ? file : `${file}:${problem.line}`;
      return (problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`).replaceAll(scratch, "");
    });
  }
  throw new Error("expected the talks to be refused");
}

const LINK_MESSAGE = "is a symbolic link (or inside a linked folder), which the site does not follow: put the file itself there, not a link to it";

describe("files that are not talk files", () => {
  it("names a folder inside content/talks/ instead of leaving its talks out", () => {
    fs.mkdirSync(path.join(talks, "2021"));
    fs.writeFileSync(path.join(talks, "2021", "nested.mdx"), talkFile());
    fs.writeFileSync(path.join(talks, "kept.mdx"), talkFile());
    expect(problems()).toEqual([
      "content/talks/2021/: a folder in content/talks/ is not read: each talk is one file directly in content/talks/, so move its files up (e.g. 2021/my-talk.mdx to my-talk.mdx)",
    ]);
  });

  it("names a talk file that is a symbolic link, inside the project or out of it", () => {
    fs.writeFileSync(path.join(outside, "secret.mdx"), talkFile());
    fs.writeFileSync(path.join(talks, "real.mdx"), talkFile());
    fs.symlinkSync(path.join(outside, "secret.mdx"), path.join(talks, "linked-out.mdx"));
    fs.symlinkSync(path.join(talks, "real.mdx"), path.join(talks, "linked-in.mdx"));
    fs.symlinkSync(path.join(outside, "missing.mdx"), path.join(talks, "dangling.mdx"));
    expect(problems()).toEqual([
      `content/talks/dangling.mdx:1: the file ${LINK_MESSAGE}`,
      `content/talks/linked-in.mdx:1: the file ${LINK_MESSAGE}`,
      `content/talks/linked-out.mdx:1: the file ${LINK_MESSAGE}`,
    ]);
  });

  it("names a pipe, which reading would wait on forever", () => {
    fs.writeFileSync(path.join(talks, "real.mdx"), talkFile());
    execFileSync("mkfifo", [path.join(talks, "pipe.mdx")]);
    expect(problems()).toEqual(["content/talks/pipe.mdx: is not a file (a pipe, socket or device); only .mdx files belong in content/talks/"]);
  });

  it("names a PDF deck, a transcript and a headshot that are links out of the project", () => {
    fs.writeFileSync(path.join(outside, "deck.pdf"), "%PDF-1.4");
    fs.writeFileSync(path.join(outside, "captions.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n");
    fs.writeFileSync(path.join(outside, "face.png"), "png");
    fs.symlinkSync(path.join(outside, "deck.pdf"), path.join(publicDirectory, "slides", "deck.pdf"));
    fs.symlinkSync(path.join(outside, "captions.vtt"), path.join(transcripts, "captions.vtt"));
    fs.symlinkSync(path.join(outside, "face.png"), path.join(publicDirectory, "images", "headshot.png"));
    const extra = ["    slides: /slides/deck.pdf", "    recording: https://www.youtube.com/watch?v=abcdefghijk", "    transcript: captions.vtt"].join("\n");
    fs.writeFileSync(path.join(talks, "linked.mdx"), talkFile({ extra }));
    expect(problems()).toEqual([
      `content/talks/linked.mdx:7: events[0].slides: /slides/deck.pdf ${LINK_MESSAGE}`,
      `content/transcripts/captions.vtt:1: the file ${LINK_MESSAGE}`,
    ]);

    const profile = path.join(root, "project", "content", "speaker.mdx");
    fs.copyFileSync(path.join(import.meta.dirname, "__fixtures__", "profile", "valid", "full.mdx"), profile);
    expect(() => loadProfile(profile, { publicDirectory, talksDirectory: talks })).toThrow(`headshot.src: /images/headshot.png ${LINK_MESSAGE}`);
  });

  it("names a PDF deck under a folder of public/ that is a link", () => {
    fs.mkdirSync(path.join(outside, "decks"));
    fs.writeFileSync(path.join(outside, "decks", "deck.pdf"), "%PDF-1.4");
    fs.symlinkSync(path.join(outside, "decks"), path.join(publicDirectory, "decks"));
    fs.writeFileSync(path.join(talks, "linked.mdx"), talkFile({ extra: "    slides: /decks/deck.pdf" }));
    expect(problems()).toEqual([`content/talks/linked.mdx:7: events[0].slides: /decks/deck.pdf ${LINK_MESSAGE}`]);
  });
});

describe("bounds", () => {
  it("refuses a file above the size limit before reading it", () => {
    fs.writeFileSync(path.join(talks, "huge.mdx"), talkFile({ title: "x".repeat(5 * 1024 * 1024) }));
    expect(problems()).toEqual([
      `content/talks/huge.mdx:1: the file is 5 MB, more than the ${MAX_CONTENT_FILE_BYTES / 1024} KB a content file may be; keep the text to what a page shows (a transcript goes in content/transcripts/)`,
    ]);
  });

  it("refuses a body nested 20,000 levels deep, quickly and without a stack overflow", () => {
    const quotes = `${"> ".repeat(20_000)}deep`;
    const elements = `${"<span>".repeat(20_000)}deep${"</span>".repeat(20_000)}`;
    fs.writeFileSync(path.join(talks, "quotes.mdx"), talkFile({}, quotes));
    fs.writeFileSync(path.join(talks, "elements.mdx"), talkFile({}, elements));
    const started = performance.now();
    const found = problems();
    expect(found).toHaveLength(2);
    for (const problem of found) {
      expect(problem).toMatch(
        new RegExp(`^content/talks/(quotes|elements)\\.mdx(:\\d+)?: body: the abstract nests more than ${MAX_BODY_DEPTH} levels deep`),
      );
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it("refuses NUL, ESC and a right-to-left override in a title, by line and column, or by field when written as an escape", () => {
    fs.writeFileSync(path.join(talks, "nul.mdx"), talkFile({ title: "Null\u0000byte" }).replace("\\u0000", "\u0000"));
    fs.writeFileSync(path.join(talks, "escape.mdx"), talkFile({ title: "Colour \u001b[31mred" }));
    fs.writeFileSync(path.join(talks, "override.mdx"), talkFile({ title: "Profiling \u202eog ni" }));
    const reason = "which no text needs and which would reach the page, its title and the feeds unseen";
    expect(problems()).toEqual([
      `content/talks/escape.mdx:2: title: holds U+001B (ESC), written as a YAML escape (such as "\\u0000" or "\\e"), ${reason}; remove the escape`,
      `content/talks/nul.mdx:2: the line contains U+0000 (NUL) at column 13, ${reason}; delete it (an editor that shows invisible characters helps)`,
      "content/talks/override.mdx:2: the line contains U+202E (RIGHT-TO-LEFT OVERRIDE) at column 19, which makes text display in an order other than it is written; delete it (an editor that shows invisible characters helps)",
    ]);
  });

  it("refuses a transcript with more cues than three hours of captions", () => {
    const cues = Array.from({ length: MAX_TRANSCRIPT_CUES + 1 }, (_, index) => {
      const start = new Date(index * 1000).toISOString().slice(11, 23);
      const end = new Date(index * 1000 + 900).toISOString().slice(11, 23);
      return `${start} --> ${end}\nWord ${index}`;
    });
    fs.writeFileSync(path.join(transcripts, "long.vtt"), `WEBVTT\n\n${cues.join("\n\n")}\n`);
    const extra = ["    recording: https://www.youtube.com/watch?v=abcdefghijk", "    transcript: long.vtt"].join("\n");
    fs.writeFileSync(path.join(talks, "long.mdx"), talkFile({ extra }));
    expect(problems()).toEqual([
      `content/transcripts/long.vtt:1: has ${MAX_TRANSCRIPT_CUES + 1} cues, more than the ${MAX_TRANSCRIPT_CUES} a transcript may have (three hours at one a second); check that it belongs to one recording`,
    ]);
  });
});

describe("names that collide", () => {
  it("names both files when tags in two talks share a topic page", () => {
    fs.writeFileSync(path.join(talks, "a-c.mdx"), talkFile({ tags: ["C"] }));
    fs.writeFileSync(path.join(talks, "b-csharp.mdx"), talkFile({ tags: ["Go", "C#"] }));
    fs.writeFileSync(path.join(talks, "c-go.mdx"), talkFile({ tags: ["go"] }));
    expect(problems()).toEqual([
      'content/talks/b-csharp.mdx:4: tags[1]: "C#" and "C" (content/talks/a-c.mdx:4) would share one topic page (its address ends in /c); spell them the same way, or tell them apart in letters and digits (e.g. "C#" as "CSharp")',
      'content/talks/c-go.mdx:4: tags[0]: "go" and "Go" (content/talks/b-csharp.mdx:4) would share one topic page (its address ends in /go); spell them the same way, or tell them apart in letters and digits (e.g. "C#" as "CSharp")',
    ]);
  });
});
