import { getProfile } from "@/lib/profile";
import { speakerRecord } from "@/lib/speaker-record";
import { aboutCard, renderSocialImage } from "@/lib/social-image";
import { buildDay, getTalks } from "@/lib/talks";

// As the site's card, a route with a file name: the export then writes /about/social-card.png.
export const dynamic = "force-static";

export function GET(): Response {
  return renderSocialImage(aboutCard(getProfile(), speakerRecord(getTalks(), buildDay)));
}
