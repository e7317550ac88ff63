import { talkDecks } from "@/lib/content/decks";
import { getProfile } from "@/lib/content/profile";
import { getTalks } from "@/lib/content/talks";
import { aboutSearchRecord, talkSearchRecords } from "@/lib/outputs/search-records";

export const dynamic = "force-static";

/**
 * Every search record (lib/outputs/search-records.ts), for the build step that indexes them
 * (scripts/build/index-search.mjs), which removes this file from out/ once Pagefind has read it.
 */
export async function GET(): Promise<Response> {
  const talks = getTalks();
  const records = (await Promise.all(talks.map(async (talk) => talkSearchRecords(talk, await talkDecks(talk))))).flat();
  const profile = getProfile();
  return Response.json({ language: profile.language, records: [...records, aboutSearchRecord(profile)] });
}
