import type { Talk, TalkEvent } from "../content/load-talks";
import { formatPartialDate } from "../content/partial-date";
import type { Profile } from "../content/profile";
import type { SocialCard } from "../render/social-card";
import { dateSaysMore } from "../site/event-facets";
import { site } from "../site/site";
import { recordSentence, type SpeakerRecord } from "../site/speaker-record";
import { plural, pluralNoun } from "../words";

/** What each social card says: the site's, the about page's and each talk's. */

const siteHost = new URL(site.url).host;
const listFormat = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

/** The site's card: who, what about, and how many talks since when, counted from the talks. */
export function siteCard(talks: readonly Talk[]): SocialCard {
  const eventYears = talks.flatMap((talk) => talk.events.map((event) => event.date.year));
  const talkCount = plural(talks.length, "talk", "talks");
  return {
    eyebrow: siteHost,
    title: site.name,
    detail: site.tagline,
    footer: eventYears.length > 0 ? `${talkCount} since ${Math.min(...eventYears)}` : "Talks",
  };
}

/** The about page's card: the speaker, the one-line bio, and the record in one sentence. */
export function aboutCard(profile: Pick<Profile, "name" | "tagline">, record: SpeakerRecord): SocialCard {
  return {
    eyebrow: `${siteHost}/about`,
    title: profile.name,
    detail: profile.tagline,
    footer: recordSentence(record).replace(/\.$/, ""),
  };
}

/** "FOSDEM 2020 · Feb 2020", but "GopherCon Turkey 2020" alone when the name already says all the date knows. */
function eventWithDate(event: TalkEvent): string {
  return dateSaysMore(event) ? `${event.name} · ${formatPartialDate(event.date)}` : event.name;
}

/** A talk's card: its title, its latest event and date at the precision known, and its speakers. */
export function talkCard(talk: Talk): SocialCard {
  const [latest, ...earlier] = talk.events;
  const moreEvents =
    earlier.length > 0 ? ` and ${earlier.length} more ${pluralNoun(earlier.length, "event", "events")}` : "";
  const coSpeakers = talk.speakers.map((speaker) => speaker.name);
  return {
    eyebrow: `Talk · ${siteHost}`,
    title: talk.title,
    detail: latest ? `${eventWithDate(latest)}${moreEvents}` : "",
    footer: coSpeakers.length > 0 ? `${site.name} with ${listFormat.format(coSpeakers)}` : site.name,
  };
}
