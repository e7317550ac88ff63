import { builtFileRoutes, builtPageRoutes } from "../../scripts/built-output.mjs";

/**
 * Every page `next build` prerendered, read from its output: talks added later, and
 * pages added by later features, are covered without touching the tests.
 */
export const builtPages: string[] = builtPageRoutes();

/** Every other prerendered response: feeds, calendar, sitemap, robots.txt, icons. */
export const builtFiles: string[] = builtFileRoutes();

/** A path that exists nowhere, for the 404 page. */
export const MISSING_PAGE = "/talks/this-talk-does-not-exist";
