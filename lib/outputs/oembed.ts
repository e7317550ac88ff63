import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";

import { EMBED_SIZE } from "./embed-card";
import { talkArt } from "./talk-art";
import type { Talk } from "../content/load-talks";
import { TALK_ART_ASPECT } from "../render/talk-art";
import { absoluteUrl, routes } from "../site/routes";

/**
 * A talk's oEmbed answer (https://oembed.com, type "rich"), a static JSON file linked from the
 * talk's page by <link rel="alternate" type="application/json+oembed">: what a site that
 * embeds links (a blog engine, a conference's CMS) reads to show the talk's card
 * (lib/outputs/embed-card.ts) in an iframe.
 */

export type OembedRich = {
  version: "1.0";
  type: "rich";
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
};

/** The talk's picture as the thumbnail, at its larger width. */
const THUMBNAIL_WIDTH = 1280;

type OembedSite = { name: string; url: string; authorUrl: string };

export function talkOembed(talk: Talk, site: OembedSite): OembedRich {
  const thumbnail = talkArt(talk).files.find((file) => file.format === "webp" && file.width === THUMBNAIL_WIDTH)!;
  return {
    version: "1.0",
    type: "rich",
    title: talk.title,
    author_name: site.name,
    author_url: site.authorUrl,
    provider_name: site.name,
    provider_url: site.url,
    // oEmbed's html is a string by definition: one element, written by hast-util-to-html so that a
    // title with quotes or "<" stays an attribute's text.
    html: toHtml(
      h("iframe", {
        src: absoluteUrl(routes.talkEmbed(talk.slug), site.url),
        width: EMBED_SIZE.width,
        height: EMBED_SIZE.height,
        title: `${talk.title}, a talk by ${site.name}`,
        style: "border:0;max-width:100%",
        loading: "lazy",
      }),
    ),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: absoluteUrl(thumbnail.path, site.url),
    thumbnail_width: THUMBNAIL_WIDTH,
    thumbnail_height: Math.round((THUMBNAIL_WIDTH * TALK_ART_ASPECT.height) / TALK_ART_ASPECT.width),
  };
}
