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
 * lib/import/__fixtures__/notist.json: four presentations in the shape of Notist's
 * presentation JSON (noti.st/<user>/<id>.json, merged into one `data` list), imported into a
 * copy of the committed talks.
 */

const FIXTURE = path.join(import.meta.dirname, "__fixtures__", "notist.json");
const temporaryFolders: string[] = [];

function folderWith(files: Record<string, string> = {}): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "talks-import-notist-"));
  temporaryFolders.push(folder);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe("importing Notist's presentations", () => {
  let report: ImportReport;
  let talks: Talk[];
  const talk = (slug: string) => talks.find((candidate) => candidate.slug === slug)!;
  const written = (slug: string) =>
    report.talks.find(
      (entry): entry is WrittenTalk => entry.status === "written" && entry.file.endsWith(`/${slug}.mdx`),
    )!;

  beforeAll(() => {
    const into = folderWith();
    fs.cpSync(TALKS_DIRECTORY, into, { recursive: true });
    report = importTalks("notist", FIXTURE, { into });
    // Together with the committed talks, under the rules of npm run check:content.
    talks = loadTalks(into, { includeDrafts: true });
  });

  it("writes each new presentation, and reports the one already there", () => {
    expect(report.talks.map((entry) => entry.status)).toEqual(["skipped", "written", "written", "written"]);
    expect(report.talks[0]).toMatchObject({
      title: "Profiling Go Applications in the Cloud-Native Era",
      reason: expect.stringMatching(
        /^already there: .*profiling-go-applications-in-the-cloud-native-era\.mdx has the same file name$/,
      ),
    });
    expect(talks).toHaveLength(9 + 3);
  });

  it("maps the presentation, its event, its page and its resources", () => {
    const summit = talk("continuous-profiling-going-beyond-metrics-logs-and-traces");
    expect(summit).toMatchObject({
      title: "Continuous Profiling: Going Beyond Metrics, Logs and Traces",
      slides: "https://noti.st/kakkoyun/9fRt2K/continuous-profiling-going-beyond-metrics-logs-and-traces",
      links: [{ title: "Parca", url: "https://www.parca.dev/" }],
      draft: false,
    });
    expect(summit.summary).toBe(
      "Metrics, logs and traces tell you that something is slow; profiles tell you which line of code is to blame. Continuous profiling collects them from every process, all the time, at a cost low enough for production.",
    );
    const [event] = summit.events;
    expect(event).toMatchObject({
      name: "Open Source Summit Europe 2022",
      location: "Dublin, Ireland",
      url: "https://events.linuxfoundation.org/open-source-summit-europe/",
      recording: "https://www.youtube.com/watch?v=Vn4pR7sKd2M",
      place: { kind: "located", city: "Dublin", countryCode: "IE" },
    });
    expect(toIsoString(event!.date)).toBe("2022-09-14");
    // The abstract's HTML as Markdown: its link kept, its script not.
    expect(summit.body).toContain("[Parca](https://www.parca.dev/)");
    expect(summit.body).toContain("_that_");
    expect(summit.body).not.toContain("track()");

    const problems = written("continuous-profiling-going-beyond-metrics-logs-and-traces").problems.map(
      formatImportProblem,
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        'notist.json (data[1]): events[0].name: Notist\'s "Open Source Summit Europe" names no year',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining("links: resources[2] https://parca-demo.now.sh/ no longer leads anywhere"),
    );
  });

  it("dates a presentation by what its event's days agree on, and finds the place the gazetteer knows", () => {
    const munich = talk("ebpf-for-the-rest-of-us");
    expect(toIsoString(munich.events[0]!.date)).toBe("2023-07");
    expect(munich.events[0]).toMatchObject({
      location: "Munich, Germany",
      place: { kind: "located", countryCode: "DE" },
    });
    const problems = written("ebpf-for-the-rest-of-us").problems.map(formatImportProblem);
    expect(problems).toContainEqual(
      expect.stringContaining('Notist\'s address "Munich, Bavaria, Germany" is written "Munich, Germany"'),
    );
  });

  it("writes as a draft what lacks a summary, and names what to add", () => {
    // The abstract's first sentence is longer than a summary may be: the summary is left to write.
    expect(talk("ebpf-for-the-rest-of-us")).toMatchObject({ draft: true });
    expect(written("ebpf-for-the-rest-of-us").toAdd.map((fact) => fact.field)).toEqual([
      "summary",
      "events[0].date",
      "draft",
    ]);
    expect(talk("ebpf-for-the-rest-of-us").body).toContain("We look at what the verifier checks");

    const webinar = talk("profiling-office-hours");
    expect(webinar).toMatchObject({ draft: true });
    expect(webinar.events[0]).toMatchObject({ name: "CNCF Webinar 2022" });
    expect(webinar.events[0]!.location).toBeUndefined();
    expect(written("profiling-office-hours").toAdd.map((fact) => fact.field)).toEqual([
      "summary",
      "body",
      "events[0].location",
      "draft",
    ]);
  });
});

describe("Notist input the importer cannot use", () => {
  function importJson(json: string) {
    const folder = folderWith({ "source.json": json });
    return () => importTalks("notist", path.join(folder, "source.json"), { into: path.join(folder, "talks") });
  }

  it("is refused, naming the file and what is wrong", () => {
    expect(importJson("{ not json")).toThrow(ImportInputError);
    expect(importJson("{ not json")).toThrow(/source\.json: is not valid JSON/);
    expect(importJson('{"data": {"type": "presentations"}}')).toThrow(
      /source\.json: is not Notist's JSON .*data: expected a list, got a group of fields/,
    );
    expect(importJson('{"data": [{"type": "users", "id": "su_1", "relationships": {"data": []}}]}')).toThrow(
      /source\.json: is Notist's list of a speaker's presentations \(noti\.st\/<user>\.json\)/,
    );
  });

  it("leaves out a presentation that does not read, and imports the others", () => {
    const fixture = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as { data: { attributes: { title: unknown } }[] };
    fixture.data[1]!.attributes.title = 42;
    const report = importJson(JSON.stringify(fixture))();
    expect(report.problems.map(formatImportProblem)).toEqual([
      expect.stringMatching(
        /source\.json \(data\[1\]\): is not a presentation .*attributes\.title: expected string, got 42/,
      ),
    ]);
    expect(report.talks.filter((entry) => entry.status === "written")).toHaveLength(3);
  });
});
