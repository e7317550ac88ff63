import fs from "node:fs";
import path from "node:path";

import { ImageResponse } from "next/og";

import { SOCIAL_IMAGE_SIZE } from "./metadata";
import type { Profile } from "../content/profile";
import { site } from "../site/site";
import { recordSentence, type SpeakerRecord } from "../site/speaker-record";
import { formatPartialDate } from "../content/partial-date";
import type { Talk, TalkEvent } from "../content/load-talks";

// The light theme of app/globals.css: the card reads as the site does.
const colours = {
  page: "#fafaf9",
  ink: "#18181b",
  muted: "#52525b",
  line: "#e4e4e7",
  accent: "#4338ca",
} as const;

type FontFile = { name: string; file: string; weight: 400 | 700 };

// Inter in two subsets, Latin and Latin Extended (names such as "Bartłomiej Płotka"), as
// woff: the image renderer reads TrueType, OpenType and woff, not woff2. Each subset has a
// name of its own because the renderer keeps one font per name and weight, and looks for
// a missing glyph in the other names; with one name, "ł" would be sought on the network.
const FONT_FILES: readonly FontFile[] = [
  { name: "Inter", file: "inter-latin-400-normal.woff", weight: 400 },
  { name: "Inter", file: "inter-latin-700-normal.woff", weight: 700 },
  { name: "Inter Latin Extended", file: "inter-latin-ext-400-normal.woff", weight: 400 },
  { name: "Inter Latin Extended", file: "inter-latin-ext-700-normal.woff", weight: 700 },
];

// A literal path: Next traces files read from literal paths into the build output, and a
// path built from a variable would make it include the whole project.
const FONTS_DIRECTORY = path.join(process.cwd(), "assets", "fonts");

type LoadedFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let cachedFonts: LoadedFont[] | undefined;

/** The fonts from assets/fonts, read once per process: every image uses all four. */
export function loadSocialImageFonts(): LoadedFont[] {
  cachedFonts ??= FONT_FILES.map(({ name, file, weight }) => ({
    name,
    data: fs.readFileSync(path.join(FONTS_DIRECTORY, file)),
    weight,
    style: "normal",
  }));
  return cachedFonts;
}

export type SocialCard = {
  /** A short line above the title, in the accent colour. */
  eyebrow: string;
  title: string;
  /** Under the title, e.g. where and when the talk was last given. */
  detail: string;
  /** At the foot of the card, e.g. who gave the talk. */
  footer: string;
};

/**
 * Smaller type for longer titles, so that the longest title a talk file may have still
 * fits in four lines; short titles stay large enough to read in a feed's thumbnail.
 */
export function titleFontSize(title: string): number {
  if (title.length <= 32) return 80;
  if (title.length <= 60) return 68;
  if (title.length <= 100) return 56;
  return 46;
}

function SocialCardLayout({ eyebrow, title, detail, footer }: SocialCard) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 80px",
        background: colours.page,
        color: colours.ink,
        fontFamily: "Inter, Inter Latin Extended",
        borderTop: `16px solid ${colours.accent}`,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 28, fontWeight: 700, color: colours.accent, letterSpacing: 1 }}>
          {eyebrow}
        </div>
        <div
          style={{
            display: "block",
            marginTop: 28,
            fontSize: titleFontSize(title),
            fontWeight: 700,
            lineHeight: 1.12,
            letterSpacing: -1,
            // Never more than four lines: the detail and footer below must stay in the frame.
            lineClamp: 4,
          }}
        >
          {title}
        </div>
        <div style={{ display: "block", marginTop: 28, fontSize: 32, lineHeight: 1.35, color: colours.muted, lineClamp: 2 }}>
          {detail}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          paddingTop: 28,
          borderTop: `2px solid ${colours.line}`,
          fontSize: 30,
          fontWeight: 700,
          color: colours.ink,
        }}
      >
        {footer}
      </div>
    </div>
  );
}

/** A 1200×630 PNG of the card, drawn with the repository's fonts and no network. */
export function renderSocialImage(card: SocialCard): ImageResponse {
  return new ImageResponse(<SocialCardLayout {...card} />, { ...SOCIAL_IMAGE_SIZE, fonts: loadSocialImageFonts() });
}

const siteHost = new URL(site.url).host;
const listFormat = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

/** The site's card: who, what about, and how many talks since when, counted from the talks. */
export function siteCard(talks: readonly Talk[]): SocialCard {
  const eventYears = talks.flatMap((talk) => talk.events.map((event) => event.date.year));
  const talkCount = `${talks.length} ${talks.length === 1 ? "talk" : "talks"}`;
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
  const when = formatPartialDate(event.date);
  return event.name.includes(when) ? event.name : `${event.name} · ${when}`;
}

/** A talk's card: its title, its latest event and date at the precision known, and its speakers. */
export function talkCard(talk: Talk): SocialCard {
  const [latest, ...earlier] = talk.events;
  const moreEvents = earlier.length > 0 ? ` and ${earlier.length} more ${earlier.length === 1 ? "event" : "events"}` : "";
  const coSpeakers = talk.speakers.map((speaker) => speaker.name);
  return {
    eyebrow: `Talk · ${siteHost}`,
    title: talk.title,
    detail: latest ? `${eventWithDate(latest)}${moreEvents}` : "",
    footer: coSpeakers.length > 0 ? `${site.name} with ${listFormat.format(coSpeakers)}` : site.name,
  };
}
