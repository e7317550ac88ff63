import { getTalks } from "@/lib/content/talks";
import { buildRssFeed } from "@/lib/outputs/feeds";
import { site } from "@/lib/site/site";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildRssFeed(getTalks(), site), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
