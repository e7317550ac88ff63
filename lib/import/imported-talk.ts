import type { Root } from "mdast";
import type { z } from "zod";

import type { EventFormat } from "../content/language";
import type { PartialDate } from "../content/partial-date";
import { describeValue, formatFieldPath } from "../content/problems";
import type { TalkLink, TalkSpeaker } from "../content/talk-schema";

/**
 * What every importer hands to the writer (write-talks.ts): the talks a source holds, in the
 * site's own terms, with what the source got wrong and what it did not say. Each kind
 * (markdown.ts, notist.ts, sessionize.ts, youtube.ts) only reads its format into this.
 */

/** Where something stands in the source: a line of a page, or an item of a JSON file ("entries[3]"). */
export type SourcePlace = { line?: number; item?: string };

/** Something in the source that could not be used as it was, and why; `field` is the talk file's field it concerns. */
export type SourceProblem = SourcePlace & { field?: string; message: string };

/** A fact the source does not give, which the author should add to the written file. */
export type FactToAdd = { field: string; message: string };

export type ImportedEvent = {
  name: string;
  /** As precise as the source says, never more. */
  date: PartialDate;
  url?: string;
  location?: string;
  coordinates?: [number, number];
  recording?: string;
  slides?: string;
  format?: EventFormat;
};

export type ImportedTalk = {
  kind: "talk";
  place: SourcePlace;
  title: string;
  /** Whole sentences of the source's abstract; absent when none fit, and the talk is then written as a draft. */
  summary?: string;
  /** The abstract as Markdown nodes, its links already checked; absent when the source has none. */
  abstract?: Root;
  tags: string[];
  slides?: string;
  links: TalkLink[];
  speakers: TalkSpeaker[];
  /** At least one: a talk without an event is unusable (see SourceImport.unusable). */
  events: ImportedEvent[];
  toAdd: FactToAdd[];
  problems: SourceProblem[];
};

/**
 * A talk the source holds that cannot be written without guessing, with why. Its recordings,
 * when known, still tell whether the talk is already there, which the author would rather hear.
 */
export type UnusableTalk = {
  kind: "unusable";
  place: SourcePlace;
  title: string;
  reason: string;
  recordings?: string[];
  problems: SourceProblem[];
};

export type SourceImport = {
  /** In the source's order. */
  talks: (ImportedTalk | UnusableTalk)[];
  /** About the source itself, not one talk: text outside any talk, entries that are not talks. */
  problems: SourceProblem[];
};

/**
 * The input cannot be read at all (not found, not JSON, not the expected format): the message
 * names the file and what is wrong, and the CLI exits with status 1.
 */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInputError";
  }
}

/** zod leaves what a field held out of its issues unless asked: messages say what the file holds. */
export const REPORT_INPUT = { reportInput: true } as const;

/**
 * A zod error, worded for the person who made the file: the first few fields that do not fit,
 * each with what was expected and what it holds.
 */
export function describeShapeIssues(issues: readonly z.core.$ZodIssue[], limit = 4): string {
  const described = issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? formatFieldPath(issue.path) : "the top level";
    if (issue.code === "invalid_type") {
      const got = issue.input === undefined ? "nothing" : describeValue(issue.input);
      return `${where}: expected ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : issue.expected}, got ${got}`;
    }
    if (issue.code === "invalid_value")
      return `${where}: expected ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}`;
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > limit ? `; and ${issues.length - limit} more` : "";
  return described.join("; ") + more;
}
