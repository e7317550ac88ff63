import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";


import { currentCacheKey, isOnlineLocation, normalize, placeOf, prepareLocations, resolveLocation, type Place } from "./places";

/** The place a location resolves to; fails the test with the gazetteer's message otherwise. */
function placeAt(location: string): Place {
  const result = resolveLocation(location);
  if (!result.ok) throw new Error(result.message);
  return result.place;
}

const cityOf = (location: string) => {
  const place = placeAt(location);
  return place.kind === "located" ? { city: place.city, countryCode: place.countryCode } : place;
};

describe("the gazetteer", () => {
  it("finds the big city, not the town of the same name elsewhere", () => {
    expect(placeAt("Berlin, Germany")).toEqual({ kind: "located", latitude: 52.52437, longitude: 13.41053, city: "Berlin", country: "Germany", countryCode: "DE" });
    expect(placeAt("Valencia, Spain")).toMatchObject({ city: "Valencia", countryCode: "ES", latitude: 39.46975, longitude: -0.37739 });
    expect(placeAt("Valencia, Venezuela")).toMatchObject({ city: "Valencia", countryCode: "VE" });
    expect(placeAt("Los Angeles, USA")).toMatchObject({ city: "Los Angeles", country: "United States of America", countryCode: "US", latitude: 34.05223 });
    expect(cityOf("Brussels, Belgium")).toEqual({ city: "Brussels", countryCode: "BE" });
  });

  it("ignores case and accents, and reads names in their own language", () => {
    expect(cityOf("berlin, GERMANY")).toEqual({ city: "Berlin", countryCode: "DE" });
    expect(cityOf("Zürich, Switzerland")).toEqual({ city: "Zürich", countryCode: "CH" });
    expect(cityOf("Zurich, Schweiz")).toEqual({ city: "Zürich", countryCode: "CH" });
    expect(cityOf("İstanbul, Türkiye")).toEqual({ city: "Istanbul", countryCode: "TR" });
    expect(cityOf("Istanbul, Turkey")).toEqual({ city: "Istanbul", countryCode: "TR" });
    expect(cityOf("München, Deutschland")).toEqual({ city: "Munich", countryCode: "DE" });
    expect(cityOf("Munich, Germany")).toEqual({ city: "Munich", countryCode: "DE" });
    expect(cityOf("Köln, Germany")).toEqual({ city: "Köln", countryCode: "DE" });
    expect(cityOf("Seville, España")).toEqual({ city: "Sevilla", countryCode: "ES" });
    expect(cityOf("Wien, Österreich")).toEqual({ city: "Vienna", countryCode: "AT" });
    expect(cityOf("Krakow, Polska")).toEqual({ city: "Kraków", countryCode: "PL" });
  });

  it("knows the short forms of country names", () => {
    expect(cityOf("London, UK")).toEqual({ city: "London", countryCode: "GB" });
    expect(cityOf("London, England")).toEqual({ city: "London", countryCode: "GB" });
    expect(cityOf("Austin, U.S.A.")).toEqual({ city: "Austin", countryCode: "US" });
    expect(cityOf("Amsterdam, The Netherlands")).toEqual({ city: "Amsterdam", countryCode: "NL" });
    expect(cityOf("Prague, Czechia")).toEqual({ city: "Prague", countryCode: "CZ" });
  });

  it("takes the largest of same-named places in a country when it dominates", () => {
    expect(cityOf("Frankfurt, Germany")).toEqual({ city: "Frankfurt am Main", countryCode: "DE" });
  });

  it("says Online is no place", () => {
    expect(placeAt("Online")).toEqual({ kind: "online" });
    expect(placeAt("online")).toEqual({ kind: "online" });
    expect(isOnlineLocation(" ONLINE ")).toBe(true);
    expect(isOnlineLocation("Online, Germany")).toBe(false);
  });

  it("refuses unknown and ambiguous places with the fix", () => {
    expect(resolveLocation("Nowhereville, Germany")).toMatchObject({ ok: false, reason: "unknown" });
    expect(resolveLocation("Berlin, Germani")).toMatchObject({ ok: false, reason: "unknown" });
    expect(resolveLocation("Berlin")).toMatchObject({ ok: false, reason: "no-country", message: expect.stringContaining('add the country, e.g. "Berlin, Germany"') });
    expect(resolveLocation("Springfield, USA")).toMatchObject({ ok: false, reason: "ambiguous", message: expect.stringContaining("give the one you mean as coordinates: [37.22, -93.30]") });
    expect(resolveLocation("Portland, USA")).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it("lets coordinates override the gazetteer", () => {
    expect(placeOf("Berlin, Germany", [52.5, 13.4])).toEqual({
      ok: true,
      place: { kind: "located", latitude: 52.5, longitude: 13.4, city: "Berlin", country: "Germany", countryCode: "DE" },
    });
    expect(placeOf("A boat, somewhere", [10, 20])).toEqual({ ok: true, place: { kind: "located", latitude: 10, longitude: 20 } });
    expect(placeOf(undefined, undefined)).toBeUndefined();
  });

  it("normalises names for comparison", () => {
    expect(normalize("  Saint-Étienne ")).toBe("saint etienne");
    expect(normalize("İSTANBUL")).toBe("istanbul");
    expect(normalize("Gießen")).toBe("giessen");
  });
});

describe("the seed talks", () => {
  it("every location in content/talks resolves, at a cost reported per talk", () => {
    const directory = path.join(process.cwd(), "content", "talks");
    const locations = fs
      .readdirSync(directory)
      .filter((name) => name.endsWith(".mdx"))
      .flatMap((name) => [...fs.readFileSync(path.join(directory, name), "utf8").matchAll(/^\s*location:\s*(.+)$/gm)].map((match) => match[1]!.trim()));
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(resolveLocation(location), location).toMatchObject({ ok: true });

    // Wall time is reported, not asserted: this machine's CPU is shared. The gazetteer is
    // already loaded here (the tests above), so this is what each further talk costs.
    const rounds = 1000;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const location of locations) resolveLocation(location);
    const perLocation = (performance.now() - started) / (rounds * locations.length);
    console.log(`places: ${locations.length} seed locations; ${(perLocation * 1000).toFixed(2)} µs a location once loaded`);
  });
});

describe("the answers kept between builds", () => {
  let folder = "";
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "places-cache-"));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("are written for what was searched, under a key of the gazetteer's code and data", () => {
    const cacheFile = path.join(folder, "written", "places.json");
    prepareLocations(["Lyon, France", "Nowhere Town, France"], { cacheFile });
    const kept = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
    expect(kept.key).toBe(currentCacheKey());
    expect(kept.key).toMatch(/^[0-9a-f]{64}$/);
    expect(kept.results["Lyon, France"]).toMatchObject({ ok: true, place: { city: "Lyon", countryCode: "FR" } });
    expect(kept.results["Nowhere Town, France"]).toMatchObject({ ok: false, reason: "unknown" });
  });

  it("are taken from the file instead of searched for, when the key matches", () => {
    const cacheFile = path.join(folder, "taken.json");
    const kept = { ok: true, place: { kind: "located", latitude: 1.5, longitude: 2.5, city: "Kept", country: "Spain", countryCode: "ES" } };
    fs.writeFileSync(cacheFile, JSON.stringify({ key: currentCacheKey(), results: { "Kept City, Spain": kept } }));
    prepareLocations(["Kept City, Spain"], { cacheFile });
    expect(resolveLocation("Kept City, Spain")).toEqual(kept);
  });

  it("are ignored when made by other code or data, or when the file is not what was written", () => {
    const staleFile = path.join(folder, "stale.json");
    const wrong = { ok: true, place: { kind: "online" } };
    fs.writeFileSync(staleFile, JSON.stringify({ key: "0".repeat(64), results: { "Porto, Portugal": wrong } }));
    prepareLocations(["Porto, Portugal"], { cacheFile: staleFile });
    expect(resolveLocation("Porto, Portugal")).toMatchObject({ ok: true, place: { city: "Porto", countryCode: "PT" } });

    const corruptFile = path.join(folder, "corrupt.json");
    fs.writeFileSync(corruptFile, JSON.stringify({ key: currentCacheKey(), results: { "Graz, Austria": { ok: "yes" } } }));
    prepareLocations(["Graz, Austria"], { cacheFile: corruptFile });
    expect(resolveLocation("Graz, Austria")).toMatchObject({ ok: true, place: { city: "Graz", countryCode: "AT" } });
    // Rewritten whole, with the real answer.
    expect(JSON.parse(fs.readFileSync(corruptFile, "utf8")).results["Graz, Austria"]).toMatchObject({ ok: true });
  });
});
