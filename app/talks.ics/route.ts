import { buildCalendar } from "@/lib/calendar";
import { site } from "@/lib/site";
import { getTalks } from "@/lib/talks";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildCalendar(getTalks(), site), { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
}
