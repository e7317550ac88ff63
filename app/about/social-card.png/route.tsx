import { getProfile } from "@/lib/content/profile";
import { getTalks } from "@/lib/content/talks";
import { aboutCard } from "@/lib/outputs/social-cards";
import { renderSocialImage } from "@/lib/render/social-card";
import { speakerRecord } from "@/lib/site/speaker-record";
import { buildDay } from "@/lib/site/talks";

// As the site's card, a route with a file name: the export then writes /about/social-card.png.
export const dynamic = "force-static";

export function GET(): Response {
  return renderSocialImage(aboutCard(getProfile(), speakerRecord(getTalks(), buildDay)));
}
