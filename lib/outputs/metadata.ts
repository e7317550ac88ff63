import type { Metadata } from "next";

import type { Talk } from "../content/load-talks";
import { SOCIAL_IMAGE_SIZE } from "../render/social-card";
import { routes } from "../site/routes";
import { site } from "../site/site";

/**
 * The site's feeds, linked from every page's <head> so that feed readers and browser
 * extensions find them from any URL a visitor pastes.
 */
export const FEEDS = [
  { type: "application/rss+xml", url: routes.feeds.rss, title: `${site.name}: talks (RSS)` },
  { type: "application/atom+xml", url: routes.feeds.atom, title: `${site.name}: talks (Atom)` },
  { type: "application/feed+json", url: routes.feeds.json, title: `${site.name}: talks (JSON Feed)` },
] as const;

/** The shared image a page shows when it has none of its own: app/social-card.png/route.tsx. */
export const SITE_IMAGE = { path: routes.siteSocialCard, alt: `${site.name}: talks` } as const;

export type SocialImage = {
  /** Site-relative, e.g. "/talks/<slug>/social-card.png"; made absolute with metadataBase. */
  path: string;
  alt: string;
};

export type PageMetadataInput = {
  /**
   * The page's own title; the layout's template adds the site's name in <title>. Pass
   * `{ absolute }` for a title used as it is (the home page). og:title is the bare title.
   */
  title: string | { absolute: string };
  description: string;
  /** The page's path, e.g. "/talks/my-talk": its canonical URL and og:url. */
  path: string;
  /** "article" for a talk, "profile" for /about, "website" for lists and the home page. */
  type: "website" | "article" | "profile";
  /** Defaults to the site's image. */
  image?: SocialImage;
  /** A talk's oEmbed answer (lib/outputs/oembed.ts), linked for sites that embed links. */
  oembed?: { path: string; title: string };
};

/** A talk's own image: app/talks/[slug]/social-card.png/route.tsx. */
export function talkImage(talk: Pick<Talk, "slug" | "title">): SocialImage {
  return { path: routes.talkSocialCard(talk.slug), alt: `${talk.title}: a talk by ${site.name}` };
}

/** The about page's own image: app/about/social-card.png/route.tsx. */
export function aboutImage(): SocialImage {
  return { path: routes.aboutSocialCard, alt: `About ${site.name}: bios, places and topics` };
}

/** `alternates.types`: one <link rel="alternate"> per feed. */
function feedAlternates(): NonNullable<Metadata["alternates"]>["types"] {
  return Object.fromEntries(FEEDS.map((feed) => [feed.type, [{ url: feed.url, title: feed.title }]]));
}

function imageMetadata(image: SocialImage) {
  return [{ url: image.path, alt: image.alt, type: "image/png", ...SOCIAL_IMAGE_SIZE }];
}

/**
 * What the root layout sets for every page. Pages that call `pageMetadata` replace
 * `alternates`, `openGraph` and `twitter` whole (Next merges metadata one key deep), so
 * these defaults reach only pages without their own, such as the 404 page; there is no
 * canonical URL here because a 404 has none.
 */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: { default: `${site.name} · Talks`, template: `%s · ${site.name}` },
    description: site.description,
    authors: [{ name: site.name, url: site.github.href }],
    alternates: { types: feedAlternates() },
    openGraph: {
      siteName: site.name,
      locale: site.locale,
      type: "website",
      images: imageMetadata(SITE_IMAGE),
    },
    twitter: { card: "summary_large_image", images: imageMetadata(SITE_IMAGE) },
  };
}

/**
 * A page's metadata: title, description, canonical URL, feed links, Open Graph and
 * Twitter card, built the same way for every page so none loses the feed links or the
 * image by setting only part of them.
 */
export function pageMetadata({
  title,
  description,
  path,
  type,
  image = SITE_IMAGE,
  oembed,
}: PageMetadataInput): Metadata {
  const plainTitle = typeof title === "string" ? title : title.absolute;
  const images = imageMetadata(image);
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: {
        ...feedAlternates(),
        ...(oembed ? { "application/json+oembed": [{ url: oembed.path, title: oembed.title }] } : {}),
      },
    },
    openGraph: {
      title: plainTitle,
      description,
      url: path,
      siteName: site.name,
      locale: site.locale,
      type,
      images,
    },
    twitter: { card: "summary_large_image", title: plainTitle, description, images },
  };
}
