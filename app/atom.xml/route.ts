import { buildAtomFeed } from "@/lib/feeds";
import { site } from "@/lib/site";
import { getTalks } from "@/lib/talks";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildAtomFeed(getTalks(), site), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
