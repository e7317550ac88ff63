import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadTalks, type Talk } from "../content/load-talks";
import { TALKS_DIRECTORY } from "../paths.mjs";
import { importTalks } from "./import-talks";
import { formatImportProblem, type ImportReport, type WrittenTalk } from "./write-talks";
import { readVideoTitle } from "./youtube";

/**
 * lib/import/__fixtures__/youtube-playlist.json: the speaker's playlist as
 * `yt-dlp --flat-playlist -J` writes it: three videos of committed talks, two new ones,
 * one whose title names no event, and a private video.
 */

const FIXTURE = path.join(import.meta.dirname, "__fixtures__", "youtube-playlist.json");
const SPEAKER = "Kemal Akkoyun";
const temporaryFolders: string[] = [];

function emptyFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "talks-import-youtube-"));
  temporaryFolders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe("importing a YouTube playlist", () => {
  let report: ImportReport;
  let talks: Talk[];
  const talk = (slug: string) => talks.find((candidate) => candidate.slug === slug)!;

  beforeAll(() => {
    const into = emptyFolder();
    fs.cpSync(TALKS_DIRECTORY, into, { recursive: true });
    report = importTalks("youtube", FIXTURE, { into, speakerName: SPEAKER });
    talks = loadTalks(into, { includeDrafts: true });
  });

  it("reports the talks already there, by their recording even under another URL form", () => {
    const [thanos, parca, profiler] = report.talks;
    // The title names no event, so the talk could not be written; its recording is already there.
    expect(thanos).toMatchObject({
      status: "skipped",
      reason: expect.stringContaining(
        "absorbing-thanos-infinite-powers-for-multi-cluster-telemetry.mdx has the same recording",
      ),
    });
    expect(parca).toMatchObject({
      status: "skipped",
      reason: expect.stringContaining("parca-profiling-in-the-cloud-native-era.mdx has the same file name"),
    });
    expect(profiler).toMatchObject({ status: "skipped", title: "Building a Go Profiler Using Go" });
    expect(talks).toHaveLength(9 + 2);
  });

  it("writes a talk per new video, with its recording, the event and co-speakers its title names, and only the year", () => {
    const production = talk("continuous-profiling-in-production-what-we-learned-building-parca");
    expect(production).toMatchObject({
      title: "Continuous Profiling in Production: What We Learned Building Parca",
      speakers: [{ name: "Frederic Branczyk" }],
      draft: true,
      events: [
        expect.objectContaining({
          name: "KubeCon EU 2023",
          date: { year: 2023 },
          recording: "https://www.youtube.com/watch?v=Zq8vK2mH4pE",
        }),
      ],
    });
    expect(production.events[0]!.location).toBeUndefined();

    const runtime = talk("understanding-the-go-runtime-with-ebpf");
    expect(runtime).toMatchObject({
      draft: false,
      summary:
        "The Go runtime schedules goroutines, grows stacks and collects garbage without asking you. eBPF lets you watch it do so, from outside the process and without recompiling it.",
      events: [
        expect.objectContaining({
          name: "GopherCon Turkey 2022",
          date: { year: 2022 },
          recording: "https://www.youtube.com/watch?v=bQd1CBkxwfA",
        }),
      ],
    });
    const written = report.talks[4] as WrittenTalk;
    expect(written.toAdd.map((fact) => fact.field)).toEqual(["events[0].date", "events[0].location"]);
  });

  it("does not write a video whose title names no event, and says how to add it", () => {
    expect(report.talks[5]).toMatchObject({
      status: "skipped",
      title: "Observability Q&A with Kemal Akkoyun",
      reason: expect.stringContaining(
        'npm run new-talk -- --title "Observability Q&A with Kemal Akkoyun" --recording https://www.youtube.com/watch?v=W3kXo9LpQ2s',
      ),
    });
    expect(report.problems.map(formatImportProblem)).toEqual([
      expect.stringContaining("youtube-playlist.json (entries[6]): the video a1B2c3D4e5F is [Private video]"),
    ]);
  });
});

describe("a conference video's title", () => {
  it.each([
    [
      "Parca - Profiling in the Cloud-Native Era - Matthias Loibl & Kemal Akkoyun, Polar Signals | KubeCon NA 2021",
      "Parca - Profiling in the Cloud-Native Era",
      "KubeCon NA 2021",
      ["Matthias Loibl"],
    ],
    [
      "GopherCon EU 2022: Kemal Akkoyun - Building a Go Profiler Using Go",
      "Building a Go Profiler Using Go",
      "GopherCon EU 2022",
      [],
    ],
    ["PromCon Online 2020 - The Zen of Prometheus", "The Zen of Prometheus", "PromCon Online 2020", []],
    [
      "Story of Correlation: Integrating Thanos Metrics - Kemal Akkoyun, Red Hat",
      "Story of Correlation: Integrating Thanos Metrics",
      undefined,
      [],
    ],
    ["Observability in 2021", "Observability in 2021", undefined, []],
  ])("%s", (written, title, eventName, coSpeakers) => {
    expect(readVideoTitle(written, SPEAKER)).toEqual({ title, ...(eventName ? { eventName } : {}), coSpeakers });
  });
});

describe("a playlist the importer cannot use", () => {
  function importJson(json: string) {
    const folder = emptyFolder();
    fs.writeFileSync(path.join(folder, "source.json"), json);
    return () =>
      importTalks("youtube", path.join(folder, "source.json"), {
        into: path.join(folder, "talks"),
        speakerName: SPEAKER,
      });
  }

  it("is refused, naming the file and what is wrong", () => {
    expect(importJson("")).toThrow(/source\.json: is not valid JSON/);
    expect(importJson('{"_type": "video", "id": "ficc6_6RYQk"}')).toThrow(
      /source\.json: is one video's JSON, not a playlist's/,
    );
    expect(importJson('{"_type": "playlist", "entries": {}}')).toThrow(
      /source\.json: is not a playlist as yt-dlp --flat-playlist -J writes it .*entries: expected a list/,
    );
  });

  it("leaves out an entry that does not read, and imports the others", () => {
    const report = importJson(
      JSON.stringify({
        _type: "playlist",
        entries: [
          { title: "No id" },
          {
            id: "Zq8vK2mH4pE",
            title: "A Talk - Kemal Akkoyun | FOSDEM 2024",
            url: "https://www.youtube.com/watch?v=Zq8vK2mH4pE",
          },
        ],
      }),
    )();
    expect(report.problems.map(formatImportProblem)).toEqual([
      expect.stringMatching(
        /source\.json \(entries\[0\]\): is not a video the importer can read, so it is left out: id: expected string, got nothing/,
      ),
    ]);
    expect(report.talks).toEqual([expect.objectContaining({ status: "written", title: "A Talk" })]);
  });

  it("makes npm run import exit 1 with the file and the fault", () => {
    const folder = emptyFolder();
    const source = path.join(folder, "playlist.json");
    fs.writeFileSync(source, '{"entries": []}');
    const result = spawnSync(
      path.join("node_modules", ".bin", "tsx"),
      ["scripts/author/import.mts", "youtube", source, "--into", path.join(folder, "talks")],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("playlist.json: is not a playlist as yt-dlp --flat-playlist -J writes it");
    expect(fs.existsSync(path.join(folder, "talks"))).toBe(false);
  });
});
