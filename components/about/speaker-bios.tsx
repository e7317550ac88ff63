import { IslandScript } from "@/components/islands/island-script";
import { MdxContent } from "@/components/mdx/mdx-content";
import { Section } from "@/components/ui/section";
import type { Profile } from "@/lib/content/profile";
import { countWords } from "@/lib/content/profile-schema";

type Props = {
  profile: Profile;
};

// Placed over the box's corner, not in the flow: the island shows it after the first paint, and
// its coming must move nothing (the heading keeps the room it needs, with or without it).
const copyButton =
  "absolute top-4 right-4 inline-flex items-center rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent";

/**
 * The bios an organiser asks for, each in a box with a button that copies it (the
 * copy-text island, components/islands/copy-text.ts). The buttons are rendered hidden and
 * shown by the island, so without JavaScript there is only text, plainly selectable.
 */
export function SpeakerBios({ profile }: Props) {
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
          <BioBox key={bio.id} id={bio.id} heading={bio.heading} detail={bio.detail} label={bio.label}>
            <p>{bio.text}</p>
          </BioBox>
        ))}
        {profile.longBio ? (
          <BioBox id="bio-long" heading="Long bio" label="Long bio">
            <MdxContent source={profile.longBio} talk={{ title: profile.name, events: [] }} />
          </BioBox>
        ) : null}
      </div>
      {/* Visible, not only announced: where copying fails the text is selected and this says which keys copy it. */}
      <p data-copy-status="" role="status" className="mt-4 min-h-6 text-sm font-medium text-accent" />
      <IslandScript name="copy-text" />
    </Section>
  );
}

function BioBox({
  id,
  heading,
  detail,
  label,
  children,
}: {
  id: string;
  heading: string;
  /** Under the heading, in small type: the short bio's length. */
  detail?: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div className="relative rounded-2xl border border-line bg-surface p-5">
      <h3 className="flex min-h-9 items-center pr-36 text-sm font-semibold tracking-wide text-muted uppercase">
        <span>
          {heading}
          {detail ? <span className="block text-xs font-normal tracking-normal normal-case">{detail}</span> : null}
        </span>
      </h3>
      <button type="button" data-copy-target={id} data-copy-label={label} hidden className={copyButton}>
        Copy {label.charAt(0).toLowerCase() + label.slice(1)}
      </button>
      <div id={id} className="prose mt-3 max-w-none prose-zinc dark:prose-invert prose-a:text-accent">
        {children}
      </div>
    </div>
  );
}
