import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildCalendar, buildEventCalendar, eventCalendarFiles, escapeText, foldLine } from "./calendar";
import {
  HOSTILE_TITLE_CLEAN,
  syntheticEvent,
  syntheticTalk,
  syntheticTalks,
  testSite,
  turkishTalk,
} from "../../testing/fixtures/synthetic-talks";

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

const text = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name)?.toString();

afterEach(() => {
  vi.useRealTimers();
});

describe("the talks calendar", () => {
  const output = buildCalendar(syntheticTalks(), testSite);
  const { calendar, events } = parseCalendar(output);

  it("names itself and its producer", () => {
    expect(text(calendar, "version")).toBe("2.0");
    expect(text(calendar, "prodid")).toBe("-//talks.example.org//Talks//EN");
    expect(text(calendar, "calscale")).toBe("GREGORIAN");
    expect(text(calendar, "x-wr-calname")).toBe("Talks by Test Speaker");
  });

  it("holds one all-day event per event dated to the day, leaving out months, years and drafts", () => {
    // hostile: 2022-05-16 and 2021-12-31; month-precise and year-only have no day; a-draft is a draft.
    expect(events.map((event) => text(event, "uid"))).toEqual([
      "hostile-20220516-conf-2022-day-1@talks.example.org",
      "hostile-20211231-meetup@talks.example.org",
    ]);
    const [first, second] = events;
    const start = first!.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = first!.getFirstPropertyValue("dtend") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe("2022-05-16");
    expect(end.isDate).toBe(true);
    expect(end.toString()).toBe("2022-05-17");
    // The day after the last of the year is in the next year.
    expect(second!.getFirstPropertyValue("dtend")!.toString()).toBe("2022-01-01");
    expect(text(first!, "dtstamp")).toBe("2022-05-16T00:00:00Z");
  });

  it("carries hostile text through escaping and folding", () => {
    const [first] = events;
    expect(text(first!, "summary")).toBe(`${HOSTILE_TITLE_CLEAN} — Conf; 2022, Day \\1`);
    expect(text(first!, "location")).toBe("Valencia, Spain");
    expect(text(first!, "url")).toBe("https://talks.example.org/talks/hostile");
    expect(text(first!, "description")).toBe(
      "Escapes & <angle> brackets; commas, semicolons\nand a new line.\n\nhttps://talks.example.org/talks/hostile",
    );
    expect(first!.getFirstProperty("categories")!.getValues()).toEqual(["Q&A", "C++ <fast>"]);
    expect(output).not.toContain("\u0008");
  });

  it("ends every line with CRLF and keeps each within 75 octets", () => {
    expect(output.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = output.split("\r\n").slice(0, -1);
    expect(lines.filter((line) => line.includes("\n") || line.includes("\r"))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line, "utf8") > 75)).toEqual([]);
    // The hostile title makes SUMMARY longer than one line.
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("is the same whatever the build clock says, and takes its URLs from the site's URL", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2040-02-29T23:59:59Z"));
    expect(buildCalendar(syntheticTalks(), testSite)).toBe(output);
    const elsewhere = buildCalendar(syntheticTalks(), { ...testSite, url: "https://preview.example.net" });
    expect(elsewhere).not.toContain("talks.example.org");
    expect(parseCalendar(elsewhere).events.map((event) => text(event, "url"))).toEqual([
      "https://preview.example.net/talks/hostile",
      "https://preview.example.net/talks/hostile",
    ]);
  });
});

/** The lines of a calendar's VEVENT with this UID, as written (folded). */
function veventBlock(output: string, uid: string): string[] {
  const lines = output.split("\r\n");
  const starts = lines.flatMap((line, index) => (line === "BEGIN:VEVENT" ? [index] : []));
  const blocks = starts.map((start) => lines.slice(start, lines.indexOf("END:VEVENT", start) + 1));
  const matching = blocks.filter((block) => block.includes(`UID:${uid}`));
  expect(matching, uid).toHaveLength(1);
  return matching[0]!;
}

describe("an event's own calendar file", () => {
  // The day before the hostile talk's first event: it is upcoming, its 2021 event is past.
  const today = { year: 2022, month: 5, day: 15 };
  const files = eventCalendarFiles(syntheticTalks(), today);

  it("exists for each upcoming event dated to the day, at /talks/<slug>/<event name and date>.ics", () => {
    expect(files.map((file) => file.path)).toEqual(["/talks/hostile/conf-2022-day-1-2022-05-16.ics"]);
    expect(files.map((file) => file.fileName)).toEqual(["conf-2022-day-1-2022-05-16.ics"]);
  });

  it("does not exist for a past event, an event on the build day, one known to the month or year, or a draft", () => {
    // Long before everything: only events dated to the day of published talks remain.
    expect(eventCalendarFiles(syntheticTalks(), { year: 2000, month: 1, day: 1 }).map((file) => file.path)).toEqual([
      "/talks/hostile/conf-2022-day-1-2022-05-16.ics",
      "/talks/hostile/meetup-2021-12-31.ics",
    ]);
    // An event on the build day is not upcoming (lib/talks), so it has no file either.
    expect(eventCalendarFiles(syntheticTalks(), { year: 2022, month: 5, day: 16 })).toEqual([]);
    const later = syntheticTalk({
      slug: "later",
      events: [
        { name: "Month Conf", date: { year: 2031, month: 5 } },
        { name: "Year Conf", date: { year: 2031 } },
      ],
    });
    expect(
      eventCalendarFiles(
        [
          later,
          {
            ...later,
            slug: "later-draft",
            draft: true,
            events: [syntheticEvent({ name: "X", date: { year: 2031, month: 1, day: 2 } })],
          },
        ],
        today,
      ),
    ).toEqual([]);
  });

  it("holds one VEVENT, the same one, byte for byte and with the same UID, as /talks.ics", () => {
    const [file] = files;
    const output = buildEventCalendar(file!.talk, file!.event, testSite);
    const { calendar, events } = parseCalendar(output);
    expect(events).toHaveLength(1);
    const [event] = events;
    const uid = text(event!, "uid")!;
    expect(uid).toBe("hostile-20220516-conf-2022-day-1@talks.example.org");
    const siteWide = buildCalendar(syntheticTalks(), testSite);
    expect(veventBlock(output, uid)).toEqual(veventBlock(siteWide, uid));

    expect(text(event!, "summary")).toBe(`${HOSTILE_TITLE_CLEAN} — Conf; 2022, Day \\1`);
    const start = event!.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe("2022-05-16");
    expect(text(event!, "dtend")).toBe("2022-05-17");
    expect(text(event!, "location")).toBe("Valencia, Spain");
    expect(text(event!, "url")).toBe("https://talks.example.org/talks/hostile");
    expect(text(calendar, "prodid")).toBe("-//talks.example.org//Talks//EN");
    // Added to the visitor's own calendar: no name that would make it a calendar of its own.
    expect(calendar.getFirstProperty("x-wr-calname")).toBeNull();
  });

  it("is escaped and folded as /talks.ics is: CRLF, at most 75 octets a line", () => {
    const [file] = files;
    const output = buildEventCalendar(file!.talk, file!.event, testSite);
    expect(output.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(output.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    const lines = output.split("\r\n").slice(0, -1);
    expect(lines.filter((line) => line.includes("\n") || line.includes("\r"))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line, "utf8") > 75)).toEqual([]);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(output).not.toContain("\u0008");
  });
});

describe("a talk in another language", () => {
  it("marks its title and summary with their language, and says what each event was", () => {
    const { events } = parseCalendar(buildCalendar([turkishTalk()], testSite));
    expect(events.map((event) => event.getFirstProperty("summary")?.getParameter("language"))).toEqual(["tr", "tr"]);
    expect(events.map((event) => event.getFirstProperty("description")?.getParameter("language"))).toEqual([
      "tr",
      "tr",
    ]);
    const descriptions = events.map((event) => text(event, "description"));
    expect(descriptions[0]).toMatch(/^Bir Go programının zamanını nereye harcadığını görmek\.\n\nWorkshop\.\n\nhttps:/);
    expect(descriptions[1]).toContain("\n\nKeynote, in English.\n\n");
  });

  it("marks a talk in the site's language too, and adds no line for a plain talk", () => {
    const [event] = parseCalendar(
      buildCalendar(
        [syntheticTalk({ slug: "plain", events: [{ name: "Conf", date: { year: 2030, month: 1, day: 2 } }] })],
        testSite,
      ),
    ).events;
    expect(event!.getFirstProperty("summary")?.getParameter("language")).toBe("en");
    expect(text(event!, "description")).toBe("About plain.\n\nhttps://talks.example.org/talks/plain");
  });
});

describe("foldLine", () => {
  it("folds a long non-ASCII line without splitting a character, and unfolds to the same text", () => {
    const title = "Çok uzun bir başlık: gözlemlenebilirlik, sürekli profilleme ve eBPF 🐝🎤 ".repeat(4);
    const talk = syntheticTalk({
      slug: "long",
      title,
      events: [{ name: "İstanbul", date: { year: 2024, month: 2, day: 29 } }],
    });
    const output = buildCalendar([talk], testSite);
    const summaryLines = output.split("\r\n").filter(
      (line, index, lines) =>
        line.startsWith("SUMMARY;") ||
        (line.startsWith(" ") &&
          lines
            .slice(0, index)
            .findLast((earlier) => !earlier.startsWith(" "))
            ?.startsWith("SUMMARY;")),
    );
    expect(summaryLines.length).toBeGreaterThan(3);
    for (const line of summaryLines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      // A character cut in two would not survive UTF-8 encoding (a lone surrogate becomes U+FFFD).
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    }
    const [event] = parseCalendar(output).events;
    expect(text(event!, "summary")).toBe(`${title} — İstanbul`);
  });

  it("fills lines to exactly 75 octets and leaves short lines alone", () => {
    expect(foldLine("short")).toBe("short");
    const folded = foldLine("x".repeat(200)).split("\r\n");
    expect(folded.map((line) => line.length)).toEqual([75, 75, 52]);
    // A character that would cross the limit moves whole to the next line, whether its
    // UTF-16 halves would fit or not.
    expect(foldLine(`${"x".repeat(72)}🎤`).split("\r\n")).toEqual(["x".repeat(72), " 🎤"]);
    expect(foldLine(`${"x".repeat(73)}🎤`).split("\r\n")).toEqual(["x".repeat(73), " 🎤"]);
    expect(foldLine(`${"x".repeat(74)}é`).split("\r\n")).toEqual(["x".repeat(74), " é"]);
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks, and drops control characters", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\u0007g\th")).toBe("a\\\\b\\;c\\,d\\ne\\nfg\th");
  });
});
