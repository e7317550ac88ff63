// npm run measure:places: what resolving places costs a build, in fresh processes as the
// build has: once with no kept answers (a first build, or a CI machine without a cache),
// then again with the answers the first run kept (.next/cache/places.json on later builds
// and on Vercel); then what each further lookup costs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { prepareLocations, resolveLocation } from "../lib/content/places";

const directory = path.join("content", "talks");
const files = fs.readdirSync(directory).filter((name) => name.endsWith(".mdx"));
const locations = files.flatMap((name) =>
  [...fs.readFileSync(path.join(directory, name), "utf8").matchAll(/^\s*location:\s*(.+)$/gm)].map((match) =>
    match[1]!.trim(),
  ),
);

const [phase, cacheFile] = process.argv.slice(2);
if (phase === "measure" && cacheFile) {
  const started = performance.now();
  prepareLocations(locations, { cacheFile });
  const elapsed = performance.now() - started;
  const again = performance.now();
  for (const location of locations) resolveLocation(location);
  console.log(JSON.stringify({ elapsed, lookup: (performance.now() - again) / Math.max(1, locations.length) }));
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "places-measure-"));
  const file = path.join(folder, "places.json");
  const run = () => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "measure", file], {
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { elapsed: number; lookup: number };
  };
  const cold = run();
  const warm = run();
  fs.rmSync(folder, { recursive: true, force: true });
  const perTalk = (ms: number) => (ms / Math.max(1, files.length)).toFixed(2);
  console.log(
    `${files.length} talks, ${locations.length} locations (${new Set(locations).size} distinct), each in a fresh process:\n` +
      `  no kept answers: ${cold.elapsed.toFixed(1)} ms (${perTalk(cold.elapsed)} ms a talk)\n` +
      `  answers kept by the previous build: ${warm.elapsed.toFixed(1)} ms (${perTalk(warm.elapsed)} ms a talk)\n` +
      `  then ${(cold.lookup * 1000).toFixed(1)} µs a lookup`,
  );
}
