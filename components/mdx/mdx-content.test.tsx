import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { syntheticEvent } from "@/testing/fixtures/synthetic-talks";

import { renderMdx, type MdxTalk } from "./mdx-content";

const talk: MdxTalk = {
  title: "Profiling in Production",
  events: [
    syntheticEvent({
      name: "GopherCon 2021",
      date: { year: 2021 },
      recording: "https://www.youtube.com/watch?v=6Nx2BFyr7qQ",
    }),
    syntheticEvent({ name: "Meetup 2020", date: { year: 2020 } }),
  ],
};

async function html(source: string): Promise<string> {
  return renderToStaticMarkup(await renderMdx(source, talk));
}

describe("the MDX component map", () => {
  it("renders the talk link components with their hrefs and labels", async () => {
    const markup = await html(
      '<SlidesLink href="https://example.com/deck">the deck</SlidesLink> and <EventLink href="https://example.com/conf">Conf 2020</EventLink>',
    );
    expect(markup).toMatch(
      /<a href="https:\/\/example\.com\/deck" rel="noopener noreferrer"[^>]*>.*<span>the deck<\/span><\/a>/,
    );
    expect(markup).toMatch(/<a href="https:\/\/example\.com\/conf" rel="noopener noreferrer"[^>]*>Conf 2020<\/a>/);
  });

  it("gives the slides and recording links a default label when empty", async () => {
    const markup = await html(
      '<SlidesLink href="https://example.com/deck" /> <RecordingLink href="https://example.com/video"></RecordingLink>',
    );
    expect(markup).toContain("<span>Slides</span>");
    expect(markup).toContain("<span>Recording</span>");
  });

  it("links pages of the site without rel and other sites with it", async () => {
    const markup = await html("[another talk](/talks/other) and [a site](https://example.com)");
    expect(markup).toContain('<a href="/talks/other">another talk</a>');
    expect(markup).toContain('<a href="https://example.com" rel="noopener noreferrer">a site</a>');
  });
});

describe("the embeds", () => {
  it("draws a recording's poster from the talk, linking to the video until the page's script runs", async () => {
    const markup = await html('<VideoEmbed href="https://youtu.be/6Nx2BFyr7qQ?t=90" />');
    // The event comes from the talk's event with the same video, the title from the talk.
    expect(markup).toContain(
      '<a href="https://youtu.be/6Nx2BFyr7qQ?t=90" rel="noopener noreferrer" aria-label="Play the recording of Profiling in Production at GopherCon 2021"',
    );
    expect(markup).toContain(">GopherCon 2021</span>");
    expect(markup).toContain(">Profiling in Production</span>");
    // Nothing is loaded from YouTube before the press: no iframe, no thumbnail. The player's
    // address waits in a data attribute, for the player island to use on a press.
    expect(markup).toContain(
      'data-frame-src="https://www.youtube-nocookie.com/embed/6Nx2BFyr7qQ?autoplay=1&amp;start=90"',
    );
    expect(markup.replace(/ data-frame-src="[^"]*"/g, "")).not.toMatch(/<iframe|<img|youtube-nocookie|ytimg/);
    expect(markup).toContain("aspect-video");
  });

  it("takes a title prop, and names no event for a video none of the talk's events has", async () => {
    const markup = await html('<VideoEmbed href="https://www.youtube.com/watch?v=-jF4nWfrY3w" title="The demo" />');
    expect(markup).toContain('aria-label="Play the recording of The demo"');
    expect(markup).toContain(">Recording</span>");
  });

  it("draws a deck's poster and keeps any other deck a link", async () => {
    const deck = "https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit";
    expect(await html(`<SlidesEmbed href="${deck}" />`)).toContain(
      `<a href="${deck}" rel="noopener noreferrer" aria-label="Show the slides of Profiling in Production"`,
    );
    const other = await html('<SlidesEmbed href="https://speakerdeck.com/kakkoyun/parca" />');
    expect(other).toMatch(
      /<a href="https:\/\/speakerdeck\.com\/kakkoyun\/parca" rel="noopener noreferrer"[^>]*>.*<span>Profiling in Production<\/span><\/a>/,
    );
    expect(other).not.toContain("aspect-video");
  });

  it("draws a PDF deck's poster, linking to the file and fetching nothing before the press", async () => {
    const markup = await html('<SlidesEmbed href="/slides/profiling.pdf" title="The 2021 deck" />');
    expect(markup).toContain(
      '<a href="/slides/profiling.pdf" rel="noopener noreferrer" aria-label="Show the slides of The 2021 deck"',
    );
    expect(markup).toContain("aspect-video");
    expect(markup).not.toMatch(/<iframe|<object|<embed/);
  });
});
