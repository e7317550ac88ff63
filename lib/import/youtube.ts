import { z } from "zod";

import { normalizeEventName, yearInName } from "./facts";
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
import { paragraphsFromPlainText, proseOf } from "./prose";
import { parseYouTubeUrl } from "../content/embeds";
import { slugFromTitle } from "../content/slug";
import type { TalkSpeaker } from "../content/talk-schema";

/**
 * A YouTube playlist as `yt-dlp --flat-playlist -J <playlist URL>` writes it: an object of
 * `_type: "playlist"` whose `entries` each give a video's `id`, `url`, `title`, `duration`
 * and `channel`, and in flat mode no upload date and usually no description.
 *
 * Each video is a talk with its recording. What a video knows of its talk is in its title,
 * as conference channels write them: "Title - Speaker, Company & Other Speaker, Company |
 * KubeCon NA 2021", "GopherCon EU 2022: Speaker - Title", "PromCon Online 2020 - Title".
 * A part that names a year at either end is the event; a part that names the speaker is the
 * list of speakers. A video whose title names no event cannot be dated, and is not written.
 */

const playlistSchema = z.object({ _type: z.literal("playlist"), entries: z.array(z.unknown()) });

const entrySchema = z.object({
  id: z.string(),
  url: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  upload_date: z.string().nullable().optional(),
});

/** What yt-dlp calls a video that the playlist holds but no one may watch. */
const UNAVAILABLE_TITLES = new Set(["[private video]", "[deleted video]", "[unavailable video]"]);

export function importYouTubePlaylist(
  json: unknown,
  fileName: string,
  options: { speakerName?: string },
): SourceImport {
  const playlist = playlistSchema.safeParse(json, REPORT_INPUT);
  if (!playlist.success) {
    const video = z.object({ _type: z.literal("video") }).safeParse(json).success;
    throw new ImportInputError(
      video
        ? `${fileName}: is one video's JSON, not a playlist's: write the playlist's with yt-dlp --flat-playlist -J <playlist URL>`
        : `${fileName}: is not a playlist as yt-dlp --flat-playlist -J writes it (_type "playlist" and a list of entries): ${describeShapeIssues(playlist.error.issues)}`,
    );
  }

  const talks: (ImportedTalk | UnusableTalk)[] = [];
  const problems: SourceProblem[] = [];
  playlist.data.entries.forEach((item, index) => {
    const place = { item: `entries[${index}]` };
    const entry = entrySchema.safeParse(item, REPORT_INPUT);
    if (!entry.success) {
      problems.push({
        ...place,
        message: `is not a video the importer can read, so it is left out: ${describeShapeIssues(entry.error.issues)}`,
      });
      return;
    }
    const title = entry.data.title?.trim() ?? "";
    if (title === "" || UNAVAILABLE_TITLES.has(title.toLowerCase())) {
      problems.push({
        ...place,
        message: `the video ${entry.data.id} is ${title || "untitled"}: there is nothing to import from it`,
      });
      return;
    }
    talks.push(readVideo(entry.data, title, place, options.speakerName));
  });
  return { talks, problems };
}

function readVideo(
  entry: z.output<typeof entrySchema>,
  written: string,
  place: { item: string },
  speakerName: string | undefined,
): ImportedTalk | UnusableTalk {
  const problems: SourceProblem[] = [];
  const toAdd: FactToAdd[] = [];
  const recording = entry.url && parseYouTubeUrl(entry.url) ? entry.url : `https://www.youtube.com/watch?v=${entry.id}`;
  const { title, eventName, coSpeakers } = readVideoTitle(written, speakerName);
  if (title !== written)
    problems.push({
      ...place,
      field: "title",
      message: `the video's title "${written}" is read as the talk "${title}"`,
    });

  const year = eventName === undefined ? undefined : yearInName(eventName);
  if (eventName === undefined || year === undefined) {
    return {
      kind: "unusable",
      place,
      title,
      reason: `its title names no event with a year, and a flat playlist gives no date: add it by hand (npm run new-talk -- --title "${title}" --recording ${recording} --event … --date …)`,
      recordings: [recording],
      problems,
    };
  }
  const name = normalizeEventName(eventName);
  if (entry.upload_date) {
    problems.push({
      ...place,
      field: "events[0].date",
      message: `the upload date (${entry.upload_date}) is when the video was published, not when the talk was given: it is not used`,
    });
  }
  const speakers: TalkSpeaker[] = coSpeakers.map((speaker) => ({ name: speaker }));
  if (speakers.length > 0) {
    problems.push({
      ...place,
      field: "speakers",
      message: `co-speakers read from the title: ${coSpeakers.join(", ")}; check their names`,
    });
  }
  toAdd.push(
    {
      field: "events[0].date",
      message: `only the year (${year}) is known, from the event's name in the title: add the month, or the day, if you know them`,
    },
    { field: "events[0].location", message: 'the playlist names no place: add "City, Country", or "Online"' },
  );
  const prose = proseOf(
    entry.description ? paragraphsFromPlainText(entry.description) : undefined,
    "the video's description (a flat playlist rarely has one)",
  );
  return {
    kind: "talk",
    place,
    title,
    summary: prose.summary,
    abstract: prose.abstract,
    tags: [],
    links: [],
    speakers,
    events: [{ name, date: { year }, recording }],
    toAdd: [...prose.toAdd, ...toAdd],
    problems,
  };
}

/**
 * A conference video's title, taken apart: the talk's own title, the event (a part that
 * names a year, at the start before ": " or at either end of the " - " and " | " parts), and
 * the co-speakers (the part naming the speaker, written "A, Company & B, Company": each name
 * before its comma). Parts it cannot tell stay in the title, with their separators, for the
 * author to see.
 */
export function readVideoTitle(
  written: string,
  speakerName: string | undefined,
): { title: string; eventName?: string; coSpeakers: string[] } {
  let rest = written.replace(/\s+/g, " ").trim();
  let eventName: string | undefined;
  const colon = rest.indexOf(": ");
  if (colon > 0 && yearInName(rest.slice(0, colon)) !== undefined) {
    eventName = rest.slice(0, colon);
    rest = rest.slice(colon + 2);
  }

  // The parts, and the separator written before each (none before the first).
  const pieces = rest.split(/( \| | [-–—] )/);
  const parts = pieces.flatMap((piece, index) =>
    index % 2 === 0 ? [{ text: piece, before: pieces[index - 1] ?? "" }] : [],
  );
  const take = (index: number) => {
    const [taken] = parts.splice(index, 1);
    if (index === 0 && parts[0]) parts[0].before = "";
    return taken!.text;
  };

  const speakerKey = speakerName ? slugFromTitle(speakerName) : "";
  const speakerIndex =
    speakerKey && parts.length > 1 ? parts.findIndex((part) => slugFromTitle(part.text).includes(speakerKey)) : -1;
  const coSpeakers =
    speakerIndex >= 0
      ? take(speakerIndex)
          .split(" & ")
          .map((person) => person.split(",")[0]!.trim())
          .filter((person) => person !== "" && slugFromTitle(person) !== speakerKey)
      : [];
  if (eventName === undefined && parts.length > 1) {
    if (yearInName(parts[parts.length - 1]!.text) !== undefined) eventName = take(parts.length - 1);
    else if (yearInName(parts[0]!.text) !== undefined) eventName = take(0);
  }
  const title = parts.map((part) => part.before + part.text).join("");
  return { title, ...(eventName ? { eventName } : {}), coSpeakers };
}
