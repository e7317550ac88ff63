import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadTalks, type Talk } from "../content/load-talks";
import { toIsoString } from "../content/partial-date";
import { TALKS_DIRECTORY } from "../paths.mjs";
import { importTalks } from "./import-talks";
import { formatImportProblem, type ImportReport, type WrittenTalk } from "./write-talks";

/**
 * The seed's talks page, imported into an empty folder, against the talk files committed
 * from it by hand: the same talks and events, and the same links wherever the page's own
 * link is right. Where it is wrong (lib/import/__fixtures__/talks-page.md is the seed, with
 * the defects its FACTS.md lists), the import says so and leaves the fact out.
 */

const PAGE = path.join(import.meta.dirname, "__fixtures__", "talks-page.md");
const temporaryFolders: string[] = [];

function emptyFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "talks-import-"));
  temporaryFolders.push(folder);
  return folder;
}

/** Every file of a folder with its text: what an import must leave as it was. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), "utf8")]),
  );
}

afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

/** Every problem reported for a talk, as the CLI prints it. */
function problemsOf(report: ImportReport, slug: string): string[] {
  const talk = report.talks.find(
    (entry): entry is WrittenTalk => entry.status === "written" && entry.file.endsWith(`/${slug}.mdx`),
  );
  return (talk?.problems ?? []).map(formatImportProblem);
}

describe("importing the seed's talks page", () => {
  let into: string;
  let report: ImportReport;
  let imported: Talk[];
  const committed = loadTalks(TALKS_DIRECTORY, { includeDrafts: true });

  beforeAll(() => {
    into = emptyFolder();
    report = importTalks("markdown", PAGE, { into });
    // The loader throws on any problem: the folder passes the same rules as npm run check:content.
    imported = loadTalks(into, { includeDrafts: true });
  });

  it("gives the same talks and events (names and years) as the committed files", () => {
    const eventsOf = (talks: readonly Talk[]) =>
      talks.flatMap((talk) => talk.events.map((event) => `${talk.slug}: ${event.name} (${event.date.year})`)).sort();
    expect(imported.map((talk) => talk.slug).sort()).toEqual(committed.map((talk) => talk.slug).sort());
    expect(eventsOf(imported)).toEqual(eventsOf(committed));
    expect(imported).toHaveLength(9);
    expect(eventsOf(imported)).toHaveLength(10);
    expect(report.talks.every((talk) => talk.status === "written" && !talk.draft)).toBe(true);
  });

  it("carries the same slides, links, recordings and event pages, except where the page's link is wrong, which it reports", () => {
    const differences: string[] = [];
    for (const talk of committed) {
      const mine = imported.find((candidate) => candidate.slug === talk.slug)!;
      if (mine.slides !== talk.slides) differences.push(`${talk.slug}: slides`);
      const urls = (links: Talk["links"]) => links.map((link) => link.url).sort();
      if (JSON.stringify(urls(mine.links)) !== JSON.stringify(urls(talk.links)))
        differences.push(`${talk.slug}: links`);
      for (const event of talk.events) {
        const same = mine.events.find((candidate) => candidate.name === event.name)!;
        for (const field of ["url", "recording", "slides"] as const) {
          if (same[field] !== event[field]) differences.push(`${talk.slug}: events[${same.fileIndex}].${field}`);
        }
      }
    }
    // Each difference is a fact the page gets wrong: left out, and reported on that talk's field.
    for (const difference of differences) {
      const [slug, field] = difference.split(": ") as [string, string];
      expect(problemsOf(report, slug).some((problem) => problem.includes(`: ${field}: `))).toBe(true);
    }
    // FACTS.md: the Go profiler's "Recording" links the page itself; its real recording is not on the page.
    expect(differences).toEqual(["building-a-go-profiler-using-go: events[0].recording"]);
    expect(
      imported.find((talk) => talk.slug === "building-a-go-profiler-using-go")!.events[0]!.recording,
    ).toBeUndefined();
  });

  it("dates each event by the year its name gives, and gives it no place", () => {
    for (const talk of imported) {
      for (const event of talk.events) {
        expect(toIsoString(event.date)).toBe(String(event.date.year));
        expect(event.location).toBeUndefined();
        expect(event.place).toBeUndefined();
      }
    }
  });

  it("tells the author, per file and field, what to add: each event's place and its month or day", () => {
    const written = report.talks.filter((talk): talk is WrittenTalk => talk.status === "written");
    const toAdd = written.flatMap((talk) => talk.toAdd.map((fact) => `${path.basename(fact.file)}: ${fact.field}`));
    for (const talk of imported) {
      talk.events.forEach((_event, index) => {
        expect(toAdd).toContain(`${talk.slug}.mdx: events[${index}].location`);
        expect(toAdd).toContain(`${talk.slug}.mdx: events[${index}].date`);
      });
    }
  });

  it("reports each defect of the page where it stands, and what it kept", () => {
    const goProfiler = problemsOf(report, "building-a-go-profiler-using-go");
    const deck = goProfiler.find((problem) => problem.includes("talks-page.md:28: slides: "));
    expect(deck).toContain("a link written inside a link");
    expect(deck).toContain(
      "its target https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit?usp=sharing is kept",
    );
    expect(deck).toContain(
      'its text "https://docs.google.com/presentation/d/1hKqxAC9aaWLPM4xwXyXuK5cp2LBAewOVqZ05qjLNnK8/edit?usp=sharing" is not used',
    );
    expect(goProfiler.some((problem) => problem.includes("talks-page.md:12: the heading's link is malformed"))).toBe(
      true,
    );
    expect(goProfiler).toContainEqual(
      expect.stringContaining(
        "talks-page.md:33: events[0].recording: the recording's link points at this page itself (#building-a-go-profiler-using-go)",
      ),
    );

    expect(problemsOf(report, "are-you-testing-your-observability")).toContainEqual(
      expect.stringContaining("http://are-you-testing-your-observability.now.sh no longer leads anywhere"),
    );
    for (const slug of ["the-zen-of-prometheus", "building-observable-go-services"]) {
      expect(problemsOf(report, slug)).toContainEqual(expect.stringContaining("GitPitch shut down in 2021"));
    }
    expect(problemsOf(report, "absorbing-thanos-infinite-powers-for-multi-cluster-telemetry")).toContainEqual(
      expect.stringContaining('events[0].name: "KubeConNA 2020" is written "KubeCon NA 2020"'),
    );
    const parca = problemsOf(report, "parca-profiling-in-the-cloud-native-era");
    expect(parca).toContainEqual(
      expect.stringContaining("events[0].url: the event's link https://youtu.be/ficc6_6RYQk is its recording again"),
    );
    const parcaEvent = imported.find((talk) => talk.slug === "parca-profiling-in-the-cloud-native-era")!.events[0]!;
    expect(parcaEvent).toMatchObject({ recording: "https://youtu.be/ficc6_6RYQk" });
    expect(parcaEvent.url).toBeUndefined();
    // The page's own text before the first talk is not a talk's.
    expect(report.problems.map(formatImportProblem)).toContainEqual(expect.stringContaining("talks-page.md:8:"));
  });

  it("keeps the titles as the page writes them, and the links the page names", () => {
    expect(imported.find((talk) => talk.slug === "building-a-go-profiler-using-go")).toMatchObject({
      title: "Building a Go profiler Using Go",
      links: [{ title: "Demo Application", url: "https://github.com/kakkoyun/tiny-profiler" }],
    });
    expect(imported.find((talk) => talk.slug === "the-zen-of-prometheus")!.links).toEqual([
      { title: "Live Website", url: "https://the-zen-of-prometheus.netlify.app/" },
    ]);
  });

  it("takes the summary from whole sentences of the abstract, within 280 characters, and the abstract as the body", () => {
    for (const talk of imported) {
      const firstParagraph = talk.body.trim().split("\n\n")[0]!.replace(/\s+/g, " ");
      expect(talk.summary.length).toBeLessThanOrEqual(280);
      expect(firstParagraph.startsWith(talk.summary)).toBe(true);
      expect(talk.summary).toMatch(/[.!?”]$/);
    }
  });

  it("writes nothing on a second import, and reports every talk as already there", () => {
    const before = snapshot(into);
    const again = importTalks("markdown", PAGE, { into });
    expect(again.talks).toHaveLength(9);
    for (const talk of again.talks) {
      expect(talk.status).toBe("skipped");
      expect(talk.status === "skipped" && talk.reason).toMatch(/^already there: .*\.mdx has the same file name$/);
    }
    expect(snapshot(into)).toEqual(before);
  });
});

describe("a talk that is already there", () => {
  it("is reported when a file of another name and title has its recording, in another URL form", () => {
    const into = emptyFolder();
    const existing = [
      "---",
      "title: Prometheus, the Zen way",
      "summary: The same talk under another title.",
      "events:",
      "  - name: PromCon Online 2020",
      "    date: 2020-07",
      "    recording: https://youtu.be/Nqp4fjw_omU",
      "---",
      "",
      "The same talk.",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(into, "prometheus-the-zen-way.mdx"), existing);

    const report = importTalks("markdown", PAGE, { into });
    const zen = report.talks.find((talk) => talk.title === "The Zen of Prometheus");
    expect(zen).toMatchObject({
      status: "skipped",
      reason: expect.stringContaining(
        "prometheus-the-zen-way.mdx has the same recording, https://www.youtube.com/watch?v=Nqp4fjw_omU",
      ),
    });
    expect(fs.existsSync(path.join(into, "the-zen-of-prometheus.mdx"))).toBe(false);
    expect(fs.readFileSync(path.join(into, "prometheus-the-zen-way.mdx"), "utf8")).toBe(existing);
    expect(report.talks.filter((talk) => talk.status === "written")).toHaveLength(8);
    expect(loadTalks(into, { includeDrafts: true })).toHaveLength(9);
  });

  it("is never written over, even when the file there does not read", () => {
    const into = emptyFolder();
    const target = path.join(into, "ebpf-safety-first.mdx");
    fs.writeFileSync(target, "not a talk file");
    const report = importTalks("markdown", PAGE, { into });
    expect(report.talks.find((talk) => talk.title === "eBPF? Safety First!")).toMatchObject({
      status: "skipped",
      reason: expect.stringContaining("ebpf-safety-first.mdx has the same file name"),
    });
    expect(fs.readFileSync(target, "utf8")).toBe("not a talk file");
  });
});

describe("a page the importer reads", () => {
  /** Imports a page into a folder of its own: the report, and the folder's talks as the loader reads them. */
  function importPage(markdown: string): { report: ImportReport; talks: () => Talk[] } {
    const folder = emptyFolder();
    const page = path.join(folder, "page.md");
    const into = path.join(folder, "talks");
    fs.writeFileSync(page, markdown);
    return { report: importTalks("markdown", page, { into }), talks: () => loadTalks(into, { includeDrafts: true }) };
  }

  it("keeps a second deck under links when the page does not say at which event it was used", () => {
    const { report, talks } = importPage(
      [
        "## [Two Decks](https://example.com/talk)",
        "",
        "One sentence about the talk.",
        "",
        "**Slides**",
        "",
        "* [First deck](https://speakerdeck.com/someone/first)",
        "* [Second deck](https://speakerdeck.com/someone/second)",
        "",
        "**Events**",
        "",
        "* [FOSDEM 2021](https://fosdem.org/2021/)",
        "",
      ].join("\n"),
    );
    const [talk] = report.talks;
    expect(talk).toMatchObject({ status: "written" });
    const [written] = talks();
    expect(written!.slides).toBe("https://speakerdeck.com/someone/first");
    expect(written!.links).toEqual([{ title: "Second deck", url: "https://speakerdeck.com/someone/second" }]);
    expect(talk!.problems.map(formatImportProblem)).toContainEqual(
      expect.stringContaining("slides: a second deck (https://speakerdeck.com/someone/second)"),
    );
  });

  it("writes the GitHub repository the heading links as the slides, when the deck's own link is dead", () => {
    const { report, talks } = importPage(
      [
        "## [Old Deck](https://github.com/someone/old-deck)",
        "",
        "One sentence about the talk.",
        "",
        "**Slides**",
        "",
        "* [Old Deck](https://gitpitch.com/someone/old-deck)",
        "",
        "**Events**",
        "",
        "* [GoDays 2020](https://www.godays.io/)",
        "",
      ].join("\n"),
    );
    expect(talks()[0]!.slides).toBe("https://github.com/someone/old-deck");
    expect(report.talks[0]!.problems.map(formatImportProblem)).toEqual([
      expect.stringContaining(
        "page.md:1: slides: the page gives no working deck; the GitHub repository its heading links, https://github.com/someone/old-deck,",
      ),
      expect.stringContaining(
        "page.md:7: slides: the deck's link https://gitpitch.com/someone/old-deck no longer leads anywhere",
      ),
    ]);
  });

  it("does not write a talk none of whose events names a year, and says why", () => {
    const { report } = importPage(
      ["## A Talk", "", "Words.", "", "**Events**", "", "* [Some Meetup](https://example.com/meetup)", ""].join("\n"),
    );
    expect(report.talks).toEqual([
      expect.objectContaining({
        status: "skipped",
        title: "A Talk",
        reason: expect.stringContaining("none of its events can be dated"),
      }),
    ]);
    expect(report.talks[0]!.problems.map(formatImportProblem)).toContainEqual(
      expect.stringContaining('the event "Some Meetup" names no year'),
    );
  });

  it("writes a talk without an abstract as a draft, with the scaffold's text to replace", () => {
    const { report, talks } = importPage(
      ["## Only Links", "", "**Events**", "", "* [GoDays 2020](https://www.godays.io/)", ""].join("\n"),
    );
    const [talk] = report.talks;
    expect(talk).toMatchObject({ status: "written", draft: true });
    const fields = (talk as WrittenTalk).toAdd.map((fact) => fact.field);
    expect(fields).toEqual(expect.arrayContaining(["summary", "body", "draft"]));
    expect(talks()).toEqual([
      expect.objectContaining({ draft: true, summary: expect.stringContaining("Replace this summary") }),
    ]);
  });
});
