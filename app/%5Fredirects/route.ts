import { getTalks } from "@/lib/content/talks";
import { redirectsFileText, shortLinkRedirects } from "@/lib/outputs/redirects";

export const dynamic = "force-static";

/**
 * out/_redirects (the folder is named %5Fredirects because Next keeps folders starting with "_"
 * private): the short links, for the hosts that read such a file and for `npm start`.
 */
export function GET(): Response {
  return new Response(redirectsFileText(shortLinkRedirects(getTalks())), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
