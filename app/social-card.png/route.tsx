import { getTalks } from "@/lib/content/talks";
import { siteCard } from "@/lib/outputs/social-cards";
import { renderSocialImage } from "@/lib/render/social-card";

// A route of its own with a file name, not Next's opengraph-image convention: the export
// writes that one without an extension, and a static host then sends it with no type.
export const dynamic = "force-static";

export function GET(): Response {
  return renderSocialImage(siteCard(getTalks()));
}
