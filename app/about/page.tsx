import type { Metadata } from "next";

import { AboutPage } from "@/components/about-page";
import { JsonLd } from "@/components/json-ld";
import { aboutImage, pageMetadata } from "@/lib/metadata";
import { getProfile } from "@/lib/profile";
import { speakerRecord } from "@/lib/speaker-record";
import { aboutStructuredData } from "@/lib/structured-data";
import { buildDay, getTalks, getTopics } from "@/lib/talks";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata({
    title: `About ${profile.name}`,
    description: profile.shortBio,
    path: "/about",
    type: "profile",
    image: aboutImage(),
  });
}

export default function About() {
  const talks = getTalks();
  return (
    <>
      <JsonLd data={aboutStructuredData()} />
      <AboutPage profile={getProfile()} record={speakerRecord(talks, buildDay)} topics={getTopics(talks)} />
    </>
  );
}
