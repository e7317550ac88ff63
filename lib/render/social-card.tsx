import { ImageResponse } from "next/og";

import { loadSocialImageFonts } from "./social-card-fonts";

/** The size social networks crop large cards to (1.91:1); every card is drawn at it. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// The light theme of app/globals.css: the card reads as the site does.
const colours = {
  page: "#fafaf9",
  ink: "#18181b",
  muted: "#52525b",
  line: "#e4e4e7",
  accent: "#b93d0b",
} as const;

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
        <div
          style={{
            display: "block",
            marginTop: 28,
            fontSize: 32,
            lineHeight: 1.35,
            color: colours.muted,
            lineClamp: 2,
          }}
        >
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
