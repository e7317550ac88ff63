// npm run new-talk: writes content/talks/<slug>.mdx for a new talk, with valid front
// matter and an abstract to replace. Asks on a terminal; scripts pass flags instead:
//   npm run new-talk -- --title "…" --event "FOSDEM 2026" --date 2026-02-01 \
//     [--location "Brussels, Belgium"] [--slides URL, /slides/x.pdf or path/to/deck.pdf] [--recording URL] [--dir content/talks]
// A deck given as a file on disk (path/to/deck.pdf) is copied to public/slides/<slug>.pdf.
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

import { loadTalkFiles } from "../../lib/content/load-talks";
import { parsePartialDate, PARTIAL_DATE_FORMAT } from "../../lib/content/partial-date";
import { resolveLocation } from "../../lib/content/places";
import { ContentError, formatProblem } from "../../lib/content/problems";
import { ABSTRACT_PLACEHOLDER, SUMMARY_PLACEHOLDER } from "../../lib/content/scaffold";
import { slugFromTitle } from "../../lib/content/slug";
import { isHttpUrl, pdfPathProblem } from "../../lib/content/talk-schema";
import { projectPath } from "../../lib/paths.mjs";
import { absoluteUrl, routes } from "../../lib/site/routes";

type Field = {
  flag: "title" | "event" | "date" | "location" | "slides" | "recording";
  question: string;
  required: boolean;
  /** An error message, or undefined when the answer is fine. */
  check: (value: string) => string | undefined;
};

/** A PDF file on disk, outside public/, that the scaffold copies in: "~/Downloads/deck.pdf". */
function localPdf(value: string): string | undefined {
  const file = path.resolve(value);
  if (!/\.pdf$/i.test(file) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  return file;
}

/** Whether the file starts as every PDF does, so that a misnamed file is caught here, not at build. */
function looksLikePdf(file: string): boolean {
  const head = Buffer.alloc(5);
  const descriptor = fs.openSync(file, "r");
  try {
    fs.readSync(descriptor, head, 0, 5, 0);
  } finally {
    fs.closeSync(descriptor);
  }
  return head.toString("latin1") === "%PDF-";
}

/** A deck is a URL, a PDF the site already serves (in public/), or a PDF on disk to copy there. */
function slidesProblem(value: string): string | undefined {
  if (isHttpUrl(value)) return undefined;
  if (value.startsWith("/") && fs.existsSync(path.join("public", value))) return pdfPathProblem(value);
  const file = localPdf(value);
  if (file)
    return looksLikePdf(file)
      ? undefined
      : `${value} is not a PDF (it does not start with %PDF-): export the deck as PDF`;
  if (value.startsWith("/") && !pdfPathProblem(value))
    return `${value} does not exist: put the PDF at public${value}, or give the path of a PDF on disk to copy there`;
  return "expected an http(s) URL, the path of a PDF under public/ such as /slides/my-talk.pdf, or a PDF file on disk such as ~/Downloads/deck.pdf";
}

/**
 * The deck's field: a URL or a site path as given; a PDF on disk copied to
 * public/slides/<slug>.pdf first (never over another file of that name).
 */
function deckField(value: string, slug: string): string {
  if (isHttpUrl(value) || (value.startsWith("/") && fs.existsSync(path.join("public", value)))) return value;
  const file = localPdf(value)!;
  const sitePath = `/slides/${slug}.pdf`;
  const target = path.join("public", "slides", `${slug}.pdf`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (!fs.readFileSync(target).equals(fs.readFileSync(file)))
      fail(`${target} already exists and is another file; rename one of them, or give --slides ${sitePath}`);
  }
  console.log(`Copied ${value} to ${target}`);
  return sitePath;
}

const FIELDS: Field[] = [
  {
    flag: "title",
    question: "Title",
    required: true,
    check: (value) => (slugFromTitle(value) ? undefined : "needs at least one letter or digit"),
  },
  { flag: "event", question: "First event's name (e.g. FOSDEM 2026)", required: true, check: () => undefined },
  {
    flag: "date",
    question: `Its date (${PARTIAL_DATE_FORMAT})`,
    required: true,
    check: (value) => {
      const parsed = parsePartialDate(value);
      return parsed.ok ? undefined : parsed.reason;
    },
  },
  {
    flag: "location",
    question: "Its place (e.g. Brussels, Belgium, or Online)",
    required: false,
    check: (value) => {
      const resolved = resolveLocation(value);
      return resolved.ok ? undefined : resolved.message;
    },
  },
  {
    flag: "slides",
    question: "Slides: a URL, a PDF under public/ (e.g. /slides/my-talk.pdf), or a PDF file to copy there",
    required: false,
    check: slidesProblem,
  },
  {
    flag: "recording",
    question: "Recording URL",
    required: false,
    check: (value) => (isHttpUrl(value) ? undefined : "expected an http(s) URL"),
  },
];

const { values: flags } = parseArgs({
  options: {
    title: { type: "string" },
    event: { type: "string" },
    date: { type: "string" },
    location: { type: "string" },
    slides: { type: "string" },
    recording: { type: "string" },
    dir: { type: "string", default: path.join("content", "talks") },
  },
});

function fail(message: string): never {
  console.error(`new-talk: ${message}`);
  process.exit(1);
}

async function collectAnswers(): Promise<Record<Field["flag"], string | undefined>> {
  const answers = {} as Record<Field["flag"], string | undefined>;
  const interactive = process.stdin.isTTY && FIELDS.some((field) => field.required && !flags[field.flag]);
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    for (const field of FIELDS) {
      let value = flags[field.flag]?.trim();
      while (prompt && value === undefined) {
        const answer = (await prompt.question(`${field.question}${field.required ? "" : " (optional)"}: `)).trim();
        const problem = answer ? field.check(answer) : field.required ? "is required" : undefined;
        if (problem) console.log(`  ${problem}`);
        else value = answer;
      }
      if (!value) {
        if (field.required) fail(`--${field.flag} is required (${field.question})`);
        continue;
      }
      const problem = field.check(value);
      if (problem) fail(`--${field.flag}: ${problem}, got ${JSON.stringify(value)}`);
      answers[field.flag] = value;
    }
  } finally {
    prompt?.close();
  }
  return answers;
}

/** YAML double-quoted scalars are JSON strings. */
const quote = (text: string) => JSON.stringify(text);

function talkFile(answers: Record<Field["flag"], string | undefined>): string {
  const event = [
    `  - name: ${quote(answers.event!)}`,
    `    date: ${answers.date}`,
    ...(answers.location ? [`    location: ${quote(answers.location)}`] : []),
    ...(answers.recording ? [`    recording: ${answers.recording}`] : []),
  ];
  return [
    "---",
    "# yaml-language-server: $schema=../talk.schema.json",
    `title: ${quote(answers.title!)}`,
    "summary: >-",
    ...SUMMARY_PLACEHOLDER.map((line) => `  ${line}`),
    "tags: []",
    ...(answers.slides ? [`slides: ${answers.slides}`] : []),
    "events:",
    ...event,
    "# A draft until the summary and the abstract below are written: remove this line to publish.",
    "draft: true",
    "---",
    "",
    ...ABSTRACT_PLACEHOLDER,
    "",
  ].join("\n");
}

async function main() {
  const answers = await collectAnswers();
  const slug = slugFromTitle(answers.title!);
  const directory = path.resolve(flags.dir!);
  const filePath = path.join(directory, `${slug}.mdx`);
  fs.mkdirSync(directory, { recursive: true });
  if (fs.existsSync(filePath)) fail(`${projectPath(filePath)} already exists; choose another title or edit that file`);
  if (answers.slides) answers.slides = deckField(answers.slides, slug);
  try {
    // "wx": never overwrite a talk that is already there.
    fs.writeFileSync(filePath, talkFile(answers), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      fail(`${projectPath(filePath)} already exists; choose another title or edit that file`);
    throw error;
  }
  try {
    loadTalkFiles([filePath], { includeDrafts: true });
  } catch (error) {
    // The template is meant to pass the content check as written; say so loudly if it does not.
    if (error instanceof ContentError) for (const problem of error.problems) console.error(formatProblem(problem));
    throw error;
  }
  console.log(`Wrote ${projectPath(filePath)}, a draft: npm run dev shows it, production builds leave it out.`);
  console.log(
    "Write its summary and abstract in place of the text there, then remove the draft: true line to publish.",
  );
  console.log(`Its page will be ${absoluteUrl(routes.talk(slug))}`);
}

void main();
