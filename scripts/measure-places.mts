// npm run measure:places: what resolving places costs a build, in a fresh process as the
// build has: loading the gazetteer once, then every location of content/talks/*.mdx in
// one pass, as the loader does; then each further lookup.
import fs from "node:fs";
import path from "node:path";

import { prepareLocations, resolveLocation } from "../lib/places";

const directory = path.join("content", "talks");
const files = fs.readdirSync(directory).filter((name) => name.endsWith(".mdx"));
const locations = files.flatMap((name) =>
  [...fs.readFileSync(path.join(directory, name), "utf8").matchAll(/^\s*location:\s*(.+)$/gm)].map((match) => match[1]!.trim()),
);
const started = performance.now();
prepareLocations(locations);
const cold = performance.now() - started;
const again = performance.now();
for (const location of locations) resolveLocation(location);
const warm = performance.now() - again;
const distinct = new Set(locations).size;
console.log(
  `${files.length} talks, ${locations.length} locations (${distinct} distinct): ${cold.toFixed(1)} ms in a fresh process ` +
    `(${(cold / files.length).toFixed(1)} ms a talk), then ${((warm / locations.length) * 1000).toFixed(1)} µs a lookup`,
);
