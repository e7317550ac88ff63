import { compileMDX, type MDXRemoteProps } from "next-mdx-remote/rsc";
import type { ComponentType } from "react";

import { DeckViewer, RecordingPlayer } from "@/components/talk/embed-frames";
import { EventLink, RecordingLink, SlidesLink } from "@/components/talk/talk-links";
import { SmartLink } from "@/components/ui/smart-link";
import { parseDeck, parseYouTubeUrl } from "@/lib/content/embeds";
import type { Talk } from "@/lib/content/load-talks";
import type { MdxComponentName } from "@/lib/content/mdx-components";

/**
 * The site's one MDX seam: the only module that imports next-mdx-remote, and the
 * component map for talk bodies. Moving to another MDX renderer changes this file
 * only.
 *
 * Bodies are checked before they get here (lib/content/mdx-body.ts), because
 * next-mdx-remote drops JavaScript expressions and expression props silently.
 */

/** What the embeds take from the talk: its title names the player, its events say where a recording is from. */
export type MdxTalk = Pick<Talk, "title" | "events">;

type EmbedProps = { href: string; title?: string };

/**
 * The embeds need the talk they stand in, so the map is made per talk. The content check
 * has refused any href they cannot show; the plain link stays as a fallback all the same.
 */
function embedComponents(talk: MdxTalk): Record<"VideoEmbed" | "SlidesEmbed", ComponentType<EmbedProps>> {
  return {
    VideoEmbed({ href, title = talk.title }) {
      const embed = parseYouTubeUrl(href);
      if (!embed) return <RecordingLink href={href}>{title}</RecordingLink>;
      const event = talk.events.find(
        (candidate) => candidate.recording && parseYouTubeUrl(candidate.recording)?.videoId === embed.videoId,
      );
      return <RecordingPlayer embed={embed} href={href} title={title} event={event?.name} />;
    },
    SlidesEmbed({ href, title = talk.title }) {
      const embed = parseDeck(href);
      if (!embed) return <SlidesLink href={href}>{title}</SlidesLink>;
      return <DeckViewer embed={embed} href={href} title={title} />;
    },
  };
}

// Typed against the list the content check allows, so a component cannot be
// accepted by the check and missing here, or the other way round.
function componentsFor(talk: MdxTalk): MDXRemoteProps["components"] {
  const talkComponents: Record<MdxComponentName, ComponentType<EmbedProps>> = {
    SlidesLink,
    RecordingLink,
    EventLink,
    ...embedComponents(talk),
  };
  return {
    ...talkComponents,
    a: ({ href = "", ...props }) => <SmartLink href={href} {...props} />,
  };
}

type Props = {
  source: string;
  talk: MdxTalk;
};

const mdxOptions = { blockJS: true, blockDangerousJS: true };

/** Compiles and renders a talk body; the page and the tests both go through here. */
export async function renderMdx(source: string, talk: MdxTalk) {
  const { content } = await compileMDX({ source, components: componentsFor(talk), options: mdxOptions });
  return content;
}

export async function MdxContent({ source, talk }: Props) {
  return renderMdx(source, talk);
}
