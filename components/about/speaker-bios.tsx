import { MdxContent } from "@/components/mdx/mdx-content";
import { CopyBox, CopyStatus } from "@/components/ui/copy-box";
import { Section } from "@/components/ui/section";
import type { Profile } from "@/lib/content/profile";
import { countWords } from "@/lib/content/profile-schema";

type Props = {
  profile: Profile;
  /**
   * Whether the section holds the page's copy status (<CopyStatus />): the about page's bios are
   * its only copy boxes; a page with more renders its status once, itself.
   */
  withStatus?: boolean;
};

/** The bios an organiser asks for, each in a box with a button that copies it. */
export function SpeakerBios({ profile, withStatus = true }: Props) {
  const bios = [
    { id: "bio-one-line", heading: "One line", label: "One-line bio", text: profile.tagline },
    {
      id: "bio-short",
      heading: "Short bio",
      detail: `${countWords(profile.shortBio)} words`,
      label: "Short bio",
      text: profile.shortBio,
    },
  ];
  return (
    <Section id="bios" title="Bios">
      <p className="mt-2 text-muted">For a programme, an introduction or a speaker page: take the length you need.</p>
      <div className="mt-6 space-y-6">
        {bios.map((bio) => (
          <CopyBox key={bio.id} id={bio.id} heading={bio.heading} detail={bio.detail} label={bio.label}>
            <p>{bio.text}</p>
          </CopyBox>
        ))}
        {profile.longBio ? (
          <CopyBox id="bio-long" heading="Long bio" label="Long bio">
            <MdxContent source={profile.longBio} talk={{ title: profile.name, events: [] }} />
          </CopyBox>
        ) : null}
      </div>
      {withStatus ? <CopyStatus /> : null}
    </Section>
  );
}
