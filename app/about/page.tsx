import type { Metadata } from "next";

import { AboutPage } from "@/components/about/about-page";
import { JsonLd } from "@/components/layout/json-ld";
import { getProfile } from "@/lib/content/profile";
import { getTalks } from "@/lib/content/talks";
import { aboutImage, pageMetadata } from "@/lib/outputs/metadata";
import { aboutStructuredData } from "@/lib/outputs/structured-data";
import { routes } from "@/lib/site/routes";
import { speakerRecord } from "@/lib/site/speaker-record";
import { buildDay } from "@/lib/site/talks";
import { getTopics } from "@/lib/site/topics";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata({
    // The title template adds his name: "About · Kemal Akkoyun".
    title: "About",
    description: profile.shortBio,
    path: routes.about,
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
