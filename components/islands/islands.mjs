/**
 * The site's islands: the only JavaScript its pages run. Each is a plain browser module,
 * `components/islands/<name>.ts`, bundled by app/islands/[island]/route.ts and served at
 * `/islands/<name>.js`; a page loads one with <IslandScript name="…" />, and the build's
 * last step (scripts/build/remove-client-runtime.mjs) keeps exactly these scripts.
 *
 * Plain JavaScript, so that the build step Node runs reads the same list as the route and
 * the components. Imported by them, never by the islands themselves.
 */
export const ISLAND_NAMES = /** @type {const} */ (["player", "talk-search", "copy-text", "site-search"]);

/** @typedef {(typeof ISLAND_NAMES)[number]} IslandName */

/**
 * The file name the route serves an island under: `player.js`.
 * @param {IslandName} name
 * @returns {`${IslandName}.js`}
 */
export function islandFileName(name) {
  return `${name}.js`;
}

/**
 * Where a page loads an island from: `/islands/player.js`.
 * @param {IslandName} name
 * @returns {`/islands/${IslandName}.js`}
 */
export function islandUrl(name) {
  return `/islands/${islandFileName(name)}`;
}
