import { z } from "zod";

import { deadLinkReason, findableLocation, isVideoUrl, normalizeEventName, yearInName } from "./facts";
import {
  describeShapeIssues,
  ImportInputError,
  REPORT_INPUT,
  type FactToAdd,
  type ImportedEvent,
  type ImportedTalk,
  type SourceImport,
  type SourceProblem,
  type UnusableTalk,
} from "./imported-talk";
import { keepUsableContent, paragraphsFromHtml, proseOf } from "./prose";
import { MAX_LENGTH } from "../content/limits";
import { parsePartialDate, type PartialDate } from "../content/partial-date";
import { isHttpUrl, type TalkLink } from "../content/talk-schema";

/**
 * Notist's presentations, in its JSON:API form. Notist serves a speaker's list at
 * noti.st/<user>.json (each presentation's title and date, and a `links.related` address)
 * and each presentation at that address, noti.st/<user>/<id>.json: `data[0]` of type
 * "presentations", with its abstract (`blurb.html`), PDF (`download`) and resources, and
 * its event in `relationships.data` (title, dates, address, coordinates, url). The importer
 * reads presentations in that second form, one file or several merged into one `data` list
 * (docs/importing.md shows how). Only the fields read below are checked; Notist's others are
 * passed over.
 */

const text = z.string().nullable().optional();
const coordinate = z.union([z.string(), z.number()]).nullable().optional();

const eventSchema = z.object({
  type: z.literal("events"),
  attributes: z.object({
    title: z.string(),
    starts_on: text,
    ends_on: text,
    address: text,
    latitude: coordinate,
    longitude: coordinate,
    country_code: text,
    url: text,
  }),
});

const presentationSchema = z.object({
  type: z.literal("presentations"),
  id: z.string(),
  attributes: z.object({
    title: z.string(),
    presented_on: text,
    blurb: z.object({ html: z.string().nullable() }).nullable().optional(),
    download: text,
    resources: z
      .object({ data: z.array(z.object({ title: text, url: z.string() })) })
      .nullable()
      .optional(),
  }),
  links: z.object({ self: text }).optional(),
  relationships: z.object({ data: z.array(z.unknown()) }).optional(),
});

/** An item that says it is an event: one that then does not read is reported, where other types are passed over. */
const claimsToBeEvent = z.object({ type: z.literal("events") });

const documentSchema = z.object({ data: z.array(z.looseObject({ type: z.string() })) });

/** A resource titled so is the recording of the presentation it belongs to. */
const RECORDING_TITLE = /\b(video|recording|watch)\b/i;

export function importNotist(json: unknown, fileName: string): SourceImport {
  const document = documentSchema.safeParse(json, REPORT_INPUT);
  if (!document.success) {
    throw new ImportInputError(
      `${fileName}: is not Notist's JSON (an object with a "data" list of presentations): ${describeShapeIssues(document.error.issues)}`,
    );
  }
  if (document.data.data.some((item) => item.type === "users")) {
    throw new ImportInputError(
      `${fileName}: is Notist's list of a speaker's presentations (noti.st/<user>.json), which gives no abstracts or events: fetch each presentation's own JSON (its links.related address) and import those; docs/importing.md shows how to merge them into one file`,
    );
  }

  const talks: (ImportedTalk | UnusableTalk)[] = [];
  const problems: SourceProblem[] = [];
  document.data.data.forEach((item, index) => {
    const place = { item: `data[${index}]` };
    if (item.type !== "presentations") {
      problems.push({ ...place, message: `is of type "${item.type}", not a presentation: it is passed over` });
      return;
    }
    const presentation = presentationSchema.safeParse(item, REPORT_INPUT);
    if (!presentation.success) {
      problems.push({
        ...place,
        message: `is not a presentation the importer can read, so it is left out: ${describeShapeIssues(presentation.error.issues)}`,
      });
      return;
    }
    talks.push(readPresentation(presentation.data, place));
  });
  return { talks, problems };
}

function readPresentation(
  presentation: z.output<typeof presentationSchema>,
  place: { item: string },
): ImportedTalk | UnusableTalk {
  const { attributes } = presentation;
  const title = attributes.title.replace(/\s+/g, " ").trim();
  const problems: SourceProblem[] = [];
  const toAdd: FactToAdd[] = [];
  const report = (field: string | undefined, message: string) =>
    problems.push({ ...place, ...(field ? { field } : {}), message });
  /** An address the talk file may hold, or undefined (reported) when it leads nowhere. */
  const usable = (url: string | null | undefined, field: string, what: string): string | undefined => {
    if (!url) return undefined;
    if (!isHttpUrl(url.trim())) {
      report(field, `${what} is not a full http(s) address (${JSON.stringify(url)}): it is left out`);
      return undefined;
    }
    const dead = deadLinkReason(url);
    if (dead) report(field, `${what} ${url} no longer leads anywhere (${dead}): it is left out`);
    return dead ? undefined : url.trim();
  };

  const presentedOn = dayOf(attributes.presented_on);
  const events: ImportedEvent[] = [];
  for (const related of presentation.relationships?.data ?? []) {
    const parsed = eventSchema.safeParse(related, REPORT_INPUT);
    if (!parsed.success) {
      if (claimsToBeEvent.safeParse(related).success)
        report("events", `an event that cannot be read is left out: ${describeShapeIssues(parsed.error.issues)}`);
      continue;
    }
    const event = readEvent(parsed.data.attributes, presentedOn, events.length, { report, usable, toAdd });
    if (event) events.push(event);
  }
  if (events.length === 0) {
    return {
      kind: "unusable",
      place,
      title,
      reason: "Notist gives no event with a date for it, and a talk needs at least one",
      problems,
    };
  }

  const links: TalkLink[] = [];
  (attributes.resources?.data ?? []).forEach((resource, index) => {
    const url = usable(resource.url, "links", `resources[${index}]`);
    if (!url) return;
    const name = resource.title?.replace(/\s+/g, " ").trim().slice(0, MAX_LENGTH.name) || "Resource";
    const event = events.length === 1 ? events[0]! : undefined;
    if (event && !event.recording && isVideoUrl(url) && RECORDING_TITLE.test(name)) event.recording = url;
    else links.push({ title: name, url });
  });

  // The presentation's page on Notist shows its slides; the PDF only when there is no page.
  const slides =
    usable(presentation.links?.self, "slides", "the presentation's page") ??
    usable(attributes.download, "slides", "the PDF download");

  const abstract = attributes.blurb?.html
    ? keepUsableContent(paragraphsFromHtml(attributes.blurb.html), (_node, why) => report("body", why))
    : undefined;
  const prose = proseOf(abstract, "Notist's description");
  return {
    kind: "talk",
    place,
    title,
    summary: prose.summary,
    abstract: prose.abstract,
    tags: [],
    ...(slides ? { slides } : {}),
    links,
    speakers: [],
    events,
    toAdd: [...prose.toAdd, ...toAdd],
    problems,
  };
}

type EventContext = {
  report: (field: string | undefined, message: string) => void;
  usable: (url: string | null | undefined, field: string, what: string) => string | undefined;
  toAdd: FactToAdd[];
};

function readEvent(
  attributes: z.output<typeof eventSchema>["attributes"],
  presentedOn: PartialDate | undefined,
  index: number,
  { report, usable, toAdd }: EventContext,
): ImportedEvent | undefined {
  const field = `events[${index}]`;
  const date = presentedOn ?? dateAgreedBy(attributes.starts_on, attributes.ends_on);
  const written = attributes.title.replace(/\s+/g, " ").trim();
  if (!date) {
    report("events", `the event "${written}" has no date, and the presentation none (presented_on): it is left out`);
    return undefined;
  }
  if (!presentedOn)
    report(
      `${field}.date`,
      "the presentation has no date of its own (presented_on): the event's dates give it, as precisely as they agree",
    );

  const normalized = normalizeEventName(written);
  // The site names an event with its year ("FOSDEM 2020"); Notist's titles often leave it out.
  const name = yearInName(normalized) === undefined ? `${normalized} ${date.year}` : normalized;
  if (name !== normalized)
    report(`${field}.name`, `Notist's "${written}" names no year: it is written "${name}", with the year of its date`);
  else if (name !== written) report(`${field}.name`, `"${written}" is written "${name}"`);

  const url = usable(attributes.url, `${field}.url`, "the event's page");
  const address = attributes.address?.replace(/\s+/g, " ").trim() ?? "";
  const location = address ? findableLocation(address, attributes.country_code ?? undefined) : undefined;
  const latitude = Number(attributes.latitude ?? Number.NaN);
  const longitude = Number(attributes.longitude ?? Number.NaN);
  const hasCoordinates =
    attributes.latitude != null &&
    attributes.longitude != null &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180 &&
    Number.isFinite(latitude + longitude);

  let place: Pick<ImportedEvent, "location" | "coordinates"> = {};
  if (location) {
    place = { location };
    if (location !== address)
      report(
        `${field}.location`,
        `Notist's address "${address}" is written "${location}", as the site's gazetteer finds it`,
      );
  } else if (address && hasCoordinates && address.length <= MAX_LENGTH.location) {
    // Notist's own coordinates place an event whose address the gazetteer does not know.
    place = { location: address, coordinates: [latitude, longitude] };
    report(
      `${field}.location`,
      `the site's gazetteer does not know "${address}": it is written with Notist's coordinates`,
    );
  } else {
    toAdd.push({
      field: `${field}.location`,
      message: address
        ? `Notist's address "${address}" is not a place the site's gazetteer can find: write "City, Country", or "Online"`
        : 'Notist gives no place: add "City, Country", or "Online"',
    });
  }
  if (date.day === undefined)
    toAdd.push({ field: `${field}.date`, message: "the day is not known: add it if you know it" });
  return { name, date, ...place, ...(url ? { url } : {}) };
}

/** The day of "2022-09-13 14:30:00" or "2022-09-13", or undefined. */
function dayOf(value: string | null | undefined): PartialDate | undefined {
  const parsed = value ? parsePartialDate(value.trim().slice(0, 10)) : undefined;
  return parsed?.ok && parsed.date.day !== undefined ? parsed.date : undefined;
}

/** What an event's first and last days agree on: the day, the month or the year. */
function dateAgreedBy(startsOn: string | null | undefined, endsOn: string | null | undefined): PartialDate | undefined {
  const start = dayOf(startsOn);
  const end = dayOf(endsOn) ?? start;
  if (!start || !end || start.year !== end.year) return undefined;
  if (start.month !== end.month) return { year: start.year };
  return start.day === end.day ? start : { year: start.year, month: start.month };
}
