import { getTalks } from "@/lib/content/talks";
import { buildAtomFeed } from "@/lib/outputs/feeds";
import { site } from "@/lib/site/site";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildAtomFeed(getTalks(), site), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
