import type { MetadataRoute } from "next";

export const dynamic = "force-static";

import { getTalks } from "@/lib/content/talks";
import { sitemapEntries } from "@/lib/outputs/sitemap";
import { site } from "@/lib/site/site";
import { buildDay } from "@/lib/site/talks";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getTalks(), site, buildDay);
}
