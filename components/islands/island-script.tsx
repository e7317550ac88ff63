import { islandUrl, type IslandName } from "./islands.mjs";

type Props = {
  name: IslandName;
};

/**
 * Loads one of the site's islands (components/islands/) on the page that renders it. React
 * hoists an async script to <head> and writes it once however many components ask for it:
 * a page with three players loads /islands/player.js once. Async, so it may run before the
 * body is parsed: islands listen on `document` or wait for DOMContentLoaded.
 *
 * Never render it inside <noscript>: React would write it in place there, not in <head>.
 */
export function IslandScript({ name }: Props) {
  return <script type="module" async src={islandUrl(name)} />;
}
