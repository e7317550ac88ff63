import type { Talk } from "./load-talks";
import type { ContentProblem } from "./problems";

/**
 * What is allowed but worth the owner's attention: the build goes on, `npm run check:content`
 * says it. A gap in the data is told to the owner, not to visitors.
 */
export function contentWarnings(talks: readonly Talk[]): ContentProblem[] {
  return talks.flatMap((talk) =>
    talk.events
      .filter((event) => event.place === undefined)
      .map((event) => ({
        file: talk.sourcePath,
        field: `events[${event.fileIndex}]`,
        message: `"${event.name}" has no location, so the about page's map and list of places leave it out; add location: "City, Country", or "Online"`,
      })),
  );
}
