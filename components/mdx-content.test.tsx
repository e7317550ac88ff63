import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { renderMdx } from "./mdx-content";

async function html(source: string): Promise<string> {
  return renderToStaticMarkup(await renderMdx(source));
}

describe("the MDX component map", () => {
  it("renders the talk link components with their hrefs and labels", async () => {
    const markup = await html(
      '<SlidesLink href="https://example.com/deck">the deck</SlidesLink> and <EventLink href="https://example.com/conf">Conf 2020</EventLink>',
    );
    expect(markup).toMatch(/<a href="https:\/\/example\.com\/deck" rel="noopener noreferrer"[^>]*>.*<span>the deck<\/span><\/a>/);
    expect(markup).toMatch(/<a href="https:\/\/example\.com\/conf" rel="noopener noreferrer"[^>]*>Conf 2020<\/a>/);
  });

  it("gives the slides and recording links a default label when empty", async () => {
    const markup = await html('<SlidesLink href="https://example.com/deck" /> <RecordingLink href="https://example.com/video"></RecordingLink>');
    expect(markup).toContain("<span>Slides</span>");
    expect(markup).toContain("<span>Recording</span>");
  });

  it("links pages of the site without rel and other sites with it", async () => {
    const markup = await html("[another talk](/talks/other) and [a site](https://example.com)");
    expect(markup).toContain('<a href="/talks/other">another talk</a>');
    expect(markup).toContain('<a href="https://example.com" rel="noopener noreferrer">a site</a>');
  });
});
