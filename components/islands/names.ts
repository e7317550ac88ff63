/**
 * The site's islands: the only JavaScript its pages run. Each is a plain browser module,
 * `components/islands/<name>.ts`, bundled by app/islands/[island]/route.ts and served at
 * `/islands/<name>.js`; a page loads one with <IslandScript name="…" />.
 *
 * Imported by the route and the server components, never by the islands themselves.
 */
export const ISLAND_NAMES = ["player", "talk-search", "copy-text"] as const;

export type IslandName = (typeof ISLAND_NAMES)[number];

/** The file name the route serves an island under: `player.js`. */
export function islandFileName(name: IslandName): `${IslandName}.js` {
  return `${name}.js`;
}

/** Where a page loads an island from: `/islands/player.js`. */
export function islandUrl(name: IslandName): `/islands/${IslandName}.js` {
  return `/islands/${islandFileName(name)}`;
}
