import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadTalks, UNEXPECTED_PROBLEM } from "./load-talks";
import { ContentError } from "./problems";

/**
 * Property: whatever a folder of talk files holds, loading it gives valid talks or a
 * ContentError whose every problem names one of the files, and never any other exception,
 * nor a problem no check foresaw, in bounded time. Files are generated from the shapes
 * authors (and attackers) write: YAML of every kind of value, broken YAML, MDX with components,
 * expressions, raw HTML, deep nesting and invisible characters. A failure prints its seed;
 * its file goes into __fixtures__/fuzz/, which the last test replays.
 */

const fixtures = path.join(import.meta.dirname, "__fixtures__");
let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "talks-fuzz-"));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const awkwardText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "C++", "C#", "c", "Go", "go", "\u202egnp.exe", "a\u0000b", "\u001b[31m", "---", "#", "*x", "&x", "!!js/function f", "2021-02-30", "0000", "Online", "Berlin, Germany", "https://", "javascript:alert(1)", "/slides/../x.pdf", "/talks/%E0%A4%A", "Replace this summary"),
  fc.string({ maxLength: 5 }).map((text) => text.repeat(300)),
);

/** A YAML value of any shape, written as YAML source. */
const yamlValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    awkwardText.map((text) => JSON.stringify(text)),
    awkwardText.filter((text) => !text.includes("\n")),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom("true", "false", "null", "~", "2021", "2021-06", "2021-06-14", "[]", "{}", "[52.5, 13.4]", "&a [1, 2]", "*a", "!!binary aGk=", "[[[[[[[[[]]]]]]]]]"),
    fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
    fc.dictionary(fc.constantFrom("name", "date", "url", "location", "recording", "slides", "transcript", "title", "x"), tie("value"), { maxKeys: 4 }).map(
      (entries) => `{${Object.entries(entries).map(([key, value]) => `${key}: ${value}`).join(", ")}}`,
    ),
  ),
})).value;

const FIELDS = ["title", "summary", "tags", "slides", "links", "speakers", "language", "events", "draft", "recording", "unknown"] as const;

const plausibleEvent = fc
  .record({
    name: awkwardText,
    date: fc.constantFrom("2021", "2021-06", "2021-06-14", "1969", "2100-01-01", "2021-13", "x"),
    location: fc.option(fc.constantFrom("Berlin, Germany", "Online", "Nowhere, Atlantis", "Berlin"), { nil: undefined }),
    recording: fc.option(fc.constantFrom("https://www.youtube.com/watch?v=abcdefghijk", "https://", "ftp://x"), { nil: undefined }),
  })
  .map((event) =>
    [
      `  - name: ${JSON.stringify(event.name)}`,
      `    date: ${event.date}`,
      ...(event.location ? [`    location: ${JSON.stringify(event.location)}`] : []),
      ...(event.recording ? [`    recording: ${event.recording}`] : []),
    ].join("\n"),
  );

const frontMatter = fc.oneof(
  // Fields a talk has, each with a value of any shape.
  fc.dictionary(fc.constantFrom(...FIELDS), yamlValue, { maxKeys: 8 }).map((fields) =>
    Object.entries(fields)
      .map(([key, value]) => `${key}: ${value}`)
      .join("\n"),
  ),
  // A talk close to valid, so that the checks past the schema run too.
  fc.record({ title: awkwardText, summary: awkwardText, tags: fc.array(awkwardText, { maxLength: 4 }), events: fc.array(plausibleEvent, { minLength: 1, maxLength: 3 }) }).map(
    (talk) =>
      [`title: ${JSON.stringify(talk.title)}`, `summary: ${JSON.stringify(talk.summary)}`, `tags: ${JSON.stringify(talk.tags)}`, "events:", ...talk.events].join("\n"),
  ),
  fc.string({ maxLength: 200 }),
);

const bodyPart = fc.oneof(
  awkwardText,
  fc.constantFrom(
    "{1 + 1}",
    "import x from 'y'",
    "<script>alert(1)</script>",
    '<SlidesLink href="https://example.com">s</SlidesLink>',
    '<VideoEmbed href="https://www.youtube.com/watch?v=abcdefghijk" />',
    "<Tweet />",
    "[a](/talks/%E0%A4%A)",
    "[a](javascript:alert(1))",
    '<a href="/talks/nope" onClick="x">a</a>',
    "<>",
    "</div>",
    "\\",
    "```\ncode\n```",
  ),
  fc.nat({ max: 3_000 }).map((depth) => `${"> ".repeat(depth)}deep`),
  fc.nat({ max: 3_000 }).map((depth) => `${"<span>".repeat(depth)}deep${"</span>".repeat(depth)}`),
  fc.nat({ max: 1_000 }).map((depth) => `${"- ".repeat(depth)}item`),
);

const talkFile = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(frontMatter, fc.array(bodyPart, { maxLength: 4 })).map(([fields, body]) => `---\n${fields}\n---\n\n${body.join("\n\n")}\n`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")) },
);

const fileName = fc.oneof(fc.constantFrom("talk.mdx", "other-talk.mdx", "tags.mdx", "Bad Name.mdx", "notes.md", "x.mdx.bak"), fc.stringMatching(/^[a-z0-9-]{1,12}\.mdx$/));

let runs = 0;

/** Writes the files into a fresh folder and loads it as the build does. */
function loadFolder(files: [string, string][]): { talks?: number; problems?: ContentError["problems"] } {
  const folder = path.join(scratch, `run-${runs++}`);
  fs.mkdirSync(folder);
  for (const [name, text] of files) fs.writeFileSync(path.join(folder, name), text, "latin1");
  try {
    return { talks: loadTalks(folder, { includeDrafts: true, publicDirectory: path.join(fixtures, "public"), transcriptsDirectory: path.join(fixtures, "transcripts") }).length };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { problems: error.problems };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function holdsTheProperty(files: [string, string][]): void {
  const started = performance.now();
  const result = loadFolder(files);
  const elapsed = performance.now() - started;
  // Generous, for a busy machine: the point is that nothing runs away (a bomb, a catastrophic regular expression).
  expect(elapsed).toBeLessThan(10_000);
  for (const problem of result.problems ?? []) {
    expect(problem.message, `${problem.file}: ${problem.message}`).not.toContain(UNEXPECTED_PROBLEM);
    expect(problem.message.length).toBeLessThan(1_000);
    const named = files.some(([name]) => problem.file.endsWith(`/${name}`)) || problem.file.includes("__fixtures__/transcripts/");
    expect(named, `${problem.file}: ${problem.message}`).toBe(true);
  }
}

describe("loading talk files of any shape", () => {
  it("gives valid talks or content errors naming the file, never another exception", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fileName, talkFile), { minLength: 1, maxLength: 3, selector: ([name]) => name }), (files) => holdsTheProperty(files)),
      // A fixed seed, so that CI runs the same 300 cases every time and a failure is not luck;
      // FUZZ_SEED=<n> explores others (a run that found something: keep its file in __fixtures__/fuzz/).
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20_261_207) },
    );
  }, 120_000);

  it("replays every failure it found before", () => {
    const found = path.join(fixtures, "fuzz");
    const replayed = fs.readdirSync(found).filter((name) => name.endsWith(".txt"));
    expect(replayed.length).toBeGreaterThan(0);
    for (const name of replayed) holdsTheProperty([["talk.mdx", fs.readFileSync(path.join(found, name), "latin1")]]);
  });
});
