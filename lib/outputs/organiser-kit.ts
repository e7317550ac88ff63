import type { Root, RootContent } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";

import type { Talk } from "../content/load-talks";
import { mdxPlainParagraphs } from "../content/mdx-body";
import type { Profile } from "../content/profile";
import { absoluteUrl, routes } from "../site/routes";

/**
 * The talk as an organiser pastes it into a CFP form or a programme: title, its line (the
 * pitch, else the summary), the abstract as plain paragraphs, the speaker with his short bio
 * and the co-speakers by name, and the talk's page. Markdown, written from a tree by mdast-util-to-markdown, so that a title
 * or an abstract holding "*", "#" or "[" stays text. The kit page shows it to copy, and
 * /talks/<slug>/kit.md serves it as a file, which needs no JavaScript.
 */
export function talkKitMarkdown(talk: Talk, profile: Pick<Profile, "name" | "shortBio">, origin?: string): string {
  const text = (value: string) => ({ type: "text" as const, value });
  const paragraph = (...children: RootContent[]) => ({ type: "paragraph" as const, children }) as RootContent;
  const heading = (depth: 1 | 2, value: string) => ({ type: "heading" as const, depth, children: [text(value)] });
  const talkUrl = absoluteUrl(routes.talk(talk.slug), origin);
  const tree: Root = {
    type: "root",
    children: [
      heading(1, talk.title),
      paragraph({ type: "emphasis", children: [text(talk.pitch ?? talk.summary)] }),
      heading(2, "Abstract"),
      ...mdxPlainParagraphs(talk.body).map((block) => paragraph(text(block))),
      heading(2, talk.speakers.length > 0 ? "Speakers" : "Speaker"),
      paragraph({ type: "strong", children: [text(profile.name)] }, text(`: ${profile.shortBio}`)),
      // Co-speakers by name (and page): their bios are theirs to give.
      ...(talk.speakers.length > 0
        ? [
            paragraph(
              text("With "),
              ...talk.speakers.flatMap((speaker, index): RootContent[] => [
                ...(index > 0 ? [text(index === talk.speakers.length - 1 ? " and " : ", ")] : []),
                speaker.url ? { type: "link", url: speaker.url, children: [text(speaker.name)] } : text(speaker.name),
              ]),
              text("."),
            ),
          ]
        : []),
      paragraph(text("More: "), { type: "link", url: talkUrl, children: [text(talkUrl)] }),
    ],
  };
  return toMarkdown(tree);
}
