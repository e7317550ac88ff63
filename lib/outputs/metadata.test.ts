import { describe, expect, it } from "vitest";

import { FEEDS, pageMetadata, SITE_IMAGE, siteMetadata, talkImage } from "./metadata";

const FEED_TYPES = {
  "application/rss+xml": [{ url: "/feed.xml", title: expect.stringContaining("RSS") }],
  "application/atom+xml": [{ url: "/atom.xml", title: expect.stringContaining("Atom") }],
  "application/feed+json": [{ url: "/feed.json", title: expect.stringContaining("JSON Feed") }],
};

describe("pageMetadata", () => {
  const talk = { slug: "a-talk", title: "A Talk" };
  const metadata = pageMetadata({
    title: "A Talk",
    description: "What it is about.",
    path: "/talks/a-talk",
    type: "article",
    image: talkImage(talk),
  });

  it("links the canonical URL and every feed, since a page's alternates replace the layout's", () => {
    expect(metadata.alternates).toEqual({ canonical: "/talks/a-talk", types: FEED_TYPES });
    expect(FEEDS).toHaveLength(3);
  });

  it("gives Open Graph and the Twitter card the same title, description and sized image", () => {
    const image = {
      url: "/talks/a-talk/social-card.png",
      alt: expect.stringContaining("A Talk"),
      type: "image/png",
      width: 1200,
      height: 630,
    };
    expect(metadata.openGraph).toMatchObject({
      title: "A Talk",
      description: "What it is about.",
      url: "/talks/a-talk",
      type: "article",
      images: [image],
    });
    expect(metadata.twitter).toMatchObject({
      card: "summary_large_image",
      title: "A Talk",
      description: "What it is about.",
      images: [image],
    });
  });

  it("uses the site's image when the page has none, and an absolute title as it is", () => {
    const home = pageMetadata({ title: { absolute: "Home · Site" }, description: "d", path: "/", type: "website" });
    expect(home.title).toEqual({ absolute: "Home · Site" });
    expect(home.openGraph).toMatchObject({
      title: "Home · Site",
      images: [expect.objectContaining({ url: SITE_IMAGE.path })],
    });
  });
});

describe("siteMetadata", () => {
  it("links the feeds but names no canonical URL, which only a page knows", () => {
    expect(siteMetadata().alternates).toEqual({ types: FEED_TYPES });
  });
});
