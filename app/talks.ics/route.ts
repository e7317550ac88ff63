import { buildCalendar, CALENDAR_CONTENT_TYPE } from "@/lib/calendar";
import { site } from "@/lib/site";
import { getTalks } from "@/lib/talks";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildCalendar(getTalks(), site), { headers: { "Content-Type": CALENDAR_CONTENT_TYPE } });
}
