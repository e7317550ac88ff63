import fs from "node:fs";
import path from "node:path";

import {
  geoEqualEarth,
  geoGraticule,
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";

/**
 * The world map of the places the speaker has spoken, as SVG geometry, drawn at build time
 * from Natural Earth's 1:110m land (public domain, as packaged by `world-atlas`, ISC). The
 * page inlines it in an `<svg>`: nothing of this runs in the browser, so everything here is
 * about bytes and a stable output, not speed.
 */

/** A place to mark, with how many events took place there and how many are still to come. */
export type MapPlace = { key: string; latitude: number; longitude: number; given: number; upcoming: number };

/** A place's circle, in the viewBox's units. */
export type MapMark = { key: string; x: number; y: number; radius: number; given: number; upcoming: number };

export type WorldMap = {
  width: number;
  height: number;
  /** `0 0 width height`, for the `<svg>`. */
  viewBox: string;
  /** All land as one path (fill it; the seas are its holes under the nonzero rule, as drawn). */
  landPath: string;
  /** Only when asked for: parallels and meridians every 30°, as open lines (stroke, no fill). */
  graticulePath?: string;
  /** The globe's outline, cut at the map's southern edge: the sea, under the land. */
  spherePath: string;
  /** Largest first, so that a small place drawn later stays visible on a large one. */
  marks: MapMark[];
};

export type WorldMapOptions = {
  graticule?: boolean;
  /**
   * "places" frames the view to the marks (with a margin, at least 2:1 wide) instead of the
   * whole world, and shrinks the marks with the view, so that they keep their size on screen
   * and places near each other stand apart. The land outside the frame is cut off by the viewBox.
   */
  frame?: "world" | "places";
};

/** Around the marks, as a share of the framed span, and at least this many units. */
const FRAME_MARGIN_SHARE = 0.18;
const FRAME_MIN_MARGIN = 40;
/** A frame is never narrower than this share of the world, so that a single city is not a blur of coast. */
const FRAME_MIN_WIDTH_SHARE = 0.3;
/** Width to height: a wide strip fits a page column. */
const FRAME_ASPECT = 2;

/** The viewBox's width; the height follows from the projection's shape and the crop. */
export const MAP_WIDTH = 960;

// Room for half of a stroke on the globe's outline, which the viewBox would otherwise cut.
const PADDING = 2;

// The map ends at this parallel: below it there is only Antarctica and a few rocks, about a
// tenth of the height for nothing a speaker visits, and Tierra del Fuego (56°S) is still in.
// Equal Earth draws parallels as straight lines, so the crop is a straight bottom edge.
export const SOUTHERN_EDGE_LATITUDE = -60;

/**
 * A single event's circle: 6 units is about 4 px on a 700 px wide page and 2 px at 320 px
 * (the list under the map says the same in text at any width).
 */
const MIN_RADIUS = 6;
/** Reached at 16 events: beyond that a circle would hide a whole region of Europe. */
const MAX_RADIUS = 24;

/** Parallels and meridians this many degrees apart: 10° would triple the graticule's bytes on a map this small. */
const GRATICULE_STEP = 30;

// A literal path, as for the gazetteer: a path built from a variable makes Next's tracer
// include the whole project. Land only (no borders) is half of countries-110m's bytes to read.
const LAND_FILE = path.join(process.cwd(), "node_modules", "world-atlas", "land-110m.json");

type Topology = Parameters<typeof feature>[0];
type TopologyObject = Topology["objects"][string];
type GeometryCollection = Extract<TopologyObject, { type: "GeometryCollection" }>;
type LandTopology = Topology & { objects: { land: GeometryCollection } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isNumberPair = (value: unknown): boolean =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === "number" && Number.isFinite(n));

/**
 * Only what topojson-client relies on to decode the land is checked (the shape, not every
 * arc index): enough that a replaced or truncated file fails here, naming it, rather than
 * deep inside the decoder or as an empty map.
 */
function isLandTopology(value: unknown): value is LandTopology {
  if (!isRecord(value) || value.type !== "Topology" || !Array.isArray(value.arcs) || !isRecord(value.objects))
    return false;
  if (
    value.transform !== undefined &&
    !(isRecord(value.transform) && isNumberPair(value.transform.scale) && isNumberPair(value.transform.translate))
  )
    return false;
  const land = value.objects.land;
  return (
    isRecord(land) && land.type === "GeometryCollection" && Array.isArray(land.geometries) && land.geometries.length > 0
  );
}

/** The land of a world-atlas file's parsed JSON; `source` names the file in the error. */
export function landFromTopology(json: unknown, source: string): FeatureCollection {
  if (!isLandTopology(json))
    throw new Error(
      `${source} is not a TopoJSON Topology with an "objects.land" GeometryCollection; reinstall world-atlas@2.0.2.`,
    );
  return feature(json, json.objects.land);
}

function readLand(): FeatureCollection {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(LAND_FILE, "utf8"));
  } catch (error) {
    throw new Error(
      `Could not read the world map's land from ${LAND_FILE}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return landFromTopology(json, LAND_FILE);
}

/** A number of tenths as SVG wants it shortest: 5 → ".5", -12 → "-1.2", 30 → "3". */
function tenths(count: number): string {
  return String(count / 10).replace(/^(-?)0\./, "$1.");
}

/**
 * A path context (d3's canvas-like interface) that writes SVG path data as small as it can
 * be at a tenth of a unit: geoPath's own output, absolute and with a separator before every
 * number, was 48,672 bytes for the land (18,927 gzipped), over the page's budget of 40 KB and 14 KB;
 * this writes 28,994 (10,227 gzipped).
 *
 * - Points are rounded to tenths first and each step is the difference of two rounded
 *   points, so relative steps (short numbers, and similar ones, which gzip well) never drift;
 * - a point that rounds onto the one before is left out;
 * - separators are left out where SVG's grammar allows ("1.5-2", "1.5.5");
 * - a ring that rounds to no area is left out (it would not show at all). No ring with an
 *   area is dropped: the whole of Natural Earth's 110m land is drawn, islands included.
 */
class CompactPath implements GeoContext {
  private data = "";
  private points: Array<[number, number]> = [];
  private previousToken = "";

  moveTo(x: number, y: number): void {
    this.endLine(false);
    this.points = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.points.at(-1);
    if (last?.[0] !== point[0] || last[1] !== point[1]) this.points.push(point);
  }

  closePath(): void {
    this.endLine(true);
  }

  beginPath(): void {}

  // Only a Point or MultiPoint would be drawn with arcs, and none is: the marks are the
  // renderer's circles. Failing loudly beats a path with a silent hole in it.
  arc(): never {
    throw new Error("The world map draws no points as paths.");
  }

  toString(): string {
    this.endLine(false);
    return this.data;
  }

  private endLine(closed: boolean): void {
    const points = this.points;
    this.points = [];
    const [first, ...rest] = points;
    if (!first || rest.length === 0) return;
    if (closed && (rest.length < 2 || shoelace(points) === 0)) return;
    this.data += `M${tenths(first[0])}`;
    this.previousToken = tenths(first[0]);
    this.token(tenths(first[1]));
    this.data += "l";
    this.previousToken = "";
    let [x, y] = first;
    for (const [nextX, nextY] of rest) {
      this.token(tenths(nextX - x));
      this.token(tenths(nextY - y));
      [x, y] = [nextX, nextY];
    }
    if (closed) this.data += "z";
  }

  private token(number: string): void {
    const needsSeparator =
      this.previousToken !== "" &&
      !number.startsWith("-") &&
      !(number.startsWith(".") && this.previousToken.includes("."));
    this.data += (needsSeparator ? " " : "") + number;
    this.previousToken = number;
  }
}

/** Twice a ring's signed area (any unit). */
function shoelace(points: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  points.forEach(([x0, y0], index) => {
    const [x1, y1] = points[(index + 1) % points.length] ?? [x0, y0];
    sum += x0 * y1 - x1 * y0;
  });
  return sum;
}

function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const context = new CompactPath();
  geoPath(projection, context)(object);
  return context.toString();
}

type Base = { projection: GeoProjection; height: number; landPath: string; spherePath: string };

// The land and the projection are the same for every call: read, decode and draw them once per process.
let base: Base | undefined;
let graticulePath: string | undefined;

function getBase(): Base {
  if (base) return base;
  const sphere: GeoPermissibleObjects = { type: "Sphere" };
  // Fitting to the width puts the globe's top edge at y = 0 and its left at x = 0; then the
  // padding is added by hand, since fitExtent would also need a height, which is the unknown.
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH - 2 * PADDING, sphere);
  const [translateX, translateY] = projection.translate();
  projection.translate([translateX + PADDING, translateY + PADDING]);
  const edge = projection([0, SOUTHERN_EDGE_LATITUDE]);
  if (!edge) throw new Error("The world map's projection cannot place its southern edge.");
  const height = Math.round(edge[1]);
  // Clipping to the viewBox (not only letting the <svg> hide the overflow) is what removes
  // Antarctica's bytes from the land path, and gives the sea its straight bottom edge.
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  base = { projection, height, landPath: pathData(projection, readLand()), spherePath: pathData(projection, sphere) };
  return base;
}

/** The radius whose circle's area is proportional to the number of events (up to the cap), rounded to a tenth. */
export function markRadius(events: number): number {
  return roundTenth(Math.min(MAX_RADIUS, MIN_RADIUS * Math.sqrt(events)));
}

function roundTenth(value: number): number {
  // `+ 0` turns -0 into 0, which would otherwise print as "0" in one place and "-0" in another.
  return Math.round(value * 10) / 10 + 0;
}

const isCount = (value: number) => Number.isInteger(value) && value >= 0;

function validatePlace(place: MapPlace, seen: Set<string>): void {
  const name = `World map place "${place.key}"`;
  if (place.key === "")
    throw new Error("World map place with an empty key: every place needs a key (it keys the rendered mark).");
  if (seen.has(place.key)) throw new Error(`${name} is given twice: merge its events into one place.`);
  seen.add(place.key);
  if (!Number.isFinite(place.latitude) || place.latitude < -90 || place.latitude > 90)
    throw new Error(`${name} has latitude ${place.latitude}, outside -90 to 90.`);
  if (!Number.isFinite(place.longitude) || place.longitude < -180 || place.longitude > 180)
    throw new Error(`${name} has longitude ${place.longitude}, outside -180 to 180.`);
  if (place.latitude < SOUTHERN_EDGE_LATITUDE)
    throw new Error(
      `${name} has latitude ${place.latitude}, south of the map's edge at ${-SOUTHERN_EDGE_LATITUDE}°S (Antarctica is cropped).`,
    );
  if (!isCount(place.given) || !isCount(place.upcoming))
    throw new Error(
      `${name} has event counts given=${place.given}, upcoming=${place.upcoming}; both must be whole numbers, 0 or more.`,
    );
  if (place.given + place.upcoming === 0) throw new Error(`${name} has no events: leave it off the map.`);
}

/**
 * The map with a circle for each place. The same places give the same output whatever their
 * order: marks are ordered by size, then by key (by code unit, not by locale).
 */
export function drawWorldMap(places: readonly MapPlace[], options: WorldMapOptions = {}): WorldMap {
  const seen = new Set<string>();
  for (const place of places) validatePlace(place, seen);
  const { projection, height, landPath, spherePath } = getBase();

  const marks = places.map((place): MapMark => {
    const point = projection([place.longitude, place.latitude]);
    if (!point) throw new Error(`World map place "${place.key}" could not be projected.`);
    const events = place.given + place.upcoming;
    return {
      key: place.key,
      x: roundTenth(point[0]),
      y: roundTenth(point[1]),
      radius: markRadius(events),
      given: place.given,
      upcoming: place.upcoming,
    };
  });
  // Capped radii tie, so the count decides next: still largest first.
  marks.sort(
    (a, b) =>
      b.radius - a.radius ||
      b.given + b.upcoming - (a.given + a.upcoming) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );

  const frame = options.frame === "places" && marks.length > 0 ? frameAround(marks, height) : undefined;
  const scale = frame ? frame.width / MAP_WIDTH : 1;
  const map: WorldMap = {
    width: frame ? Math.round(frame.width) : MAP_WIDTH,
    height: frame ? Math.round(frame.height) : height,
    viewBox: frame
      ? [frame.x, frame.y, frame.width, frame.height].map((value) => roundTenth(value)).join(" ")
      : `0 0 ${MAP_WIDTH} ${height}`,
    landPath,
    spherePath,
    marks: frame ? marks.map((mark) => ({ ...mark, radius: roundTenth(Math.max(2, mark.radius * scale)) })) : marks,
  };
  if (options.graticule) {
    graticulePath ??= pathData(projection, geoGraticule().step([GRATICULE_STEP, GRATICULE_STEP])());
    map.graticulePath = graticulePath;
  }
  return map;
}

/** The part of the map around the marks: a margin, the minimum width, the aspect, inside the map's edges. */
function frameAround(marks: readonly MapMark[], mapHeight: number) {
  const left = Math.min(...marks.map((mark) => mark.x - mark.radius));
  const right = Math.max(...marks.map((mark) => mark.x + mark.radius));
  const top = Math.min(...marks.map((mark) => mark.y - mark.radius));
  const bottom = Math.max(...marks.map((mark) => mark.y + mark.radius));
  const margin = Math.max(FRAME_MIN_MARGIN, FRAME_MARGIN_SHARE * Math.max(right - left, bottom - top));
  let width = Math.max(right - left + 2 * margin, MAP_WIDTH * FRAME_MIN_WIDTH_SHARE);
  let height = Math.max(bottom - top + 2 * margin, width / FRAME_ASPECT);
  width = Math.min(MAP_WIDTH, Math.max(width, height * FRAME_ASPECT));
  height = Math.min(mapHeight, height);
  const clamp = (start: number, size: number, limit: number) => Math.min(Math.max(start, 0), limit - size);
  const x = clamp((left + right) / 2 - width / 2, width, MAP_WIDTH);
  const y = clamp((top + bottom) / 2 - height / 2, height, mapHeight);
  return { x, y, width, height };
}
