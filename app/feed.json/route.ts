import { getTalks } from "@/lib/content/talks";
import { buildJsonFeed } from "@/lib/outputs/feeds";
import { site } from "@/lib/site/site";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(JSON.stringify(buildJsonFeed(getTalks(), site), null, 2), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
