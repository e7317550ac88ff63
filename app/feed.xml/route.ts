import { buildRssFeed } from "@/lib/outputs/feeds";
import { site } from "@/lib/site/site";
import { getTalks } from "@/lib/content/talks";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildRssFeed(getTalks(), site), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
