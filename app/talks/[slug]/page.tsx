import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TalkArticle } from "@/components/talk-article";
import { getAdjacentTalks, getTalk, getTalks } from "@/lib/talks";

type Props = {
  params: Promise<{ slug: string }>;
};

// Every talk is generated at build; any other slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return getTalks().map((talk) => ({ slug: talk.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const talk = getTalk(slug);
  if (!talk) return {};
  return {
    title: talk.title,
    description: talk.summary,
    alternates: { canonical: `/talks/${talk.slug}` },
  };
}

export default async function TalkPage({ params }: Props) {
  const { slug } = await params;
  const talk = getTalk(slug);
  if (!talk) notFound();
  return <TalkArticle talk={talk} {...getAdjacentTalks(slug)} />;
}
