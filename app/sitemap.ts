import type { MetadataRoute } from "next";

export const dynamic = "force-static";

import { sitemapEntries } from "@/lib/sitemap";
import { site } from "@/lib/site";
import { buildDay, getTalks } from "@/lib/talks";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getTalks(), site, buildDay);
}
