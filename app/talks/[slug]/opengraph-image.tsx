import { notFound } from "next/navigation";

import { SOCIAL_IMAGE_SIZE } from "@/lib/metadata";
import { renderSocialImage, talkCard } from "@/lib/social-image";
import { getTalk, getTalks } from "@/lib/talks";

type Props = {
  params: Promise<{ slug: string }>;
};

export const size = SOCIAL_IMAGE_SIZE;
export const contentType = "image/png";

// One image per talk, drawn at build like the talk pages; no other slug has one.
export const dynamicParams = false;

export function generateStaticParams() {
  return getTalks().map((talk) => ({ slug: talk.slug }));
}

export default async function Image({ params }: Props) {
  const { slug } = await params;
  const talk = getTalk(slug);
  if (!talk) notFound();
  return renderSocialImage(talkCard(talk));
}
