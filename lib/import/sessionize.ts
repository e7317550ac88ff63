import { z } from "zod";

import { deadLinkReason, normalizeEventName, yearInName } from "./facts";
import {
  describeShapeIssues,
  ImportInputError,
  REPORT_INPUT,
  type FactToAdd,
  type ImportedTalk,
  type SourceImport,
  type SourceProblem,
  type UnusableTalk,
} from "./imported-talk";
import { keepUsableContent, paragraphsFromPlainText, proseOf } from "./prose";
import type { EventFormat } from "../content/language";
import { parsePartialDate, type PartialDate } from "../content/partial-date";
import { slugFromTitle } from "../content/slug";
import { isHttpUrl, type TalkSpeaker } from "../content/talk-schema";

/**
 * Sessionize's "All Data" of one event (sessionize.com/api/v2/<event id>/view/All): its
 * sessions (title, description, start, speakers by id, category items by id, recording),
 * its speakers and its categories. The speaker's own sessions become talks at that event.
 *
 * The All Data never names its event, so the author does (`--event "KubeCon EU 2023"`).
 * Sessionize's other JSON, a speaker's profile (sessionize.com/api/speaker/json/<id>), lists
 * the speaker's sessions and events side by side without saying which session was given at
 * which event: no talk can be written from it without guessing, so it is refused with why.
 */

const text = z.string().nullable().optional();

const allDataSchema = z.object({
  sessions: z.array(z.unknown()),
  speakers: z.array(z.unknown()),
  categories: z.array(z.unknown()).optional(),
});

const speakerProfileSchema = z.object({
  speaker: z.looseObject({}),
  sessions: z.array(z.unknown()),
  events: z.array(z.unknown()),
});

const sessionSchema = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string(),
  description: text,
  startsAt: text,
  isServiceSession: z.boolean().optional(),
  speakers: z.array(z.string()),
  categoryItems: z.array(z.number()).optional(),
  recordingUrl: text,
});

const speakerSchema = z.object({ id: z.string(), fullName: text, firstName: text, lastName: text });

const categorySchema = z.object({
  id: z.number(),
  title: z.string(),
  items: z.array(z.object({ id: z.number(), name: z.string() })),
});

/** Which categories mean what: topics become tags, a format becomes the event's format; the rest (level, language) is not carried. */
const TOPIC_CATEGORY = /track|topic|tag|technolog|theme/i;
const FORMAT_CATEGORY = /format|type/i;

/** Sessionize's format names, as events[].format; "Session" and "Talk" are the default. */
function formatOf(name: string): EventFormat | undefined {
  const lowered = name.toLowerCase();
  const formats: [string, EventFormat][] = [
    ["keynote", "keynote"],
    ["lightning", "lightning"],
    ["workshop", "workshop"],
    ["panel", "panel"],
    ["podcast", "podcast"],
    ["interview", "interview"],
    ["talk", "talk"],
    ["session", "talk"],
    ["presentation", "talk"],
  ];
  return formats.find(([word]) => lowered.includes(word))?.[1];
}

export function importSessionize(
  json: unknown,
  fileName: string,
  options: { speakerName?: string; eventName?: string },
): SourceImport {
  const allData = allDataSchema.safeParse(json, REPORT_INPUT);
  if (!allData.success) {
    if (speakerProfileSchema.safeParse(json).success) {
      throw new ImportInputError(
        `${fileName}: is a Sessionize speaker profile (api/speaker/json), which lists sessions and events apart without saying which session was given at which event, so no talk can be written from it without guessing: import each event's All Data (sessionize.com/api/v2/<event id>/view/All) with --event "<its name and year>"`,
      );
    }
    throw new ImportInputError(
      `${fileName}: is not Sessionize's All Data (sessions, speakers and categories): ${describeShapeIssues(allData.error.issues)}`,
    );
  }
  const eventName = options.eventName ? normalizeEventName(options.eventName) : "";
  if (eventName === "") {
    throw new ImportInputError(
      `${fileName}: Sessionize's All Data does not name its event: give it with its year, e.g. --event "KubeCon EU 2023"`,
    );
  }
  if (!options.speakerName) {
    throw new ImportInputError(
      `${fileName}: the speaker's name is needed to find his sessions: give --speaker "<name>", or write it in content/speaker.mdx`,
    );
  }

  const problems: SourceProblem[] = [];
  const speakers = new Map<string, string>();
  allData.data.speakers.forEach((item, index) => {
    const speaker = speakerSchema.safeParse(item, REPORT_INPUT);
    if (!speaker.success) {
      problems.push({
        item: `speakers[${index}]`,
        message: `is not a speaker the importer can read: ${describeShapeIssues(speaker.error.issues)}`,
      });
      return;
    }
    const name = (
      speaker.data.fullName ?? [speaker.data.firstName, speaker.data.lastName].filter(Boolean).join(" ")
    ).trim();
    if (name) speakers.set(speaker.data.id, name);
  });
  const speakerId = [...speakers].find(([, name]) => slugFromTitle(name) === slugFromTitle(options.speakerName!))?.[0];
  if (!speakerId) {
    const some = [...speakers.values()].slice(0, 5).join(", ");
    throw new ImportInputError(
      `${fileName}: no speaker is named "${options.speakerName}" (speakers: ${some || "none"}): give --speaker as the file writes the name`,
    );
  }

  const categoryItems = new Map<number, { category: string; name: string }>();
  (allData.data.categories ?? []).forEach((item, index) => {
    const category = categorySchema.safeParse(item, REPORT_INPUT);
    if (!category.success) {
      problems.push({
        item: `categories[${index}]`,
        message: `is not a category the importer can read: ${describeShapeIssues(category.error.issues)}`,
      });
      return;
    }
    for (const entry of category.data.items)
      categoryItems.set(entry.id, { category: category.data.title, name: entry.name });
  });

  const talks: (ImportedTalk | UnusableTalk)[] = [];
  allData.data.sessions.forEach((item, index) => {
    const place = { item: `sessions[${index}]` };
    const session = sessionSchema.safeParse(item, REPORT_INPUT);
    if (!session.success) {
      problems.push({
        ...place,
        message: `is not a session the importer can read, so it is left out: ${describeShapeIssues(session.error.issues)}`,
      });
      return;
    }
    // Breaks, registration, and everyone else's sessions are not the speaker's talks.
    if (session.data.isServiceSession || !session.data.speakers.includes(speakerId)) return;
    talks.push(readSession(session.data, place, { eventName, speakerId, speakers, categoryItems }));
  });
  return { talks, problems };
}

type SessionContext = {
  eventName: string;
  speakerId: string;
  speakers: ReadonlyMap<string, string>;
  categoryItems: ReadonlyMap<number, { category: string; name: string }>;
};

function readSession(
  session: z.output<typeof sessionSchema>,
  place: { item: string },
  context: SessionContext,
): ImportedTalk | UnusableTalk {
  const title = session.title.replace(/\s+/g, " ").trim();
  const problems: SourceProblem[] = [];
  const toAdd: FactToAdd[] = [];
  const report = (field: string | undefined, message: string) =>
    problems.push({ ...place, ...(field ? { field } : {}), message });

  // The session's start is the day it was given, at the venue: Sessionize writes local times without a zone.
  const startsOn = session.startsAt ? parsePartialDate(session.startsAt.trim().slice(0, 10)) : undefined;
  const nameYear = yearInName(context.eventName);
  const date: PartialDate | undefined = startsOn?.ok
    ? startsOn.date
    : nameYear === undefined
      ? undefined
      : { year: nameYear };
  if (!date) {
    return {
      kind: "unusable",
      place,
      title,
      reason: `the session is not scheduled (no startsAt), and "${context.eventName}" names no year to date it by`,
      problems,
    };
  }
  if (!startsOn?.ok)
    toAdd.push({
      field: "events[0].date",
      message: `the session is not scheduled in Sessionize: only the year (${date.year}) is known, from the event's name`,
    });

  const speakers: TalkSpeaker[] = [];
  for (const id of session.speakers) {
    if (id === context.speakerId) continue;
    const name = context.speakers.get(id);
    if (name) speakers.push({ name });
    else report("speakers", `a co-speaker (id ${id}) is not among the file's speakers: add their name`);
  }

  const tags: string[] = [];
  let format: EventFormat | undefined;
  const notCarried: string[] = [];
  for (const id of session.categoryItems ?? []) {
    const item = context.categoryItems.get(id);
    if (!item) continue;
    if (TOPIC_CATEGORY.test(item.category)) tags.push(item.name.trim());
    else if (FORMAT_CATEGORY.test(item.category) && formatOf(item.name)) format = formatOf(item.name);
    else notCarried.push(`${item.category}: ${item.name}`);
  }
  if (notCarried.length > 0)
    report(
      undefined,
      `the categories ${notCarried.map((entry) => `"${entry}"`).join(", ")} are not carried over: a talk file has no field for them`,
    );

  let recording: string | undefined;
  if (session.recordingUrl) {
    const url = session.recordingUrl.trim();
    const dead = isHttpUrl(url) ? deadLinkReason(url) : "it is not a full http(s) address";
    if (dead) report("events[0].recording", `the recording ${JSON.stringify(url)} is left out: ${dead}`);
    else recording = url;
  }

  toAdd.push({
    field: "events[0].location",
    message: 'Sessionize\'s All Data names no place: add "City, Country", or "Online"',
  });
  const abstract = session.description
    ? keepUsableContent(paragraphsFromPlainText(session.description), (_node, why) => report("body", why))
    : undefined;
  const prose = proseOf(abstract, "Sessionize's description");
  return {
    kind: "talk",
    place,
    title,
    summary: prose.summary,
    abstract: prose.abstract,
    tags,
    links: [],
    speakers,
    events: [{ name: context.eventName, date, ...(recording ? { recording } : {}), ...(format ? { format } : {}) }],
    toAdd: [...prose.toAdd, ...toAdd],
    problems,
  };
}
