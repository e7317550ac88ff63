import { TopicList } from "@/components/talks/topic-list";
import { buttonStyles } from "@/components/ui/button";
import { GitHubIcon, LinkIcon, PlayIcon } from "@/components/ui/icons";
import { InviteLink } from "@/components/ui/invite-link";
import { Section } from "@/components/ui/section";
import { SmartLink } from "@/components/ui/smart-link";
import type { Profile } from "@/lib/content/profile";
import { recordSentence, type SpeakerRecord } from "@/lib/site/speaker-record";
import type { Topic } from "@/lib/site/topics";

import { PlacesMap } from "./places-map";
import { SpeakerBios } from "./speaker-bios";
import { SpeakerRecordFigures } from "./speaker-record";

type Props = {
  profile: Profile;
  record: SpeakerRecord;
  topics: readonly Topic[];
};

/**
 * /about: who the speaker is, for visitors and for organisers. Every part comes from the
 * profile (content/speaker.mdx) or is computed from the talks; a part whose field is
 * absent (invite, headshot, other links) is left out, not filled in.
 */
export function AboutPage({ profile, record, topics }: Props) {
  return (
    <article className="mx-auto max-w-3xl">
      <header className="pb-8">
        <div className="flex flex-col-reverse gap-6 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">{profile.name}</h1>
            {/* His one line is the first of the bios below: said once. */}
            <p className="mt-4 text-lg text-muted">{recordSentence(record)}</p>
          </div>
          {profile.headshot ? (
            // A file under public/, as the author gave it; its size is not known here, so the box fixes it.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={profile.headshot.src}
              alt={profile.headshot.alt}
              width={160}
              height={160}
              className="size-40 shrink-0 rounded-2xl object-cover"
            />
          ) : null}
        </div>
        {profile.invite ? (
          <p className="mt-6">
            <InviteLink invite={profile.invite} className={buttonStyles.primary}>
              Invite {profile.name} to speak
              {profile.invite.kind === "email" ? <span className="font-normal">({profile.invite.address})</span> : null}
            </InviteLink>
          </p>
        ) : null}
      </header>

      <SpeakerBios profile={profile} />
      <SpeakerRecordFigures record={record} />
      <PlacesMap record={record} />

      <Section id="topics" title="Topics">
        <p className="mt-2 mb-4 text-muted">
          What the talks are about, with how many talks each; each leads to its talks.
        </p>
        <TopicList topics={topics} />
      </Section>

      <Section id="elsewhere" title="Elsewhere" last>
        <ul className="mt-4 flex flex-wrap gap-3">
          <li>
            <SmartLink href={profile.github} className={buttonStyles.secondary}>
              <GitHubIcon /> GitHub
            </SmartLink>
          </li>
          <li>
            <SmartLink href={profile.playlist} className={buttonStyles.secondary}>
              <PlayIcon /> Every recording, on YouTube
            </SmartLink>
          </li>
          {profile.links.map((link) => (
            <li key={link.url}>
              <SmartLink href={link.url} className={buttonStyles.secondary}>
                <LinkIcon /> {link.label}
              </SmartLink>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
