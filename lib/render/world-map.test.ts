import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { describe, expect, it } from "vitest";

import {
  drawWorldMap,
  landFromTopology,
  MAP_WIDTH,
  markRadius,
  SOUTHERN_EDGE_LATITUDE,
  type MapMark,
  type MapPlace,
  type WorldMap,
} from "./world-map";

const place = (key: string, latitude: number, longitude: number, given = 1, upcoming = 0): MapPlace => ({
  key,
  latitude,
  longitude,
  given,
  upcoming,
});

const BERLIN = place("berlin", 52.52, 13.4);
const BRUSSELS = place("brussels", 50.85, 4.35);
const LOS_ANGELES = place("los-angeles", 34.05, -118.24);

/** A speaker's few years of conferences: mostly Europe and North America, some elsewhere. */
const TYPICAL_PLACES: MapPlace[] = [
  place("berlin", 52.52, 13.4, 6, 1),
  place("amsterdam", 52.37, 4.89, 3),
  place("brussels", 50.85, 4.35, 4),
  place("london", 51.51, -0.13, 2, 1),
  place("paris", 48.86, 2.35, 2),
  place("munich", 48.14, 11.58, 2),
  place("barcelona", 41.39, 2.17, 1),
  place("istanbul", 41.01, 28.98, 3),
  place("copenhagen", 55.68, 12.57, 1),
  place("san-francisco", 37.77, -122.42, 2),
  place("los-angeles", 34.05, -118.24, 1),
  place("chicago", 41.88, -87.63, 1, 1),
  place("new-york", 40.71, -74.01, 1),
  place("salt-lake-city", 40.76, -111.89, 0, 1),
  place("tokyo", 35.69, 139.69, 1),
  place("singapore", 1.29, 103.85, 1),
  place("sydney", -33.87, 151.21, 0, 1),
  place("sao-paulo", -23.55, -46.63, 1),
];

function markOf(map: WorldMap, key: string): MapMark {
  const mark = map.marks.find((m) => m.key === key);
  if (!mark) throw new Error(`no mark for ${key}`);
  return mark;
}

/** Subpaths of path data as absolute points in tenths of a unit, for both the module's compact form and d3's own (M, L, l, Z). */
function decode(data: string): Array<{ points: Array<[number, number]>; closed: boolean }> {
  const tokens = data.match(/[MLlZz]|-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? [];
  const subpaths: Array<{ points: Array<[number, number]>; closed: boolean }> = [];
  let command = "";
  let numbers: number[] = [];
  let current: [number, number] = [0, 0];
  const flush = () => {
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [a = NaN, b = NaN] = [numbers[i], numbers[i + 1]];
      current = command === "l" ? [current[0] + a, current[1] + b] : [a, b];
      if (command === "M" && i === 0) subpaths.push({ points: [], closed: false });
      subpaths.at(-1)?.points.push(current);
    }
    if (numbers.length % 2 !== 0) throw new Error(`odd number of coordinates after ${command}`);
    numbers = [];
  };
  for (const token of tokens) {
    if (/^[MLlZz]$/.test(token)) {
      flush();
      command = token;
      if (token === "Z" || token === "z") {
        const subpath = subpaths.at(-1);
        if (subpath) {
          subpath.closed = true;
          current = subpath.points[0] ?? current;
        }
      }
    } else numbers.push(Math.round(Number(token) * 10));
  }
  flush();
  return subpaths;
}

/** d3's rings as the module is meant to keep them: repeated points and arealess rings left out. */
function normalized(subpaths: ReturnType<typeof decode>) {
  return subpaths
    .map(({ points, closed }) => ({
      closed,
      points: points.filter((p, i) => i === 0 || p[0] !== points[i - 1]?.[0] || p[1] !== points[i - 1]?.[1]),
    }))
    .filter(({ points, closed }) => {
      if (!closed) return points.length >= 2;
      let area = 0;
      points.forEach(([x0, y0], i) => {
        const [x1, y1] = points[(i + 1) % points.length] ?? [x0, y0];
        area += x0 * y1 - x1 * y0;
      });
      return points.length >= 3 && area !== 0;
    });
}

/** Even-odd point in path (the land has no overlapping rings, so this is the same as nonzero). */
function inside(data: string, x: number, y: number): boolean {
  const [px, py] = [x * 10, y * 10];
  let crossings = 0;
  for (const { points } of decode(data)) {
    points.forEach(([x0, y0], i) => {
      const [x1, y1] = points[(i + 1) % points.length] ?? [x0, y0];
      if (y0 > py !== y1 > py && px < x0 + ((py - y0) * (x1 - x0)) / (y1 - y0)) crossings++;
    });
  }
  return crossings % 2 === 1;
}

function svgOf(map: WorldMap): string {
  const circles = map.marks
    .map(
      (m) =>
        `<circle cx="${m.x}" cy="${m.y}" r="${m.radius}"${m.upcoming > 0 && m.given === 0 ? ' class="upcoming"' : ""}><title>${m.key}</title></circle>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" role="img" aria-label="Places where Kemal has spoken">` +
    `<path class="sea" d="${map.spherePath}"/><path class="land" d="${map.landPath}"/><g class="marks">${circles}</g></svg>`
  );
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe("the world map", () => {
  it("puts places where they are relative to each other", () => {
    const map = drawWorldMap([BERLIN, BRUSSELS, LOS_ANGELES]);
    const [berlin, brussels, losAngeles] = [markOf(map, "berlin"), markOf(map, "brussels"), markOf(map, "los-angeles")];
    expect(berlin.x).toBeGreaterThan(brussels.x);
    expect(berlin.y).toBeLessThan(brussels.y); // north is up
    expect(losAngeles.x).toBeLessThan(brussels.x);
    expect(losAngeles.x).toBeLessThan(berlin.x);
    expect(losAngeles.y).toBeGreaterThan(brussels.y);
    expect(losAngeles.y).toBeGreaterThan(berlin.y);
  });

  it("puts the prime meridian in the middle of the width, and the poles' line at the top", () => {
    const map = drawWorldMap([place("null-island", 0, 0), place("north-pole", 90, 0)]);
    expect(Math.abs(markOf(map, "null-island").x - map.width / 2)).toBeLessThan(1);
    expect(markOf(map, "north-pole").y).toBeGreaterThan(0);
    expect(markOf(map, "north-pole").y).toBeLessThan(5);
  });

  it("keeps every mark inside the viewBox, out to the map's edges", () => {
    const edges = [
      place("ne", 90, 180),
      place("nw", 90, -180),
      place("se", SOUTHERN_EDGE_LATITUDE, 180),
      place("sw", SOUTHERN_EDGE_LATITUDE, -180),
      place("s", SOUTHERN_EDGE_LATITUDE, 0),
    ];
    const map = drawWorldMap([...TYPICAL_PLACES, ...edges]);
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
    expect(map.width).toBe(MAP_WIDTH);
    // Equal Earth is about twice as wide as high; the crop takes a tenth off the bottom.
    expect(map.height / map.width).toBeGreaterThan(0.4);
    expect(map.height / map.width).toBeLessThan(0.487);
    for (const mark of map.marks) {
      expect(mark.x, mark.key).toBeGreaterThanOrEqual(0);
      expect(mark.x, mark.key).toBeLessThanOrEqual(map.width);
      expect(mark.y, mark.key).toBeGreaterThanOrEqual(0);
      expect(mark.y, mark.key).toBeLessThanOrEqual(map.height);
    }
    // The southern edge is the bottom of the viewBox, not somewhere above or below it.
    expect(Math.abs(markOf(map, "s").y - map.height)).toBeLessThanOrEqual(0.5);
  });

  it("draws the marks on the land they belong to, with the land's own projection", () => {
    const map = drawWorldMap([...TYPICAL_PLACES, place("mid-atlantic", 30, -40), place("pacific", 0, -140)]);
    for (const key of ["berlin", "munich", "chicago", "salt-lake-city", "sao-paulo", "sydney", "tokyo"]) {
      const mark = markOf(map, key);
      expect(inside(map.landPath, mark.x, mark.y), key).toBe(true);
    }
    for (const key of ["mid-atlantic", "pacific"]) {
      const mark = markOf(map, key);
      expect(inside(map.landPath, mark.x, mark.y), key).toBe(false);
    }
  });

  it("gives a circle an area proportional to its place's events, up to a cap", () => {
    const map = drawWorldMap([
      place("one", 10, 10, 1),
      place("three", 20, 20, 2, 1),
      place("nine", 30, 30, 0, 9),
      place("hundred", 40, 40, 100),
    ]);
    const [one, three, nine, hundred] = ["one", "three", "nine", "hundred"].map((key) => markOf(map, key).radius);
    if (one === undefined || three === undefined || nine === undefined || hundred === undefined)
      throw new Error("missing marks");
    expect(three).toBeGreaterThan(one);
    expect((three / one) ** 2).toBeCloseTo(3, 1);
    expect((nine / one) ** 2).toBeCloseTo(9, 1);
    expect(hundred).toBeGreaterThan(nine);
    expect(hundred).toBe(markRadius(16));
    expect(markRadius(1000)).toBe(markRadius(16));
    for (let events = 1; events < 16; events++) expect(markRadius(events + 1)).toBeGreaterThan(markRadius(events));
  });

  it("orders marks largest first, keeps both counts, and rounds to a tenth", () => {
    const map = drawWorldMap(TYPICAL_PLACES);
    const radii = map.marks.map((m) => m.radius);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    expect(map.marks[0]?.key).toBe("berlin");
    expect(markOf(map, "berlin")).toMatchObject({ given: 6, upcoming: 1 });
    expect(markOf(map, "sydney")).toMatchObject({ given: 0, upcoming: 1 });
    for (const mark of map.marks)
      for (const value of [mark.x, mark.y, mark.radius]) expect(Math.round(value * 10) / 10).toBe(value);
  });

  it("gives the same output for the same places, in any order", () => {
    const first = JSON.stringify(drawWorldMap(TYPICAL_PLACES));
    expect(JSON.stringify(drawWorldMap(TYPICAL_PLACES))).toBe(first);
    expect(JSON.stringify(drawWorldMap([...TYPICAL_PLACES].reverse()))).toBe(first);
  });

  it("rejects a place it cannot draw, naming it", () => {
    const cases: Array<[MapPlace[], RegExp]> = [
      [[place("atlantis", 91, 0)], /"atlantis".*latitude 91/],
      [[place("atlantis", -90.5, 0)], /"atlantis".*latitude -90.5/],
      [[place("atlantis", Number.NaN, 0)], /"atlantis".*latitude NaN/],
      [[place("atlantis", 0, 180.01)], /"atlantis".*longitude 180.01/],
      [[place("atlantis", 0, -181)], /"atlantis".*longitude -181/],
      [[place("mcmurdo", -77.85, 166.67)], /"mcmurdo".*south of the map's edge/],
      [[place("nowhere", 10, 10, 0, 0)], /"nowhere" has no events/],
      [[place("half", 10, 10, 0.5, 0)], /"half".*whole numbers/],
      [[place("negative", 10, 10, 2, -1)], /"negative".*whole numbers/],
      [[BERLIN, { ...BERLIN, given: 2 }], /"berlin" is given twice/],
      [[place("", 10, 10)], /empty key/],
    ];
    for (const [places, message] of cases) expect(() => drawWorldMap(places)).toThrow(message);
  });

  it("draws no mark for no place, and the graticule only when asked", () => {
    const map = drawWorldMap([]);
    expect(map.marks).toEqual([]);
    expect(map.graticulePath).toBeUndefined();
    const withGraticule = drawWorldMap([], { graticule: true });
    expect(withGraticule.graticulePath).toMatch(/^M/);
    expect(withGraticule.landPath).toBe(map.landPath);
  });
});

describe("the map's geometry", () => {
  const map = drawWorldMap(TYPICAL_PLACES);

  it("draws the land within budget", () => {
    const raw = Buffer.byteLength(map.landPath);
    const gzip = gzipSync(map.landPath).length;
    const svg = svgOf(map);
    const svgRaw = Buffer.byteLength(svg);
    const svgGzip = gzipSync(svg).length;
    console.log(
      `world map: land path ${raw} B (${kilobytes(raw)}), ${gzip} B gzip (${kilobytes(gzip)}); ` +
        `sphere path ${Buffer.byteLength(map.spherePath)} B; graticule path ${Buffer.byteLength(drawWorldMap([], { graticule: true }).graticulePath ?? "")} B; ` +
        `whole SVG with ${map.marks.length} marks ${svgRaw} B (${kilobytes(svgRaw)}), ${svgGzip} B gzip (${kilobytes(svgGzip)})`,
    );
    expect(map.landPath).toMatch(/^M/);
    expect(map.spherePath).toMatch(/^M/);
    expect(raw).toBeGreaterThan(10_000); // the whole world, not a fragment of it
    expect(raw).toBeLessThanOrEqual(40 * 1024);
    expect(gzip).toBeLessThanOrEqual(14 * 1024);
  });

  it("writes only valid, compact path data", () => {
    for (const data of [map.landPath, map.spherePath]) {
      expect(data).toMatch(/^(M[-.\d ]+l[-.\d ]*z?)+$/);
      expect(data).not.toMatch(/(^|[^\d])0\.\d/); // leading zeros are dropped
    }
  });

  it("keeps every point that d3 would draw at a tenth of a unit, and nothing outside the viewBox", () => {
    // The same projection, drawn by d3's own serializer: the module's relative, compact form
    // must decode to the very same points (less repeats and rings with no area).
    const land = landFromTopology(
      JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", "world-atlas", "land-110m.json"), "utf8")),
      "land-110m.json",
    );
    const sphere: GeoPermissibleObjects = { type: "Sphere" };
    const projection = geoEqualEarth().fitWidth(MAP_WIDTH - 4, sphere);
    const [tx, ty] = projection.translate();
    projection.translate([tx + 2, ty + 2]).clipExtent([
      [0, 0],
      [map.width, map.height],
    ]);
    const reference = geoPath(projection).digits(1)(land) ?? "";
    const decoded = decode(map.landPath);
    expect(decoded).toEqual(normalized(decode(reference)));
    expect(decoded.length).toBeGreaterThan(100); // continents, islands and lakes
    for (const { points } of decoded)
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width * 10);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height * 10);
      }
  });

  it("names the file when the land data is not what it should be", () => {
    expect(() => landFromTopology({ type: "FeatureCollection", features: [] }, "land-110m.json")).toThrow(
      /land-110m\.json is not a TopoJSON Topology/,
    );
    expect(() =>
      landFromTopology(
        { type: "Topology", arcs: [], objects: { countries: { type: "GeometryCollection", geometries: [] } } },
        "land-110m.json",
      ),
    ).toThrow(/land-110m\.json/);
    expect(() => landFromTopology(null, "land-110m.json")).toThrow(/land-110m\.json/);
  });
});

describe("a map framed to its places", () => {
  const places = [
    { key: "berlin", latitude: 52.52, longitude: 13.4, given: 2, upcoming: 0 },
    { key: "brussels", latitude: 50.85, longitude: 4.35, given: 1, upcoming: 0 },
    { key: "valencia", latitude: 39.47, longitude: -0.38, given: 2, upcoming: 0 },
  ];

  it("shows only the region around them, every mark inside the view", () => {
    const world = drawWorldMap(places);
    const framed = drawWorldMap(places, { frame: "places" });
    const [x, y, width, height] = framed.viewBox.split(" ").map(Number) as [number, number, number, number];
    expect(width).toBeLessThan(world.width / 2);
    for (const mark of framed.marks) {
      expect(mark.x - mark.radius).toBeGreaterThanOrEqual(x);
      expect(mark.x + mark.radius).toBeLessThanOrEqual(x + width);
      expect(mark.y - mark.radius).toBeGreaterThanOrEqual(y);
      expect(mark.y + mark.radius).toBeLessThanOrEqual(y + height);
    }
  });

  it("keeps marks their size on screen, so that places near each other no longer cover each other", () => {
    const world = drawWorldMap(places);
    const framed = drawWorldMap(places, { frame: "places" });
    const onScreen = (map: typeof world, key: string) => {
      const mark = map.marks.find((candidate) => candidate.key === key)!;
      return mark.radius / Number(map.viewBox.split(" ")[2]);
    };
    expect(onScreen(framed, "berlin")).toBeCloseTo(onScreen(world, "berlin"), 2);
    const gap = (map: typeof world) => {
      const [a, b] = ["berlin", "brussels"].map((key) => map.marks.find((mark) => mark.key === key)!);
      return (Math.hypot(a!.x - b!.x, a!.y - b!.y) - a!.radius - b!.radius) / Number(map.viewBox.split(" ")[2]);
    };
    expect(gap(framed)).toBeGreaterThan(gap(world) * 2);
  });
});
