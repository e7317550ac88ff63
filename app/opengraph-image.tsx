import { SITE_IMAGE, SOCIAL_IMAGE_SIZE } from "@/lib/metadata";
import { renderSocialImage, siteCard } from "@/lib/social-image";
import { getTalks } from "@/lib/talks";

export const alt = SITE_IMAGE.alt;
export const size = SOCIAL_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return renderSocialImage(siteCard(getTalks()));
}
