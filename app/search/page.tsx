import type { Metadata } from "next";

import { SiteSearch } from "@/components/search/site-search";
import { getTalks } from "@/lib/content/talks";
import { pageMetadata } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";

export const metadata: Metadata = pageMetadata({
  title: "Search",
  description: `Search ${site.name}'s talks: their pages, every slide and every transcript.`,
  path: routes.search,
  type: "website",
});

export default function SearchPage() {
  return <SiteSearch talkCount={getTalks().length} />;
}
