import { buildRssFeed } from "@/lib/feeds";
import { site } from "@/lib/site";
import { getTalks } from "@/lib/talks";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildRssFeed(getTalks(), site), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
