import { SpeakerBios } from "@/components/about/speaker-bios";
import { BackLink } from "@/components/layout/back-to-talks";
import { MdxContent } from "@/components/mdx/mdx-content";
import { buttonStyles } from "@/components/ui/button";
import { CopyBox, CopyStatus } from "@/components/ui/copy-box";
import { InviteLink } from "@/components/ui/invite-link";
import { Section } from "@/components/ui/section";
import { SmartLink } from "@/components/ui/smart-link";
import type { DeckView } from "@/lib/content/decks";
import type { Talk } from "@/lib/content/load-talks";
import { mdxPlainText } from "@/lib/content/mdx-body";
import type { Profile } from "@/lib/content/profile";
import { countWords } from "@/lib/content/profile-schema";
import { routes } from "@/lib/site/routes";
import { isUpcomingEvent } from "@/lib/site/talks";
import { plural } from "@/lib/words";

import { TalkEvents } from "./talk-events";

type Props = {
  talk: Talk;
  profile: Profile;
  /** The talk as Markdown (lib/outputs/organiser-kit.ts), shown to copy and served as kit.md. */
  markdown: string;
  /** The talk's PDF decks, rendered: an event's own is linked from it. */
  decks: readonly DeckView[];
};

/** "Given 2 times", or, while events are ahead, how many are. */
function givenHeading(talk: Talk): string {
  const upcoming = talk.events.filter((event) => isUpcomingEvent(event)).length;
  const given = talk.events.length - upcoming;
  if (upcoming === 0) return given === 1 ? "Given once" : `Given ${given} times`;
  if (given === 0) return `Coming up at ${plural(upcoming, "event", "events")}`;
  return `Given ${plural(given, "time", "times")}, ${upcoming} to come`;
}

/**
 * /talks/<slug>/kit: what a programme committee or a CFP form asks of a talk, each part with a
 * button that copies it: the talk in its lengths (the pitch, when the file has one; the summary;
 * the abstract), the whole talk as Markdown (also a file, kit.md, that needs no script), where it
 * has been given, the speaker's bios, and how to invite him when his profile says.
 */
export function OrganiserKit({ talk, profile, markdown, decks }: Props) {
  const lengths = [
    ...(talk.pitch ? [{ id: "kit-pitch", heading: "Pitch", label: "Pitch", text: talk.pitch }] : []),
    { id: "kit-summary", heading: "Summary", label: "Summary", text: talk.summary },
  ];
  return (
    <article className="mx-auto max-w-3xl">
      <BackLink href={routes.talk(talk.slug)}>The talk</BackLink>
      <header className="pt-6 pb-8">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">For organisers</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{talk.title}</h1>
        {talk.speakers.length > 0 ? (
          <p className="mt-2 text-muted">
            By {profile.name}, with {talk.speakers.map((speaker) => speaker.name).join(", ")}
          </p>
        ) : null}
        <p className="mt-4 text-lg text-muted">
          What a programme or a call for papers asks for, ready to copy: the talk in{" "}
          {plural(lengths.length + 1, "length", "lengths")}, as Markdown, and {profile.name}&rsquo;s bios.
        </p>
        {profile.invite ? (
          <p className="mt-6">
            <InviteLink invite={profile.invite} className={buttonStyles.primary}>
              Invite him to speak
            </InviteLink>
          </p>
        ) : null}
      </header>

      <Section id="lengths" title="The talk in its lengths">
        <div className="mt-6 space-y-6">
          {lengths.map((length) => (
            <CopyBox
              key={length.id}
              id={length.id}
              heading={length.heading}
              detail={plural(length.text.length, "character", "characters")}
              label={length.label}
            >
              <p>{length.text}</p>
            </CopyBox>
          ))}
          <CopyBox
            id="kit-abstract"
            heading="Abstract"
            detail={plural(countWords(mdxPlainText(talk.body)), "word", "words")}
            label="Abstract"
          >
            <MdxContent source={talk.body} talk={talk} />
          </CopyBox>
        </div>
      </Section>

      <Section id="markdown" title="For a CFP form">
        <p className="mt-2 text-muted">
          The title, its line, the abstract and the speaker in Markdown, in one copy; or as{" "}
          <SmartLink
            href={routes.talkKitMarkdown(talk.slug)}
            className="font-medium text-accent underline underline-offset-3"
          >
            a file
          </SmartLink>
          .
        </p>
        <div className="mt-6">
          <CopyBox id="kit-markdown" heading="Markdown" label="Markdown">
            <pre className="overflow-x-auto text-sm whitespace-pre-wrap">{markdown}</pre>
          </CopyBox>
        </div>
      </Section>

      <Section id="events" title={givenHeading(talk)}>
        <div className="mt-4">
          <TalkEvents talk={talk} decks={decks} />
        </div>
      </Section>

      <SpeakerBios profile={profile} withStatus={false} />
      <CopyStatus />
    </article>
  );
}
