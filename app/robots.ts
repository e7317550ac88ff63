import type { MetadataRoute } from "next";

export const dynamic = "force-static";

import { site } from "@/lib/site/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: `${site.url}/sitemap.xml`,
  };
}
