import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";

import { talkArt } from "./talk-art";
import { deckSources } from "../content/decks";
import type { Talk } from "../content/load-talks";
import { formatPartialDate } from "../content/partial-date";
import { TALK_ART_ASPECT } from "../render/talk-art";
import { absoluteUrl, routes } from "../site/routes";

/**
 * A talk's card for other sites to frame (a conference's page, a blog), as the oEmbed answer's
 * iframe shows it (lib/outputs/oembed.ts): the talk's picture, title, latest event with its date
 * and place, and links to the talk, its recording and its slides, each opening outside the frame.
 * No script; its own small stylesheet (public/embed.css), which follows the reader's theme. The
 * card alone may be framed by any site (lib/serving/http-headers.cjs); every other page may not.
 */

/** The frame's size, as the oEmbed answer gives it: a picture beside three lines of text. */
export const EMBED_SIZE = { width: 560, height: 180 } as const;

/** The picture's width in the card, in CSS pixels; its file is the 640 px WebP. */
const PICTURE_WIDTH = 640;

type EmbedSite = { name: string; url: string };

export function embedCardHtml(talk: Talk, site: EmbedSite): string {
  const talkUrl = absoluteUrl(routes.talk(talk.slug), site.url);
  const picture = talkArt(talk).files.find((file) => file.format === "webp" && file.width === PICTURE_WIDTH)!;
  const [latest] = talk.events;
  const recording = talk.events.find((event) => event.recording)?.recording;
  // A PDF deck is shown on its slides page (the talk's, or its event's); another deck is a link.
  const [pdfDeck] = deckSources([talk]);
  const deckUrl = talk.slides ?? talk.events.find((event) => event.slides)?.slides;
  const slides = pdfDeck ? routes.slides(talk.slug, pdfDeck.eventSlug) : deckUrl;
  // Links leave the frame: a reader who follows one wants the site, not a page inside a card.
  const out = (href: string, text: string) =>
    h("a", { href: absoluteUrl(href, site.url), target: "_blank", rel: "noopener" }, text);
  const links = [
    out(talkUrl, "The talk"),
    ...(recording ? [out(recording, "Recording")] : []),
    ...(slides ? [out(slides, "Slides")] : []),
  ];
  const tree = h("html", { lang: talk.language }, [
    h("head", [
      h("meta", { charSet: "utf-8" }),
      h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      h("meta", { name: "robots", content: "noindex" }),
      h("title", `${talk.title} · ${site.name}`),
      h("link", { rel: "canonical", href: talkUrl }),
      h("link", { rel: "stylesheet", href: routes.embedStylesheet }),
    ]),
    h("body", [
      h("article", { className: ["card"] }, [
        h(
          "a",
          {
            className: ["picture"],
            href: talkUrl,
            target: "_blank",
            rel: "noopener",
            tabIndex: -1,
            ariaHidden: "true",
          },
          [
            h("img", {
              src: picture.path,
              alt: "",
              width: PICTURE_WIDTH,
              height: Math.round((PICTURE_WIDTH * TALK_ART_ASPECT.height) / TALK_ART_ASPECT.width),
            }),
          ],
        ),
        h("div", { className: ["text"] }, [
          h("p", { className: ["by"] }, `A talk by ${site.name}`),
          h("h1", [out(talkUrl, talk.title)]),
          ...(latest
            ? [
                h(
                  "p",
                  { className: ["event"] },
                  [latest.name, formatPartialDate(latest.date), latest.location].filter(Boolean).join(" · "),
                ),
              ]
            : []),
          h("p", { className: ["links"] }, links),
        ]),
      ]),
    ]),
  ]);
  return `<!doctype html>${toHtml(tree)}`;
}
