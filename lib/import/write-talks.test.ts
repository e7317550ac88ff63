import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import type { ImportedTalk } from "./imported-talk";
import { paragraphsFromPlainText } from "./prose";
import { talkFileText, writeImportedTalks } from "./write-talks";
import { loadTalks } from "../content/load-talks";

const temporaryFolders: string[] = [];

function emptyFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "talks-import-write-"));
  temporaryFolders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

function talk(overrides: Partial<ImportedTalk>): ImportedTalk {
  return {
    kind: "talk",
    place: { item: "entries[0]" },
    title: "A Talk",
    summary: "One sentence.",
    abstract: paragraphsFromPlainText("One sentence."),
    tags: [],
    links: [],
    speakers: [],
    events: [{ name: "FOSDEM 2020", date: { year: 2020 } }],
    toAdd: [],
    problems: [],
    ...overrides,
  };
}

describe("a written talk file", () => {
  it("reads back exactly as imported, whatever YAML would make of the text", () => {
    const tricky = talk({
      title: '"Quoted": yes, #not-a-comment, - not a list, null',
      summary: "true: a summary that YAML must not read as anything but text. It has two sentences.",
      tags: ["C++", "Go"],
      events: [
        { name: "2021", date: { year: 2021 } },
        {
          name: "KubeCon EU 2022",
          date: { year: 2022, month: 5, day: 16 },
          location: "Valencia, Spain",
          coordinates: [39.47, -0.38],
          format: "keynote",
        },
      ],
    });
    const into = emptyFolder();
    const report = writeImportedTalks(
      { talks: [tricky], problems: [] },
      { into, sourceFile: path.join(into, "source.json") },
    );
    expect(report.talks).toEqual([expect.objectContaining({ status: "written", draft: false })]);
    const [read] = loadTalks(into, { includeDrafts: true });
    expect(read).toMatchObject({ title: tricky.title, summary: tricky.summary, tags: ["C++", "Go"], draft: false });
    expect(read!.events.map((event) => [event.name, event.date, event.format])).toEqual([
      ["KubeCon EU 2022", { year: 2022, month: 5, day: 16 }, "keynote"],
      ["2021", { year: 2021 }, "talk"],
    ]);
  });

  it("is laid out as the talk files are: a schema comment, the summary folded, tags on one line, a year unquoted", () => {
    const text = talkFileText(talk({ tags: ["Go", "eBPF"] }), ["Go", "eBPF"]);
    expect(text).toMatch(
      /^---\n# yaml-language-server: \$schema=\.\.\/talk\.schema\.json\ntitle: A Talk\nsummary: >-\n {2}One sentence\.\ntags: \[Go, eBPF\]\n/,
    );
    expect(text).toContain("    date: 2020\n");
  });

  it("is a draft, with the scaffold's text to replace, when the source gives no abstract", () => {
    const into = emptyFolder();
    writeImportedTalks(
      { talks: [talk({ summary: undefined, abstract: undefined })], problems: [] },
      { into, sourceFile: path.join(into, "x.json") },
    );
    const text = fs.readFileSync(path.join(into, "a-talk.mdx"), "utf8");
    expect(text).toContain(
      "# A draft: what the source did not give is still to be written. Remove this line to publish.\ndraft: true\n",
    );
    expect(loadTalks(into, { includeDrafts: true })[0]).toMatchObject({
      draft: true,
      summary: expect.stringContaining("Replace this summary"),
    });
  });

  it("is written once when the source gives a talk twice", () => {
    const into = emptyFolder();
    const report = writeImportedTalks(
      { talks: [talk({}), talk({ place: { item: "entries[3]" }, title: "a talk" })], problems: [] },
      { into, sourceFile: path.join(into, "x.json") },
    );
    expect(report.talks[1]).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(
        /^the source gives it twice: it is written from .*x\.json \(entries\[0\]\) as .*a-talk\.mdx \(the same file name\)$/,
      ),
    });
    expect(fs.readdirSync(into)).toEqual(["a-talk.mdx"]);
  });

  it("leaves out tags the schema would refuse, and says so", () => {
    const into = emptyFolder();
    const report = writeImportedTalks(
      { talks: [talk({ tags: ["Go", "++", "x".repeat(41), "go"] })], problems: [] },
      { into, sourceFile: path.join(into, "x.json") },
    );
    expect(loadTalks(into, { includeDrafts: true })[0]!.tags).toEqual(["Go"]);
    expect(report.talks[0]!.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'tags[1]: "++" is left out: a tag has at most 40 characters, with a letter or digit from a-z or 0-9',
      `tags[2]: "${"x".repeat(41)}" is left out: a tag has at most 40 characters, with a letter or digit from a-z or 0-9`,
    ]);
  });
});

describe("short links of imported talks", () => {
  it("give a talk whose file name's code is taken a short: of its own, and say so; the files pass the check", () => {
    const into = emptyFolder();
    // Already there: /t/esf.
    fs.writeFileSync(
      path.join(into, "ebpf-safety-first.mdx"),
      "---\ntitle: eBPF Safety First\nsummary: Safe.\nevents:\n  - name: Conf 2022\n    date: 2022\n---\n\nAbstract.\n",
    );
    const report = writeImportedTalks(
      {
        talks: [
          talk({ title: "Event Safety First", events: [{ name: "Conf 2023", date: { year: 2023 } }] }),
          talk({ title: "Extra Safe Features", events: [{ name: "Conf 2024", date: { year: 2024 } }] }),
        ],
        problems: [],
      },
      { into, sourceFile: path.join(into, "source.json") },
    );
    expect(report.talks.map((written) => written.status)).toEqual(["written", "written"]);
    const codes = new Map(loadTalks(into, { includeDrafts: true }).map((read) => [read.slug, read.shortCode]));
    expect(Object.fromEntries(codes)).toEqual({
      "ebpf-safety-first": "esf",
      "event-safety-first": "esf2",
      "extra-safe-features": "esf3",
    });
    const problems = report.talks.flatMap((written) => written.problems);
    expect(problems.filter((problem) => problem.field === "short").map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^the short link its file name gives, \/t\/esf, is .*ebpf-safety-first\.mdx's: it is written with short: esf2$/,
      ),
      expect.stringMatching(
        /^the short link its file name gives, \/t\/esf, is .*ebpf-safety-first\.mdx's: it is written with short: esf3$/,
      ),
    ]);
  });
});
