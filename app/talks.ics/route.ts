import { getTalks } from "@/lib/content/talks";
import { buildCalendar, CALENDAR_CONTENT_TYPE } from "@/lib/outputs/calendar";
import { site } from "@/lib/site/site";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildCalendar(getTalks(), site), { headers: { "Content-Type": CALENDAR_CONTENT_TYPE } });
}
