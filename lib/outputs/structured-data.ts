import type {
  CreativeWork,
  Event,
  Graph,
  Person,
  Place,
  ProfilePage,
  VideoObject,
  Clip,
  VirtualLocation,
  WebSite,
} from "schema-dts";

import type { Chapter } from "../content/chapters";
import { parseYouTubeUrl } from "../content/embeds";
import type { Talk, TalkEvent, TalkSpeaker } from "../content/load-talks";
import { toIsoString } from "../content/partial-date";
import { getProfile, type Profile } from "../content/profile";
import { timestampUrl } from "../content/transcripts";
import { absoluteUrl, routes } from "../site/routes";
import { site } from "../site/site";
import { getTopics, type Topic } from "../site/topics";

/**
 * schema.org descriptions of the site's pages, for search engines: who the speaker is,
 * and for each talk what it is, where it was given and where it can be watched. Only
 * facts the talk files state; a field nobody knows is left out, never guessed.
 */

const ONLINE = /^online$/i;

/** Fragment ids make each node addressable, so nodes can point at each other. */
const personId = `${site.url}/#person`;
const webSiteId = `${site.url}/#website`;

export function speakerPerson(): Person {
  return {
    "@type": "Person",
    "@id": personId,
    name: site.name,
    url: absoluteUrl(routes.home),
    sameAs: [site.github.href],
  };
}

/**
 * /about as schema.org reads it: a ProfilePage whose main entity is the speaker, with the
 * short bio as description, the topics as what he knows about, and his other pages.
 */
export function aboutStructuredData(profile: Profile = getProfile(), topics: readonly Topic[] = getTopics()): Graph {
  const pageUrl = absoluteUrl(routes.about);
  const person: Person = {
    "@type": "Person",
    "@id": personId,
    name: profile.name,
    url: absoluteUrl(routes.home),
    description: profile.shortBio,
    sameAs: [profile.github, profile.playlist, ...profile.links.map((link) => link.url)],
    ...(topics.length > 0 ? { knowsAbout: topics.map((topic) => topic.name) } : {}),
    ...(profile.headshot ? { image: absoluteUrl(profile.headshot.src) } : {}),
    ...(profile.invite?.kind === "email" ? { email: profile.invite.address } : {}),
    mainEntityOfPage: { "@id": pageUrl },
  };
  const page: ProfilePage = {
    "@type": "ProfilePage",
    "@id": pageUrl,
    url: pageUrl,
    name: `About ${profile.name}`,
    inLanguage: profile.language,
    isPartOf: { "@id": webSiteId },
    mainEntity: { "@id": personId },
  };
  return { "@context": "https://schema.org", "@graph": [page, person] };
}

export function homeStructuredData(): Graph {
  const website: WebSite = {
    "@type": "WebSite",
    "@id": webSiteId,
    name: site.name,
    url: absoluteUrl(routes.home),
    description: site.description,
    inLanguage: site.locale,
    author: { "@id": personId },
  };
  return { "@context": "https://schema.org", "@graph": [speakerPerson(), website] };
}

function coSpeaker(speaker: TalkSpeaker): Person {
  return { "@type": "Person", name: speaker.name, ...(speaker.url ? { url: speaker.url } : {}) };
}

/** "Online" is a virtual location; anything else is a place, named as the file names it. */
function eventLocation(event: TalkEvent): Pick<Event, "location" | "eventAttendanceMode"> {
  if (!event.location) return {};
  if (ONLINE.test(event.location.trim())) {
    const virtual: VirtualLocation = { "@type": "VirtualLocation", ...(event.url ? { url: event.url } : {}) };
    return { location: virtual, eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode" };
  }
  // A physical place says nothing about whether it was streamed too, so no attendance mode.
  const place: Place = { "@type": "Place", name: event.location, address: event.location };
  return { location: place };
}

export type TalkStructuredDataOptions = {
  /** Absolute or site-relative URL of the talk's social image. */
  imagePath: string;
};

/**
 * A talk page as one graph: the talk (a CreativeWork), each event it was given at (an
 * Event that performed it), and each recording (a VideoObject recorded at that event).
 */
export function talkStructuredData(talk: Talk, { imagePath }: TalkStructuredDataOptions): Graph {
  const pageUrl = absoluteUrl(routes.talk(talk.slug));
  const talkId = `${pageUrl}#talk`;
  const imageUrl = absoluteUrl(imagePath);
  const speakers: Person[] = [speakerPerson(), ...talk.speakers.map(coSpeaker)];

  const creativeWork: CreativeWork = {
    "@type": "CreativeWork",
    "@id": talkId,
    name: talk.title,
    abstract: talk.summary,
    url: pageUrl,
    image: imageUrl,
    inLanguage: talk.language,
    ...(talk.tags.length > 0 ? { keywords: talk.tags } : {}),
    author: speakers,
  };

  const eventId = (index: number) => `${pageUrl}#event-${index + 1}`;

  const events: Event[] = talk.events.map((event, index) => ({
    "@type": "Event",
    "@id": eventId(index),
    name: event.name,
    startDate: toIsoString(event.date),
    inLanguage: event.language,
    ...(event.url ? { url: event.url } : {}),
    ...eventLocation(event),
    eventStatus: "https://schema.org/EventScheduled",
    performer: speakers,
    // A talk is delivered at the event as a play is performed: `workPerformed`, not
    // `workFeatured` (exhibited) and not `about` (the event is not about this one talk).
    workPerformed: { "@id": talkId },
  }));

  const videos: VideoObject[] = talk.events.flatMap((event, index): VideoObject[] => {
    if (!event.recording) return [];
    const youTubeId = parseYouTubeUrl(event.recording)?.videoId;
    return [
      {
        "@type": "VideoObject",
        name: `${talk.title} (${event.name})`,
        description: talk.summary,
        // The recording is of the event, in the language it was given in.
        inLanguage: event.language,
        ...(event.transcript
          ? { transcript: event.transcript.paragraphs.map((paragraph) => paragraph.text).join("\n\n") }
          : {}),
        url: event.recording,
        ...(youTubeId ? { embedUrl: `https://www.youtube-nocookie.com/embed/${youTubeId}` } : {}),
        thumbnailUrl: imageUrl,
        // The files know when the talk was given, not when the video went up; that is the
        // closest known date, and a recording cannot have been published before it.
        uploadDate: toIsoString(event.date),
        recordedAt: { "@id": eventId(index) },
        about: { "@id": talkId },
        ...(event.chapters ? { hasPart: slideClips(event.chapters.chapters, event.recording) } : {}),
      },
    ];
  });

  return { "@context": "https://schema.org", "@graph": [creativeWork, ...events, ...videos] };
}

/**
 * A recording's chapters as clips, one per slide shown, for search engines' "key moments": its
 * name, where it starts and ends in seconds, and the recording's URL at that moment.
 */
export function slideClips(chapters: readonly Chapter[], recording: string): Clip[] {
  return chapters.map((chapter) => ({
    "@type": "Clip",
    name: chapter.title ? `Slide ${chapter.slide}: ${chapter.title}` : `Slide ${chapter.slide}`,
    startOffset: Math.floor(chapter.startSeconds),
    endOffset: Math.ceil(chapter.endSeconds),
    url: timestampUrl(recording, chapter.startSeconds),
  }));
}

/**
 * JSON for an inline <script>: "<" is escaped so that no text in a talk file ("</script>",
 * "<!--") can end the script element early; U+2028 and U+2029 for old JavaScript parsers.
 * JSON.parse reads the escapes back as the same characters.
 */
export function serializeJsonLd(data: Graph | object): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
