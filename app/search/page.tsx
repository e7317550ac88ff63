import type { Metadata } from "next";

import { SiteSearch } from "@/components/search/site-search";
import { getProfile } from "@/lib/content/profile";
import { getTalks } from "@/lib/content/talks";
import { pageMetadata } from "@/lib/outputs/metadata";
import { searchFiltersOf, siteSearchDocuments } from "@/lib/outputs/search-records";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";

export const metadata: Metadata = pageMetadata({
  title: "Search",
  description: `Search ${site.name}'s talks: their pages, every slide and every transcript.`,
  path: routes.search,
  type: "website",
});

export default async function SearchPage() {
  const talks = getTalks();
  // The filters the index holds: the page offers those, and no other.
  const filters = searchFiltersOf(await siteSearchDocuments(talks, getProfile()));
  return <SiteSearch talkCount={talks.length} filters={filters} />;
}
