import { TalkCard, type CardDecks } from "@/components/talks/talk-card";
import { TopicList } from "@/components/talks/topic-list";
import { buttonStyles } from "@/components/ui/button";
import { ArrowRightIcon, GitHubIcon, PlayIcon } from "@/components/ui/icons";
import { InviteLink } from "@/components/ui/invite-link";
import { SmartLink } from "@/components/ui/smart-link";
import type { Talk } from "@/lib/content/load-talks";
import { getProfile } from "@/lib/content/profile";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";
import { splitUpcomingTalks } from "@/lib/site/talks";
import { getTopics } from "@/lib/site/topics";

/** How many past talks the home page shows; the rest are one link away. */
const LATEST_TALK_COUNT = 3;
/** The topics named under his line: the ones he speaks on most. */
const INTRO_TOPIC_COUNT = 6;

/** The home page: who he is and what he speaks about, the way for organisers, what is coming up, his latest talks. */
export function HomePage({ talks, decks }: { talks: readonly Talk[]; decks?: CardDecks }) {
  const { upcoming, past } = splitUpcomingTalks(talks);
  return (
    <>
      <HomeIntro talks={talks} />
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading" className="pb-14">
          <h2 id="upcoming-heading" className="section-kicker">
            {upcoming.length === 1 ? "Next talk" : "Upcoming talks"}
          </h2>
          <TalkCards talks={upcoming} decks={decks} firstIsPriority />
        </section>
      ) : null}

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="section-kicker">
          Latest talks
        </h2>
        <TalkCards talks={past.slice(0, LATEST_TALK_COUNT)} decks={decks} firstIsPriority={upcoming.length === 0} />
        <p className="mt-8">
          <SmartLink
            href={routes.talks}
            className="inline-flex items-center gap-2 font-semibold text-accent hover:underline"
          >
            All {talks.length} talks <ArrowRightIcon />
          </SmartLink>
        </p>
      </section>
    </>
  );
}

/** His name and line, what he speaks about, the talks in one sentence, and the ways on: for organisers first. */
function HomeIntro({ talks }: { talks: readonly Talk[] }) {
  const profile = getProfile();
  const eventYears = talks.flatMap((talk) => talk.events.map((event) => event.date.year));
  const firstYear = eventYears.length > 0 ? Math.min(...eventYears) : undefined;
  const topics = getTopics(talks).slice(0, INTRO_TOPIC_COUNT);
  return (
    <section aria-labelledby="intro-heading" className="pb-14">
      <h1 id="intro-heading" className="text-4xl font-bold tracking-tight sm:text-6xl">
        {site.name}
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-muted sm:text-xl">{site.tagline}</p>
      {topics.length > 0 ? (
        <>
          <h2 className="sr-only">Topics he speaks on most</h2>
          <div className="mt-5">
            <TopicList topics={topics} />
          </div>
        </>
      ) : null}
      {firstYear ? (
        <p className="mt-5 text-sm text-muted">
          {talks.length} talks at {eventYears.length} events since {firstYear}.
        </p>
      ) : null}
      <ul className="mt-6 flex flex-wrap gap-3">
        {profile.invite ? (
          <li>
            <InviteLink invite={profile.invite} className={buttonStyles.primary}>
              Invite him to speak
            </InviteLink>
          </li>
        ) : null}
        <li>
          <SmartLink href={routes.about} className={profile.invite ? buttonStyles.secondary : buttonStyles.primary}>
            Bios for organisers <ArrowRightIcon />
          </SmartLink>
        </li>
        <li>
          <a href={site.github.href} rel="noopener noreferrer" className={buttonStyles.secondary}>
            <GitHubIcon /> {site.github.label}
          </a>
        </li>
        <li>
          <a href={site.playlist.href} rel="noopener noreferrer" className={buttonStyles.secondary}>
            <PlayIcon /> Talks on YouTube
          </a>
        </li>
      </ul>
    </section>
  );
}

function TalkCards({
  talks,
  decks,
  firstIsPriority,
}: {
  talks: readonly Talk[];
  decks?: CardDecks;
  firstIsPriority: boolean;
}) {
  return (
    <ul className="talk-grid mt-5">
      {talks.map((talk, index) => (
        <li key={talk.slug}>
          <TalkCard
            talk={talk}
            headingLevel="h3"
            priority={firstIsPriority && index === 0}
            inlineArt
            deck={decks?.get(talk.slug)}
          />
        </li>
      ))}
    </ul>
  );
}
