import { buildJsonFeed } from "@/lib/feeds";
import { site } from "@/lib/site";
import { getTalks } from "@/lib/talks";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(JSON.stringify(buildJsonFeed(getTalks(), site), null, 2), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
