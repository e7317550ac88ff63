import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadTalkFiles, loadTalks } from "./load-talks";
import { ContentError } from "./problems";

const fixtures = path.join(import.meta.dirname, "__fixtures__");
const validDirectory = path.join(fixtures, "valid");
const invalidFixture = (name: string) => path.join(fixtures, "invalid", name);
const invalidPath = (name: string) => `lib/content/__fixtures__/invalid/${name}`;
// The files the fixtures' PDF decks are looked for in, as the site's public/ is for real talks.
const publicDirectory = path.join(fixtures, "public");
// The WebVTT files the fixtures' events name, as content/transcripts/ is for real talks.
const transcriptsDirectory = path.join(fixtures, "transcripts");
const transcriptPath = (name: string) => `lib/content/__fixtures__/transcripts/${name}`;
const TRANSCRIPT_NAME_RULE =
  'is not the name of a WebVTT file in content/transcripts/: write a plain file name such as "fosdem-2020.vtt", with only letters, digits, "-", "_" and ".", ending in .vtt (no "/" or "..")';
// What lib/content/transcripts.test.ts holds each malformed WebVTT fixture to.
const BAD_TIMESTAMP =
  'the cue timing "00:00:03.000 --> 00:00:5.000" is invalid at column 25: must be exactly two digits; write it as start --> end, each time as HH:MM:SS.mmm or MM:SS.mmm, such as "00:01:02.500 --> 00:01:05.000"';
const END_BEFORE_START = "the cue ends at 00:00:04.000, which is not after it starts at 00:00:05.000: give it an end time later than its start";
const NO_HEADER = 'the file must start with the line "WEBVTT": add it as the first line, then a blank line';
const NO_TEXT = 'the cue "00:00:03.000 --> 00:00:05.000" has no text: write its text on the lines below the timing, or remove the cue';
const PDF_PATH_RULE =
  'is not the path of a PDF under public/: write it as "/slides/my-talk.pdf", starting with / and ending in .pdf, with only letters, digits, "-", "_", "~" and "." (no "..", "//", backslash, query or space), or give an http(s) URL';

/** Loads the files and returns the formatted problems, one string each. */
function problemsOf(...fileNames: string[]): string[] {
  try {
    loadTalkFiles(fileNames.map(invalidFixture), { includeDrafts: true, publicDirectory, transcriptsDirectory });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.split("\n").slice(1).map((line) => line.trim());
  }
  throw new Error(`expected ${fileNames.join(", ")} to be rejected`);
}

describe("a valid talk", () => {
  const talks = loadTalks(validDirectory, { includeDrafts: true, publicDirectory, transcriptsDirectory });
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
    // The embeds, with a YouTube and a Google Slides URL, pass the content check.
    expect(talk?.body).toContain("<VideoEmbed");
    expect(talk?.body).toContain("<SlidesEmbed");
  });

  it("accepts a deck that is a PDF under public/, in an event and in the body", () => {
    expect(talk?.events[1]?.slides).toBe("/slides/full-talk.pdf");
    expect(talk?.body).toContain('<SlidesEmbed href="/slides/full-talk.pdf"');
    expect(talk?.body).toContain('<SlidesLink href="/slides/full-talk.pdf"');
  });

  it("keeps where its decks are named, and each event's place in the file, for messages made later", () => {
    expect(talk?.fieldLines).toEqual({ slides: 5, "events[0].slides": 17, "events[1].slides": 23 });
    expect(talk?.events.map((event) => [event.name, event.fileIndex])).toEqual([
      ["Newer Conf 2021", 1],
      ["Older Conf 2019", 0],
    ]);
  });

  it("looks for PDF decks in the public folder it is given", () => {
    expect(() => loadTalks(validDirectory, { includeDrafts: true, publicDirectory: path.join(fixtures, "valid"), transcriptsDirectory })).toThrow(
      "lib/content/__fixtures__/valid/full-talk.mdx:17: events[0].slides: /slides/full-talk.pdf does not exist: put the PDF at lib/content/__fixtures__/valid/slides/full-talk.pdf, or give an http(s) URL",
    );
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
      language: "en",
      format: "talk",
      fileIndex: 1,
      place: { kind: "located", latitude: 52.52437, longitude: 13.41053, city: "Berlin", country: "Germany", countryCode: "DE" },
    });
  });

  it("resolves each event's location to a place, or takes its coordinates", () => {
    expect(talk?.events[1]?.place).toEqual({ kind: "online" });
    // coordinates win over the gazetteer's, and the names still come from the location.
    expect(talks.find((candidate) => candidate.slug === "month-talk")?.events[0]?.place).toEqual({
      kind: "located",
      latitude: 39.4699,
      longitude: -0.3763,
      city: "Valencia",
      country: "Spain",
      countryCode: "ES",
    });
    // A location the gazetteer does not know is no error when coordinates are given.
    expect(talks.find((candidate) => candidate.slug === "year-only-talk")?.events[0]?.place).toEqual({ kind: "located", latitude: -33.5, longitude: 160 });
    expect(talks.find((candidate) => candidate.slug === "tie-alpha")?.events[0]?.place).toBeUndefined();
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
    expect(windowsTalk?.events[0]).toEqual({ name: "Çon 2018", date: { year: 2018, month: 2 }, language: "en", format: "talk", fileIndex: 0 });
    expect(windowsTalk?.body).not.toContain("\r");
  });
});

describe("languages and formats", () => {
  const talks = loadTalks(validDirectory, { includeDrafts: true, publicDirectory, transcriptsDirectory, defaultLanguage: "de" });

  it("gives a talk its own language, canonical, and its events the talk's unless they say otherwise", () => {
    const turkish = talks.find((talk) => talk.slug === "other-language");
    expect(turkish?.language).toBe("tr");
    expect(turkish?.events.map(({ name, language, format }) => ({ name, language, format }))).toEqual([
      { name: "Workshop Days 2019", language: "tr", format: "workshop" },
      { name: "Keynote Conf 2019", language: "en", format: "keynote" },
    ]);
    expect(turkish?.events[0]?.place).toMatchObject({ kind: "located", city: "Istanbul", countryCode: "TR" });
  });

  it("gives a talk without one the profile's language, and its events the format talk", () => {
    const plain = talks.find((talk) => talk.slug === "month-talk");
    expect(plain?.language).toBe("de");
    expect(plain?.events[0]).toMatchObject({ language: "de", format: "talk" });
  });
});

describe("sorting and drafts", () => {
  it("sorts newest first, ties by title", () => {
    const slugs = loadTalks(validDirectory, { includeDrafts: true, publicDirectory, transcriptsDirectory }).map((talk) => talk.slug);
    expect(slugs).toEqual(["draft-talk", "month-talk", "full-talk", "year-only-talk", "tie-alpha", "tie-beta", "transcript-talk", "other-language", "windows-editor"]);
  });

  it("leaves drafts out of production and keeps them while writing", () => {
    const published = loadTalks(validDirectory, { includeDrafts: false, publicDirectory, transcriptsDirectory });
    expect(published.map((talk) => talk.slug)).not.toContain("draft-talk");
    expect(published).toHaveLength(8);
    const withDrafts = loadTalks(validDirectory, { includeDrafts: true, publicDirectory, transcriptsDirectory });
    expect(withDrafts.find((talk) => talk.slug === "draft-talk")?.draft).toBe(true);
  });
});

/**
 * The bad-input corpus: every file in __fixtures__/invalid/ with every line its check must
 * print: after the file's path when it starts with ":", else whole (a problem in another
 * file, such as a transcript the talk names). A new fixture without an entry here fails the last test.
 */
const EXPECTED_PROBLEMS: [string, string[]][] = [
  ["Not_A_Slug.mdx", [":1: file name \"Not_A_Slug\" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. \"my-talk-title.mdx\""]],
  ["chapters-problems.mdx", [
    ":8: events[0].chapters: chapters mark a recording's moments: add this event's recording, or remove chapters",
    ":8: events[0].chapters: chapters name the slides of a PDF deck: give this event (or the talk) slides: /slides/….pdf, or remove chapters",
    ":13: events[1].chapters: lib/content/__fixtures__/transcripts/no-such-chapters.vtt does not exist: put the WebVTT chapters file there (npm run align proposes one), or remove chapters",
    `${transcriptPath("chapters-without-slide.vtt")}:4: the cue "Opening words" names no slide: start its text with the slide's number, such as "Slide 3" or "Slide 3: Sampling"`,
  ]],
  ["coordinates-invalid.mdx", [
    ":8: events[0].coordinates: the latitude (first number) must be from -90 to 90, got 152.5; write [latitude, longitude]: two numbers such as [52.52, 13.40]",
    ":11: events[1].coordinates: the longitude (second number) must be from -180 to 180, got 200; write [latitude, longitude]: two numbers such as [52.52, 13.40]",
    ":14: events[2].coordinates: expected [latitude, longitude]: two numbers such as [52.52, 13.40], got \"52.52, 13.40\"",
    ":17: events[3].coordinates: expected [latitude, longitude]: two numbers such as [52.52, 13.40], got a list of 1 entry",
  ]],
  ["coordinates-online.mdx", [":8: events[0].coordinates: an online event has no place on a map: remove coordinates, or give the city as location, e.g. \"Berlin, Germany\""]],
  ["date-in-words.mdx", [":8: events[1].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"June 2020\""]],
  ["draft-not-boolean.mdx", [":4: draft: expected true or false, got \"yes\""]],
  ["duplicate-key.mdx", [":4: YAML syntax error: the field \"title\" is given twice; keep one"]],
  ["format-unknown.mdx", [
    ":7: events[0].format: expected one of \"talk\", \"keynote\", \"lightning\", \"workshop\", \"panel\", \"podcast\", \"interview\", got \"wrokshop\": did you mean \"workshop\"?",
    ":10: events[1].format: expected one of \"talk\", \"keynote\", \"lightning\", \"workshop\", \"panel\", \"podcast\", \"interview\", got \"Keynote\": did you mean \"keynote\"?",
    ":13: events[2].format: expected one of \"talk\", \"keynote\", \"lightning\", \"workshop\", \"panel\", \"podcast\", \"interview\", got \"demo\"",
  ]],
  ["language-invalid.mdx", [
    ":4: language: expected a BCP 47 language tag such as \"en\", \"en-GB\" or \"tr\", got \"Turkish\": did you mean \"tr\"?",
    ":8: events[0].language: expected a BCP 47 language tag such as \"en\", \"en-GB\" or \"tr\", got \"xx\"",
  ]],
  ["embed-with-content.mdx", [":9: body: <VideoEmbed>: title is empty; write title=\"…\", or leave it out to use the talk's title", ":9: body: <VideoEmbed>: takes no content between its tags; write <VideoEmbed href=\"https://…\" />"]],
  ["empty-summary.mdx", [":3: summary: expected text, got an empty string"]],
  ["empty.mdx", [":1: the file is empty; expected front matter between two --- lines, then the abstract"]],
  ["event-slides-pdf-missing.mdx", [":9: events[1].slides: /slides/Conf-2021.PDF does not exist: put the PDF at lib/content/__fixtures__/public/slides/Conf-2021.PDF, or give an http(s) URL"]],
  ["event-missing-date.mdx", [":5: events[0].date: is required: expected YYYY, YYYY-MM or YYYY-MM-DD"]],
  ["event-missing-name.mdx", [":5: events[0].name: is required: expected text"]],
  ["events-alike-on-one-day.mdx", [":7: events[1].name: the same day and name as events[0] (\"GopherCon EU 2027\", 2027-06-14) to a calendar, which would hold them as one event; name them apart, or keep one"]],
  ["export-statement.mdx", [":9: body: import and export are not allowed in a talk file; use the built-in components <SlidesLink>, <RecordingLink>, <EventLink>, <VideoEmbed>, <SlidesEmbed>"]],
  ["expression-prop.mdx", [":9: body: <SlidesLink>: href={\"https://example.com/slides\"} is an expression, which MDX would drop; write href=\"…\" with the value in quotes"]],
  ["front-matter-not-closed.mdx", [":1: the front matter is never closed: add a line of three dashes (---) after the last field"]],
  ["import-statement.mdx", [":9: body: import and export are not allowed in a talk file; use the built-in components <SlidesLink>, <RecordingLink>, <EventLink>, <VideoEmbed>, <SlidesEmbed>"]],
  ["impossible-date.mdx", [":6: events[0].date: expected a real date: February 2021 has 28 days, got \"2021-02-30\""]],
  ["javascript-url.mdx", [":4: slides: expected an http(s) URL such as \"https://example.com/slides\", or the path of a PDF under public/ such as \"/slides/my-talk.pdf\", got \"javascript:alert(1)\""]],
  ["js-expression.mdx", [":9: body: JavaScript expressions are not allowed: {40 + 2}; write the text itself, or escape a literal brace as \\{"]],
  ["malformed-url.mdx", [":7: events[0].recording: expected an http(s) URL such as \"https://example.com/page\", got \"https://\""]],
  ["missing-events.mdx", [":2: events: is required: expected a list (one `- item` per line)"]],
  ["missing-summary.mdx", [":2: summary: is required: expected text"]],
  ["missing-talk-link.mdx", [":9: body: links to /talks/no-such-talk, but there is no content/talks/no-such-talk.mdx"]],
  ["missing-title.mdx", [":2: title: is required: expected text"]],
  ["month-13.mdx", [":6: events[0].date: expected a month from 01 to 12 (YYYY, YYYY-MM or YYYY-MM-DD), got \"2021-13\""]],
  ["no-events.mdx", [":4: events: expected at least 1 entry, got an empty list"]],
  ["no-front-matter.mdx", [":1: expected the file to start with front matter: a line of three dashes (---), the fields, then another ---"]],
  ["not-utf8.mdx", [":1: the file is not valid UTF-8 text; save it with UTF-8 encoding"]],
  ["on-attribute.mdx", [":9: body: <a>: event handler onClick is not allowed"]],
  ["place-ambiguous.mdx", [":7: events[0].location: \"Springfield, USA\" is ambiguous: 31 places of that name in United States of America, such as Springfield (population 166,810) at [37.22, -93.30], Springfield (population 154,341) at [42.10, -72.59], Springfield (population 116,565) at [39.80, -89.64]; give the one you mean as coordinates: [37.22, -93.30]"]],
  ["place-unknown.mdx", [
    ":7: events[0].location: \"Nowhereville, Germany\": no place called \"Nowhereville\" in Germany; check the spelling (a city of 500 people or more, e.g. \"Berlin, Germany\"), or give coordinates: [52.52, 13.40]",
    ":10: events[1].location: \"Berlin, Germani\": unknown country \"Germani\"; write it in English or its own language, e.g. \"Berlin, Germany\" or \"München, Deutschland\", or give coordinates: [52.52, 13.40]",
    ":13: events[2].location: \"Berlin\" names no country: add the country, e.g. \"Berlin, Germany\", or write \"Online\"",
  ]],
  ["raw-iframe.mdx", [":9: body: raw <iframe> is not allowed in a talk file"]],
  ["raw-script.mdx", [":9: body: raw <script> is not allowed in a talk file"]],
  ["raw-style.mdx", [":9: body: raw <style> is not allowed in a talk file"]],
  ["several-problems.mdx", [":2: title: expected text, got an empty string", ":6: events[0].date: expected a month from 01 to 12 (YYYY, YYYY-MM or YYYY-MM-DD), got \"2020-13\"", ":9: body: JavaScript expressions are not allowed: {expression}; write the text itself, or escape a literal brace as \\{"]],
  ["slides-embed-speaker-deck.mdx", [":9: body: <SlidesEmbed>: \"https://speakerdeck.com/kakkoyun/parca\" is not a Google Slides deck or a PDF; SlidesEmbed shows https://docs.google.com/presentation/d/… decks and PDFs under public/ such as \"/slides/my-talk.pdf\". Link any other deck with <SlidesLink href=\"…\">label</SlidesLink>"]],
  ["slides-embed-pdf-missing.mdx", [`:11: body: <SlidesLink>: href "/decks\\\\old.pdf" ${PDF_PATH_RULE}`, ":9: body: /slides/gone.pdf does not exist: put the PDF at lib/content/__fixtures__/public/slides/gone.pdf, or give an http(s) URL", ":11: body: /slides/also-gone.pdf does not exist: put the PDF at lib/content/__fixtures__/public/slides/also-gone.pdf, or give an http(s) URL"]],
  ["slides-path-not-pdf.mdx", [`:4: slides: "/slides/deck.pptx" ${PDF_PATH_RULE}`]],
  ["slides-path-traversal.mdx", [`:4: slides: "/slides/../../secret.pdf" ${PDF_PATH_RULE}`, `:10: events[1].slides: "/slides//deck.pdf?page=2" ${PDF_PATH_RULE}`]],
  ["slides-pdf-missing.mdx", [":4: slides: /slides/no-such-deck.pdf does not exist: put the PDF at lib/content/__fixtures__/public/slides/no-such-deck.pdf, or give an http(s) URL"]],
  ["summary-too-long.mdx", [":3: summary: expected at most 280 characters, got 307"]],
  ["tab-indent.mdx", [":5: YAML syntax error: a tab is used to indent; indent with spaces", ":6: YAML syntax error: a tab is used to indent; indent with spaces"]],
  ["tag-without-url.mdx", [":4: tags[1]: needs at least one letter or digit from a-z or 0-9, which its topic page's URL is made of (e.g. \"C++\" gives /talks/tags/c)"]],
  ["tags-not-a-list.mdx", [":4: tags: expected a list (one `- item` per line), got \"Go\""]],
  ["title-not-text.mdx", [":2: title: expected text, got 42"]],
  ["transcript-malformed.mdx", [
    `${transcriptPath("bad-timestamp.vtt")}:6: ${BAD_TIMESTAMP}`,
    `${transcriptPath("end-before-start.vtt")}:6: ${END_BEFORE_START}`,
    `${transcriptPath("no-header.vtt")}:1: ${NO_HEADER}`,
    `${transcriptPath("no-text.vtt")}:6: ${NO_TEXT}`,
  ]],
  ["transcript-missing.mdx", [":8: events[0].transcript: lib/content/__fixtures__/transcripts/no-such-file.vtt does not exist: put the WebVTT file there, or remove transcript"]],
  ["transcript-name-invalid.mdx", [
    `:8: events[0].transcript: "../transcripts/good.vtt" ${TRANSCRIPT_NAME_RULE}`,
    `:12: events[1].transcript: "captions.srt" ${TRANSCRIPT_NAME_RULE}`,
    ":16: events[2].transcript: expected the name of a WebVTT file in content/transcripts/, such as \"fosdem-2020.vtt\", got 2021",
  ]],
  ["transcript-without-recording.mdx", [":7: events[0].transcript: a transcript belongs to a recording: add this event's recording, or remove transcript"]],
  ["unclosed-tag.mdx", [":9: body: MDX does not parse: Expected a closing tag for `<SlidesLink>` before the end of `paragraph`"]],
  ["unknown-component.mdx", [":9: body: unknown component <Tweet>; the known components are <SlidesLink>, <RecordingLink>, <EventLink>, <VideoEmbed>, <SlidesEmbed>"]],
  ["unknown-field-link.mdx", [":5: links[0].url: is required: expected an http(s) URL such as \"https://example.com/page\"", ":6: links[0].href: unknown field \"href\"; known fields here: title, url"]],
  ["unknown-field-root.mdx", [":4: abstract: unknown field \"abstract\"; known fields here: title, summary, pitch, short, tags, slides, links, speakers, language, events, draft"]],
  ["unknown-field-speaker.mdx", [":6: speakers[0].twitter: unknown field \"twitter\"; known fields here: name, url"]],
  ["unknown-field.mdx", [":7: events[0].recordings: unknown field \"recordings\"; did you mean \"recording\"? known fields here: name, date, url, location, coordinates, recording, slides, language, format, chapters, transcript"]],
  ["video-embed-not-youtube.mdx", [":9: body: <VideoEmbed>: \"https://vimeo.com/123456789\" is not a YouTube video; VideoEmbed plays YouTube watch, youtu.be, embed, shorts and live URLs. Link any other recording with <RecordingLink href=\"…\">label</RecordingLink>"]],
  ["body-nested-too-deep.mdx", [":11: body: the abstract nests more than 48 levels deep (quotes, lists or elements inside one another); flatten it"]],
  ["scaffold-placeholders.mdx", [
    ":3: summary: still holds the text npm run new-talk wrote to be replaced; write the talk's summary, or keep the talk a draft (draft: true) until it is ready",
    ":12: body: still holds the paragraph npm run new-talk wrote to be replaced; write the talk's abstract, or keep the talk a draft (draft: true) until it is ready",
  ]],
  ["tag-collision.mdx", [
    `:6: tags[1]: "C++" and "C" (${invalidPath("tag-collision.mdx")}:5) would share one topic page (its address ends in /c); spell them the same way, or tell them apart in letters and digits (e.g. "C#" as "CSharp")`,
    `:7: tags[2]: "C#" and "C" (${invalidPath("tag-collision.mdx")}:5) would share one topic page (its address ends in /c); spell them the same way, or tell them apart in letters and digits (e.g. "C#" as "CSharp")`,
  ]],
  ["tags.mdx", [":1: the file name \"tags\" is taken by a page of the site (/talks/tags); name the file after the talk, e.g. \"tags-and-more.mdx\""]],
  ["title-too-long.mdx", [
    ":2: title: expected at most 160 characters, got 215",
    ":4: tags[0]: expected at most 40 characters, got 45",
    ":8: events[0].recording: expected an http(s) URL of at most 2048 characters, got 2120",
  ]],
  ["yaml-alias-bomb.mdx", [
    ":3: YAML anchors (&a0) are not read in content files; remove it and write each value out in full",
    ":4: YAML aliases (*a0) are not read in content files; write the value out in full",
  ]],
  ["yaml-tag.mdx", [
    ":3: YAML tags (!!js/function) are not read in content files; remove the tag and write the value as plain text",
    ":6: YAML tags (!!str) are not read in content files; remove the tag and write the value as plain text",
  ]],
  ["year-out-of-range.mdx", [
    ":6: events[0].date: expected a year from 1970 to 2099 (YYYY, YYYY-MM or YYYY-MM-DD), got \"0000\"",
    ":8: events[1].date: expected a year from 1970 to 2099 (YYYY, YYYY-MM or YYYY-MM-DD), got \"2150-01\"",
  ]],
  ["yaml-syntax.mdx", [":3: YAML syntax error: a quoted value is never closed; end it with the same quote mark it starts with"]],
];

describe("each bad input, with its message", () => {
  it.each(EXPECTED_PROBLEMS)("%s", (fileName, expected) => {
    expect(problemsOf(fileName)).toEqual(expected.map((line) => (line.startsWith(":") ? `${invalidPath(fileName)}${line}` : line)));
  });

  it("covers every fixture, and at least 25 of them", () => {
    const fixtureFiles = fs.readdirSync(path.join(fixtures, "invalid")).sort();
    expect(EXPECTED_PROBLEMS.map(([fileName]) => fileName).sort()).toEqual(fixtureFiles);
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(25);
  });
});

describe("links between talks", () => {
  it("refuses a published talk that links to a draft, which production leaves out", () => {
    try {
      loadTalks(path.join(fixtures, "draft-link"), { includeDrafts: true });
      expect.unreachable("the link to a draft must be refused");
    } catch (error) {
      expect((error as Error).message.split("\n").slice(1).map((line) => line.trim())).toEqual([
        "lib/content/__fixtures__/draft-link/published.mdx:9: body: links to /talks/unpublished, a draft that production builds leave out; publish it first or remove the link",
      ]);
    }
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

describe("transcripts", () => {
  const talks = loadTalks(validDirectory, { includeDrafts: true, publicDirectory, transcriptsDirectory });

  it("attaches the parsed transcript to its event, in place of the file name", () => {
    const event = talks.find((talk) => talk.slug === "transcript-talk")?.events[0];
    expect(event?.recording).toBe("https://youtu.be/dQw4w9WgXcQ");
    expect(event?.transcript).toEqual({
      file: "good.vtt",
      paragraphs: [
        { startSeconds: 1, text: "Welcome to the Go devroom. Today: profilers & eBPF. Why <sampling> works so\u00a0well." },
        { startSeconds: 12, text: "After the pause, a new paragraph. Questions?" },
      ],
      cueCount: 5,
      durationSeconds: 62,
    });
  });

  it("leaves events without one as they were", () => {
    expect(talks.flatMap((talk) => talk.events).filter((event) => "transcript" in event)).toHaveLength(1);
  });

  it("reads transcripts from the project's content/transcripts/ unless told otherwise", () => {
    expect(() => loadTalkFiles([path.join(validDirectory, "transcript-talk.mdx")], { includeDrafts: true })).toThrow(
      "lib/content/__fixtures__/valid/transcript-talk.mdx:8: events[0].transcript: content/transcripts/good.vtt does not exist: put the WebVTT file there, or remove transcript",
    );
  });

  it("names a missing file on the event's transcript line", () => {
    expect(problemsOf("transcript-missing.mdx")).toEqual([
      `${invalidPath("transcript-missing.mdx")}:8: events[0].transcript: lib/content/__fixtures__/transcripts/no-such-file.vtt does not exist: put the WebVTT file there, or remove transcript`,
    ]);
  });

  it("refuses a name that is not a plain .vtt file name", () => {
    expect(problemsOf("transcript-name-invalid.mdx")[0]).toBe(
      `${invalidPath("transcript-name-invalid.mdx")}:8: events[0].transcript: "../transcripts/good.vtt" ${TRANSCRIPT_NAME_RULE}`,
    );
  });

  it("refuses a transcript on an event without a recording", () => {
    expect(problemsOf("transcript-without-recording.mdx")).toEqual([
      `${invalidPath("transcript-without-recording.mdx")}:7: events[0].transcript: a transcript belongs to a recording: add this event's recording, or remove transcript`,
    ]);
  });

  it("reports a malformed file at its own line, once however many events name it", () => {
    try {
      loadTalkFiles([invalidFixture("transcript-malformed.mdx"), invalidFixture("missing-title.mdx")], { includeDrafts: true, publicDirectory, transcriptsDirectory });
      expect.unreachable("the transcripts are malformed");
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const problems = (error as ContentError).problems;
      expect(problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual([
        { file: transcriptPath("bad-timestamp.vtt"), line: 6, field: undefined },
        { file: transcriptPath("end-before-start.vtt"), line: 6, field: undefined },
        { file: transcriptPath("no-header.vtt"), line: 1, field: undefined },
        { file: transcriptPath("no-text.vtt"), line: 6, field: undefined },
        // The talks' own problems keep their order: the transcripts' stay with the talk that names them.
        { file: invalidPath("missing-title.mdx"), line: 2, field: "title" },
      ]);
      expect(problems[0]?.message).toBe(BAD_TIMESTAMP);
      expect((error as Error).message.split("\n")[0]).toBe("Invalid talk content: 5 problems in 5 files");
    }
  });
});
