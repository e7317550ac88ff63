import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OrganiserKit } from "@/components/talk/organiser-kit";
import { talkDecks } from "@/lib/content/decks";
import { getProfile } from "@/lib/content/profile";
import { getTalk, talkSlugParams } from "@/lib/content/talks";
import { pageMetadata, talkImage } from "@/lib/outputs/metadata";
import { talkKitMarkdown } from "@/lib/outputs/organiser-kit";
import { routes } from "@/lib/site/routes";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = talkSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const talk = getTalk((await params).slug);
  if (!talk) return {};
  return pageMetadata({
    title: `${talk.title}: for organisers`,
    description: `${talk.title}: the abstract in its lengths, as Markdown for a CFP form, and the speaker's bios.`,
    path: routes.talkKit(talk.slug),
    type: "article",
    image: talkImage(talk),
  });
}

export default async function OrganiserKitPage({ params }: Props) {
  const talk = getTalk((await params).slug);
  if (!talk) notFound();
  const profile = getProfile();
  return (
    <OrganiserKit
      talk={talk}
      profile={profile}
      markdown={talkKitMarkdown(talk, profile)}
      decks={await talkDecks(talk)}
    />
  );
}
