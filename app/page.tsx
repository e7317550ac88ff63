import type { Metadata } from "next";

import { HomePage } from "@/components/home/home-page";
import { JsonLd } from "@/components/layout/json-ld";
import { firstDecks } from "@/lib/content/decks";
import { getTalks } from "@/lib/content/talks";
import { pageMetadata } from "@/lib/outputs/metadata";
import { homeStructuredData } from "@/lib/outputs/structured-data";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";

export const metadata: Metadata = pageMetadata({
  title: { absolute: `${site.name} · Talks` },
  description: site.description,
  path: routes.home,
  type: "website",
});

export default async function Home() {
  const talks = getTalks();
  return (
    <>
      <JsonLd data={homeStructuredData()} />
      <HomePage talks={talks} decks={await firstDecks(talks)} />
    </>
  );
}
