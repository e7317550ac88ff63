import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadTalks, type Talk } from "../content/load-talks";
import { toIsoString } from "../content/partial-date";
import { TALKS_DIRECTORY } from "../paths.mjs";
import { importTalks } from "./import-talks";
import { ImportInputError } from "./imported-talk";
import { formatImportProblem, type ImportReport, type WrittenTalk } from "./write-talks";

/**
 * lib/import/__fixtures__/sessionize.json: an event's All Data (sessions, speakers,
 * categories, rooms), with the speaker's three sessions among others, breaks and lunch.
 */

const FIXTURE = path.join(import.meta.dirname, "__fixtures__", "sessionize.json");
const EVENT = "Cloud Native Rejekts EU 2023";
const SPEAKER = "Kemal Akkoyun";
const temporaryFolders: string[] = [];

function emptyFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "talks-import-sessionize-"));
  temporaryFolders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe("importing an event's All Data from Sessionize", () => {
  let report: ImportReport;
  let talks: Talk[];
  const talk = (slug: string) => talks.find((candidate) => candidate.slug === slug)!;

  beforeAll(() => {
    const into = emptyFolder();
    fs.cpSync(TALKS_DIRECTORY, into, { recursive: true });
    report = importTalks("sessionize", FIXTURE, { into, eventName: EVENT, speakerName: SPEAKER });
    talks = loadTalks(into, { includeDrafts: true });
  });

  it("takes the speaker's sessions only, and reports the one already there", () => {
    expect(report.talks.map((entry) => [entry.title, entry.status])).toEqual([
      ["Parca Agent: Zero-Instrumentation Continuous Profiling with eBPF", "written"],
      ["eBPF? Safety First!", "skipped"],
      ["Debug Symbols at Scale with debuginfod", "written"],
    ]);
    expect(report.talks[1]).toMatchObject({
      reason: expect.stringMatching(/^already there: .*ebpf-safety-first\.mdx has the same file name$/),
    });
    expect(talks).toHaveLength(9 + 2);
  });

  it("maps the session: its day, recording, co-speakers, topics and format", () => {
    const agent = talk("parca-agent-zero-instrumentation-continuous-profiling-with-ebpf");
    expect(agent).toMatchObject({
      speakers: [{ name: "Frederic Branczyk" }],
      // "profiling" is spelled as the committed talks spell that topic.
      tags: ["Observability", "Profiling", "eBPF"],
      summary:
        "Profiles show where a program spends its CPU time and memory, down to the line. Parca Agent collects them from every process on a node with eBPF, without changing a line of the applications it profiles.",
      draft: false,
    });
    expect(agent.events).toEqual([
      expect.objectContaining({
        name: EVENT,
        recording: "https://www.youtube.com/watch?v=r5TnL0xWc3Y",
        format: "talk",
      }),
    ]);
    expect(agent.events[0]!.location).toBeUndefined();
    expect(toIsoString(agent.events[0]!.date)).toBe("2023-04-16");
    expect(agent.body).toContain("We show how the agent walks stacks");

    const lightning = talk("debug-symbols-at-scale-with-debuginfod");
    expect(lightning).toMatchObject({ draft: true, tags: ["Profiling"] });
    expect(lightning.events[0]).toMatchObject({ format: "lightning" });
  });

  it("names what could not be carried over and what to add", () => {
    const agent = report.talks[0] as WrittenTalk;
    const problems = agent.problems.map(formatImportProblem);
    expect(problems).toContainEqual(
      expect.stringContaining(
        'sessionize.json (sessions[1]): the categories "Level: Intermediate" are not carried over',
      ),
    );
    expect(problems).toContainEqual(expect.stringContaining('tags[1]: "profiling" is written "Profiling"'));
    expect(agent.toAdd.map((fact) => fact.field)).toEqual(["events[0].location"]);
    expect((report.talks[2] as WrittenTalk).toAdd.map((fact) => fact.field)).toEqual([
      "summary",
      "body",
      "events[0].location",
      "draft",
    ]);
  });
});

describe("Sessionize input the importer cannot use", () => {
  function importJson(
    json: string,
    options: { eventName?: string; speakerName?: string } = { eventName: EVENT, speakerName: SPEAKER },
  ) {
    const folder = emptyFolder();
    fs.writeFileSync(path.join(folder, "source.json"), json);
    return () =>
      importTalks("sessionize", path.join(folder, "source.json"), { into: path.join(folder, "talks"), ...options });
  }
  const fixture = fs.readFileSync(FIXTURE, "utf8");

  it("is refused, naming the file and what is wrong", () => {
    expect(importJson("[1, 2")).toThrow(/source\.json: is not valid JSON/);
    expect(importJson('{"sessions": "none"}')).toThrow(ImportInputError);
    expect(importJson('{"sessions": "none"}')).toThrow(
      /source\.json: is not Sessionize's All Data .*sessions: expected a list, got "none"; speakers: expected a list, got nothing/,
    );
    expect(importJson(fixture, { speakerName: SPEAKER })).toThrow(
      /source\.json: Sessionize's All Data does not name its event: give it with its year/,
    );
    expect(importJson(fixture, { eventName: EVENT, speakerName: "Someone Else" })).toThrow(
      /source\.json: no speaker is named "Someone Else" \(speakers: Kemal Akkoyun, Frederic Branczyk, Ada Example\)/,
    );
  });

  it("refuses a speaker's profile, whose sessions and events are not linked, and says why", () => {
    const profile = {
      speaker: { firstName: "Kemal", lastName: "Akkoyun" },
      sessions: [{ id: 1, title: "A talk", description: "Words." }],
      events: [
        {
          id: 2,
          name: "Some Conference 2023",
          eventStartDate: "2023-04-16T00:00:00",
          location: "Amsterdam, Netherlands",
        },
      ],
    };
    expect(importJson(JSON.stringify(profile))).toThrow(
      /source\.json: is a Sessionize speaker profile .* without saying which session was given at which event/,
    );
  });
});
