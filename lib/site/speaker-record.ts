import { plural } from "../words";
import { isUpcomingEvent } from "./talks";
import { EVENT_FORMAT_LABELS, languageName, type EventFormat } from "../content/language";
import type { Talk, TalkEvent } from "../content/load-talks";
import { comparePartialDates, type CalendarDay } from "../content/partial-date";

/**
 * The speaker's record, computed from the talks for the about page: how many talks and
 * events, where (the places on the map and in its text equivalent), since when, in which
 * languages and formats. Given events are counted apart from upcoming ones throughout.
 */

/** One event of one talk, and whether it is still to come (as of the build day). */
export type EventOfTalk = { talk: Talk; event: TalkEvent; upcoming: boolean };

/** A city (or a point given by coordinates) where events took place or will. */
export type SpokenPlace = {
  /** Stable and unique: "DE:Berlin", or the coordinates for a place known only by them. */
  key: string;
  /** As pages show it: "Berlin, Germany"; the author's `location` when the gazetteer gave no names. */
  name: string;
  latitude: number;
  longitude: number;
  countryCode?: string;
  /** Oldest first, upcoming ones last. */
  events: EventOfTalk[];
  given: number;
  upcoming: number;
};

export type Tally<T> = { value: T; label: string; given: number; upcoming: number };

export type SpeakerRecord = {
  talks: number;
  given: number;
  upcoming: number;
  /** Of the given events. */
  recorded: number;
  /** Years of the first and the latest given event; undefined with none given. */
  firstYear?: number;
  latestYear?: number;
  /** Cities and countries, of given events only (an upcoming city is not yet one spoken in). */
  cities: number;
  countries: number;
  /** Every place on the map, the most events first (ties by name). */
  places: SpokenPlace[];
  /** Online events, oldest first. */
  online: EventOfTalk[];
  /** Events whose file gives no location: listed, never dropped. */
  unplaced: EventOfTalk[];
  /** The most used first. */
  languages: Tally<string>[];
  formats: Tally<EventFormat>[];
};

function byDate(a: EventOfTalk, b: EventOfTalk): number {
  return (
    Number(a.upcoming) - Number(b.upcoming) ||
    comparePartialDates(a.event.date, b.event.date) ||
    a.event.name.localeCompare(b.event.name, "en")
  );
}

function tally<T>(
  items: readonly EventOfTalk[],
  valueOf: (item: EventOfTalk) => T,
  labelOf: (value: T) => string,
): Tally<T>[] {
  const tallies = new Map<T, Tally<T>>();
  for (const item of items) {
    const value = valueOf(item);
    const entry = tallies.get(value) ?? { value, label: labelOf(value), given: 0, upcoming: 0 };
    if (item.upcoming) entry.upcoming += 1;
    else entry.given += 1;
    tallies.set(value, entry);
  }
  return [...tallies.values()].sort(
    (a, b) => b.given + b.upcoming - (a.given + a.upcoming) || a.label.localeCompare(b.label, "en"),
  );
}

/** "DE:Berlin" for a city the gazetteer named; the coordinates, to two decimals, otherwise. */
function placeKey(place: Extract<TalkEvent["place"], { kind: "located" }>): string {
  if (place.city && place.countryCode) return `${place.countryCode}:${place.city}`;
  return `${place.latitude.toFixed(2)},${place.longitude.toFixed(2)}`;
}

export function speakerRecord(talks: readonly Talk[], today?: CalendarDay): SpeakerRecord {
  const all: EventOfTalk[] = talks
    .flatMap((talk) => talk.events.map((event) => ({ talk, event, upcoming: isUpcomingEvent(event, today) })))
    .sort(byDate);
  const given = all.filter((item) => !item.upcoming);

  const places = new Map<string, SpokenPlace>();
  const online: EventOfTalk[] = [];
  const unplaced: EventOfTalk[] = [];
  for (const item of all) {
    const place = item.event.place;
    if (place?.kind === "online") {
      online.push(item);
      continue;
    }
    if (!place) {
      unplaced.push(item);
      continue;
    }
    const key = placeKey(place);
    const spoken = places.get(key) ?? {
      key,
      // As the talk files write it, the same words as on the cards: "Los Angeles, USA".
      name: item.event.location ?? (place.city && place.country ? `${place.city}, ${place.country}` : key),
      latitude: place.latitude,
      longitude: place.longitude,
      ...(place.countryCode ? { countryCode: place.countryCode } : {}),
      events: [],
      given: 0,
      upcoming: 0,
    };
    spoken.events.push(item);
    if (item.upcoming) spoken.upcoming += 1;
    else spoken.given += 1;
    places.set(key, spoken);
  }
  const placeList = [...places.values()].sort(
    (a, b) => b.given + b.upcoming - (a.given + a.upcoming) || a.name.localeCompare(b.name, "en"),
  );
  const givenPlaces = placeList.filter((place) => place.given > 0);
  const years = given.map((item) => item.event.date.year);

  return {
    talks: talks.length,
    given: given.length,
    upcoming: all.length - given.length,
    recorded: given.filter((item) => item.event.recording).length,
    ...(years.length > 0 ? { firstYear: Math.min(...years), latestYear: Math.max(...years) } : {}),
    cities: givenPlaces.length,
    countries: new Set(givenPlaces.flatMap((place) => (place.countryCode ? [place.countryCode] : []))).size,
    places: placeList,
    online,
    unplaced,
    languages: tally(all, (item) => item.event.language, languageName),
    formats: tally(
      all,
      (item) => item.event.format,
      (format) => EVENT_FORMAT_LABELS[format],
    ),
  };
}

/** "9 talks at 10 events in 4 countries since 2020", and the upcoming ones when there are. */
export function recordSentence(record: SpeakerRecord): string {
  if (record.talks === 0) return "No talks yet.";
  if (record.given === 0)
    return `${plural(record.talks, "talk", "talks")}, ${plural(record.upcoming, "event", "events")} to come.`;
  const parts = [plural(record.talks, "talk", "talks"), `at ${plural(record.given, "event", "events")}`];
  if (record.countries > 0) parts.push(`in ${plural(record.countries, "country", "countries")}`);
  if (record.firstYear !== undefined) parts.push(`since ${record.firstYear}`);
  const sentence = parts.join(" ");
  return record.upcoming > 0
    ? `${sentence}, and ${plural(record.upcoming, "event", "events")} to come.`
    : `${sentence}.`;
}
