import { getTalks } from "@/lib/content/talks";
import { buildEventCalendar, CALENDAR_CONTENT_TYPE, eventCalendarFiles } from "@/lib/outputs/calendar";
import { site } from "@/lib/site/site";
import { buildDay } from "@/lib/site/talks";

type Context = {
  params: Promise<{ slug: string; eventFile: string }>;
};

// "Add to calendar": one file per upcoming event dated to the day, at
// /talks/<slug>/<event slug>.ics (the segment holds the extension, which a static host
// reads the type from). No other name has one.
export const dynamic = "force-static";
export const dynamicParams = false;

// With output: "export", Next refuses a dynamic route whose generateStaticParams is empty,
// and it is whenever no event is upcoming (the seed's case). Then the route names this
// placeholder alone and answers it 410 Gone, for which the export writes no file (it
// writes only statuses below 400 and 404: next/dist/export/routes/app-route.js), so out/
// has no calendar file but the real ones. e2e/feeds.spec.ts checks that.
const NO_UPCOMING_EVENT = { slug: "no-upcoming-event", eventFile: "no-upcoming-event.ics" };

export function generateStaticParams() {
  const files = eventCalendarFiles(getTalks(), buildDay).map(({ talk, fileName }) => ({
    slug: talk.slug,
    eventFile: fileName,
  }));
  return files.length > 0 ? files : [NO_UPCOMING_EVENT];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, eventFile } = await params;
  const file = eventCalendarFiles(getTalks(), buildDay).find(
    ({ talk, fileName }) => talk.slug === slug && fileName === eventFile,
  );
  if (!file) return new Response("No upcoming event here", { status: 410 });
  return new Response(buildEventCalendar(file.talk, file.event, site), {
    headers: { "Content-Type": CALENDAR_CONTENT_TYPE },
  });
}
