import type { Metadata } from "next";

import { TalksIndex } from "@/components/talks/talks-index";
import { firstDecks } from "@/lib/content/decks";
import { getTalks } from "@/lib/content/talks";
import { pageMetadata } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";

export const metadata: Metadata = pageMetadata({
  title: "Talks",
  description: `Every talk ${site.name} has given, newest first, with slides, recordings and the events where each was given.`,
  path: routes.talks,
  type: "website",
});

export default async function TalksPage() {
  const talks = getTalks();
  return <TalksIndex talks={talks} decks={await firstDecks(talks)} />;
}
