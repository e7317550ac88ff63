import type { MetadataRoute } from "next";

export const dynamic = "force-static";

import { sitemapEntries } from "@/lib/outputs/sitemap";
import { site } from "@/lib/site/site";
import { buildDay } from "@/lib/site/talks";
import { getTalks } from "@/lib/content/talks";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getTalks(), site, buildDay);
}
