import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DeckViewer, RecordingPlayer } from "@/components/talk/embed-frames";
import { TalkSearch } from "@/components/talks/talk-search";
import { parseDeck, parseYouTubeUrl } from "@/lib/content/embeds";

import { IslandScript } from "./island-script";

const video = "https://www.youtube.com/watch?v=6Nx2BFyr7qQ";
const deck = "https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit";

/** A whole document, as Next.js renders a page: React puts hoisted scripts in its <head>. */
function page(body: ReactNode): string {
  return renderToString(
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a document rendered by React alone, not a Next.js page */}
      <head />
      <body>{body}</body>
    </html>,
  );
}

const scripts = (html: string) => html.match(/<script[^>]*>/g) ?? [];
const head = (html: string) => html.slice(0, html.indexOf("</head>"));

describe("IslandScript", () => {
  it("loads an island as an async module", () => {
    expect(scripts(page(<IslandScript name="player" />))).toEqual([
      '<script type="module" async="" src="/islands/player.js">',
    ]);
  });

  it("writes one script in <head> for a page with three players", () => {
    const embed = parseYouTubeUrl(video)!;
    const html = page(
      <main>
        <RecordingPlayer embed={embed} href={video} title="A talk" event="Conf 2021" />
        <RecordingPlayer embed={embed} href={video} title="A talk" event="Conf 2020" />
        <DeckViewer embed={parseDeck(deck)!} href={deck} title="A talk" />
      </main>,
    );
    expect(html.match(/data-frame-src=/g)).toHaveLength(3);
    expect(scripts(html)).toEqual(['<script type="module" async="" src="/islands/player.js">']);
    expect(head(html)).toContain('src="/islands/player.js"');
  });

  it("loads each island a page uses, once each", () => {
    const embed = parseYouTubeUrl(video)!;
    const html = page(
      <main>
        <TalkSearch total={3} />
        <RecordingPlayer embed={embed} href={video} title="A talk" />
        <TalkSearch total={3} />
      </main>,
    );
    expect(scripts(html).sort()).toEqual([
      '<script type="module" async="" src="/islands/player.js">',
      '<script type="module" async="" src="/islands/talk-search.js">',
    ]);
    expect(head(html).match(/<script/g)).toHaveLength(2);
  });
});
