import { TalkCard } from "@/components/talks/talk-card";
import { buttonStyles } from "@/components/ui/button";
import { ArrowRightIcon, GitHubIcon, PlayIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";
import type { Talk } from "@/lib/content/load-talks";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";
import { splitUpcomingTalks } from "@/lib/site/talks";

/** How many past talks the home page shows; the rest are one link away. */
const LATEST_TALK_COUNT = 3;

/** The home page: who he is, what is coming up, his latest talks and the way to all of them. */
export function HomePage({ talks }: { talks: readonly Talk[] }) {
  const { upcoming, past } = splitUpcomingTalks(talks);
  return (
    <>
      <HomeIntro talks={talks} />
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading" className="pb-12">
          <h2 id="upcoming-heading" className="text-sm font-semibold tracking-widest text-muted uppercase">
            Upcoming talks
          </h2>
          <TalkCards talks={upcoming} />
        </section>
      ) : null}

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-sm font-semibold tracking-widest text-muted uppercase">
          Latest talks
        </h2>
        <TalkCards talks={past.slice(0, LATEST_TALK_COUNT)} />
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

/** His name, his line, the talks in one sentence, and the ways on: about, GitHub, YouTube. */
function HomeIntro({ talks }: { talks: readonly Talk[] }) {
  const eventYears = talks.flatMap((talk) => talk.events.map((event) => event.date.year));
  const firstYear = eventYears.length > 0 ? Math.min(...eventYears) : undefined;
  return (
    <section aria-labelledby="intro-heading" className="pb-12">
      <h1 id="intro-heading" className="text-4xl font-bold tracking-tight sm:text-5xl">
        {site.name}
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-muted sm:text-xl">{site.tagline}</p>
      {firstYear ? (
        <p className="mt-3 text-sm text-muted">
          {talks.length} talks at {eventYears.length} events since {firstYear}.
        </p>
      ) : null}
      <ul className="mt-6 flex flex-wrap gap-3 text-sm font-medium">
        <li>
          <SmartLink href={routes.about} className={buttonStyles.outlineInheritingSize}>
            About, bios and places <ArrowRightIcon />
          </SmartLink>
        </li>
        <li>
          <a href={site.github.href} rel="noopener noreferrer" className={buttonStyles.outlineInheritingSize}>
            <GitHubIcon /> {site.github.label}
          </a>
        </li>
        <li>
          <a href={site.playlist.href} rel="noopener noreferrer" className={buttonStyles.outlineInheritingSize}>
            <PlayIcon /> Talks on YouTube
          </a>
        </li>
      </ul>
    </section>
  );
}

function TalkCards({ talks }: { talks: readonly Talk[] }) {
  return (
    <ul className="mt-5 space-y-5">
      {talks.map((talk) => (
        <li key={talk.slug}>
          <TalkCard talk={talk} headingLevel="h3" />
        </li>
      ))}
    </ul>
  );
}
