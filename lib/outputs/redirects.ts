import type { Talk } from "../content/load-talks";
import { routes } from "../site/routes";

/**
 * The site's redirects: each talk's short link to its page. Temporary (307/302), not permanent:
 * the code is the talk's for good, but the page it leads to moves if the file is renamed, and a
 * browser keeps a permanent redirect for ever. Vercel gets them through next.config.ts
 * (`redirects()`, which its build turns into routes even for a static export); Cloudflare
 * Pages and `npm start` through out/_redirects; any other host (Netlify too, which serves an
 * existing file before an unforced redirect) serves the short link's own page
 * (app/t/[code]/page.tsx), which sends the browser on.
 */

export type Redirect = { source: string; destination: string };

export function shortLinkRedirects(talks: readonly Pick<Talk, "shortCode" | "slug">[]): Redirect[] {
  return talks.map((talk) => ({ source: routes.shortLink(talk.shortCode), destination: routes.talk(talk.slug) }));
}

/** The status the redirect file gives: 302, "Found", the temporary redirect every host knows. */
export const REDIRECT_FILE_STATUS = 302;

/** The redirects as a `_redirects` file: "from to status", a line each. */
export function redirectsFileText(redirects: readonly Redirect[]): string {
  return redirects.map(({ source, destination }) => `${source} ${destination} ${REDIRECT_FILE_STATUS}\n`).join("");
}
