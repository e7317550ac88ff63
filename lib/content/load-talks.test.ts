import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadTalkFiles, loadTalks } from "./load-talks";
import { ContentError } from "./problems";

const fixtures = path.join(import.meta.dirname, "__fixtures__");
const validDirectory = path.join(fixtures, "valid");
const invalidFixture = (name: string) => path.join(fixtures, "invalid", name);
const invalidPath = (name: string) => `lib/content/__fixtures__/invalid/${name}`;

/** Loads the files and returns the formatted problems, one string each. */
function problemsOf(...fileNames: string[]): string[] {
  try {
    loadTalkFiles(fileNames.map(invalidFixture), { includeDrafts: true });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.split("\n").slice(1).map((line) => line.trim());
  }
  throw new Error(`expected ${fileNames.join(", ")} to be rejected`);
}

describe("a valid talk", () => {
  const talks = loadTalks(validDirectory, { includeDrafts: true });
  const talk = talks.find((candidate) => candidate.slug === "full-talk");

  it("is read with every field typed and defaults filled", () => {
    expect(talk).toMatchObject({
      slug: "full-talk",
      title: "A Complete Talk",
      summary: "Every field of the content model, used once.",
      tags: ["Go", "eBPF"],
      slides: "https://example.com/slides",
      links: [{ title: "Demo application", url: "https://github.com/example/demo" }],
      speakers: [{ name: "Ada Lovelace", url: "https://example.com/ada" }, { name: "Grace Hopper" }],
      draft: false,
      sourcePath: "lib/content/__fixtures__/valid/full-talk.mdx",
    });
    expect(talk?.body).toContain("<SlidesLink");
  });

  it("orders events newest first and dates the talk by its latest event", () => {
    expect(talk?.events.map((event) => event.name)).toEqual(["Newer Conf 2021", "Older Conf 2019"]);
    expect(talk?.date).toEqual({ year: 2021, month: 6, day: 15 });
    expect(talk?.events[0]).toEqual({
      name: "Newer Conf 2021",
      date: { year: 2021, month: 6, day: 15 },
      url: "https://example.com/newer-conf",
      location: "Berlin, Germany",
      recording: "https://www.youtube.com/watch?v=abc",
      slides: "https://example.com/newer-slides",
    });
  });

  it("reads unquoted YAML dates and years at their own precision", () => {
    expect(talk?.events[1]?.date).toEqual({ year: 2019, month: 3, day: 1 });
    expect(talks.find((candidate) => candidate.slug === "year-only-talk")?.date).toEqual({ year: 2021 });
    expect(talks.find((candidate) => candidate.slug === "month-talk")?.date).toEqual({ year: 2021, month: 10 });
  });

  it("accepts a byte-order mark, CRLF line endings and unicode", () => {
    const windowsTalk = talks.find((candidate) => candidate.slug === "windows-editor");
    expect(windowsTalk?.title).toBe("Ünïcödé — BOM and CRLF");
    expect(windowsTalk?.speakers).toEqual([{ name: "Bartłomiej Płotka" }]);
    expect(windowsTalk?.events[0]).toEqual({ name: "Çon 2018", date: { year: 2018, month: 2 } });
    expect(windowsTalk?.body).not.toContain("\r");
  });
});

describe("sorting and drafts", () => {
  it("sorts newest first, ties by title", () => {
    const slugs = loadTalks(validDirectory, { includeDrafts: true }).map((talk) => talk.slug);
    expect(slugs).toEqual(["draft-talk", "month-talk", "full-talk", "year-only-talk", "tie-alpha", "tie-beta", "windows-editor"]);
  });

  it("leaves drafts out of production and keeps them while writing", () => {
    const published = loadTalks(validDirectory, { includeDrafts: false });
    expect(published.map((talk) => talk.slug)).not.toContain("draft-talk");
    expect(published).toHaveLength(6);
    const withDrafts = loadTalks(validDirectory, { includeDrafts: true });
    expect(withDrafts.find((talk) => talk.slug === "draft-talk")?.draft).toBe(true);
  });
});

describe("each rule, broken on purpose", () => {
  it("refuses an unknown field, suggesting the known one", () => {
    expect(problemsOf("unknown-field.mdx")).toEqual([
      `${invalidPath("unknown-field.mdx")}:7: events[0].recordings: unknown field "recordings"; did you mean "recording"? known fields here: name, date, url, location, recording, slides`,
    ]);
  });

  it("refuses a URL that is not http(s)", () => {
    expect(problemsOf("javascript-url.mdx")).toEqual([
      `${invalidPath("javascript-url.mdx")}:4: slides: expected an http(s) URL such as "https://example.com/page", got "javascript:alert(1)"`,
    ]);
  });

  it("refuses a date in words, naming the event by its index", () => {
    expect(problemsOf("date-in-words.mdx")).toEqual([
      `${invalidPath("date-in-words.mdx")}:8: events[1].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "June 2020"`,
    ]);
  });

  it("refuses an impossible unquoted date instead of rolling it over", () => {
    expect(problemsOf("impossible-date.mdx")).toEqual([
      `${invalidPath("impossible-date.mdx")}:6: events[0].date: expected a real date: February 2021 has 28 days, got "2021-02-30"`,
    ]);
  });

  it("refuses a JavaScript expression that MDX would silently drop", () => {
    expect(problemsOf("js-expression.mdx")).toEqual([
      `${invalidPath("js-expression.mdx")}:9: body: JavaScript expressions are not allowed: {40 + 2}; write the text itself, or escape a literal brace as \\{`,
    ]);
  });

  it("refuses an expression prop that MDX would silently drop", () => {
    expect(problemsOf("expression-prop.mdx")).toEqual([
      `${invalidPath("expression-prop.mdx")}:9: body: <SlidesLink>: href={"https://example.com/slides"} is an expression, which MDX would drop; write href="…" with the value in quotes`,
    ]);
  });

  it("names the file and the line of a YAML syntax error", () => {
    expect(problemsOf("yaml-syntax.mdx")).toEqual([
      `${invalidPath("yaml-syntax.mdx")}:3: YAML syntax error: a quoted value is never closed; end it with the same quote mark it starts with`,
    ]);
  });

  it("requires a title", () => {
    expect(problemsOf("missing-title.mdx")).toEqual([`${invalidPath("missing-title.mdx")}:2: title: is required: expected text`]);
  });

  it("requires at least one event", () => {
    expect(problemsOf("no-events.mdx")).toEqual([
      `${invalidPath("no-events.mdx")}:4: events: expected at least 1 entry, got an empty list`,
    ]);
  });

  it("limits the summary to 280 characters", () => {
    expect(problemsOf("summary-too-long.mdx")).toEqual([
      `${invalidPath("summary-too-long.mdx")}:3: summary: expected at most 280 characters, got 307`,
    ]);
  });

  it("requires the file name to be a slug", () => {
    expect(problemsOf("Not_A_Slug.mdx")).toEqual([
      `${invalidPath("Not_A_Slug.mdx")}: file name "Not_A_Slug" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "my-talk-title.mdx"`,
    ]);
  });

  it("refuses an unknown component, naming the known ones", () => {
    expect(problemsOf("unknown-component.mdx")).toEqual([
      `${invalidPath("unknown-component.mdx")}:9: body: unknown component <Tweet>; the known components are <SlidesLink>, <RecordingLink>, <EventLink>`,
    ]);
  });

  it("refuses import and export", () => {
    expect(problemsOf("import-statement.mdx")).toEqual([
      `${invalidPath("import-statement.mdx")}:9: body: import and export are not allowed in a talk file; use the built-in components <SlidesLink>, <RecordingLink>, <EventLink>`,
    ]);
  });
});

describe("reporting", () => {
  it("reports every problem in a file, not only the first", () => {
    expect(problemsOf("several-problems.mdx")).toEqual([
      `${invalidPath("several-problems.mdx")}:2: title: expected text, got an empty string`,
      `${invalidPath("several-problems.mdx")}:6: events[0].date: expected a month from 01 to 12 (YYYY, YYYY-MM or YYYY-MM-DD), got "2020-13"`,
      `${invalidPath("several-problems.mdx")}:9: body: JavaScript expressions are not allowed: {expression}; write the text itself, or escape a literal brace as \\{`,
    ]);
  });

  it("reports every broken file at once, with a heading that counts them", () => {
    try {
      loadTalkFiles([invalidFixture("missing-title.mdx"), invalidFixture("no-events.mdx")], { includeDrafts: true });
      expect.unreachable("both files are invalid");
    } catch (error) {
      expect((error as ContentError).problems.map((problem) => problem.file)).toEqual([
        invalidPath("missing-title.mdx"),
        invalidPath("no-events.mdx"),
      ]);
      expect((error as Error).message.split("\n")[0]).toBe("Invalid talk content: 2 problems in 2 files");
    }
  });
});
