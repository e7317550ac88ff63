import { builtFileRoutes, builtPageRoutes } from "./built-output.mjs";

/**
 * Every page `npm run build` wrote to out/, read from the output itself: talks added
 * later, and pages added by later features, are covered without touching the tests.
 */
export const builtPages: string[] = builtPageRoutes();

/** Every other file out/ serves: feeds, calendar, sitemap, robots.txt, images, islands, the stylesheet. */
export const builtFiles: string[] = builtFileRoutes();

/** A path that exists nowhere, for the 404 page. */
export const MISSING_PAGE = "/talks/this-talk-does-not-exist";
