import { compileMDX, type MDXRemoteProps } from "next-mdx-remote/rsc";
import type { ComponentType } from "react";

import type { MdxComponentName } from "@/lib/content/mdx-components";

import { SmartLink } from "./smart-link";
import { EventLink, RecordingLink, SlidesLink } from "./talk-links";

/**
 * The site's one MDX seam: the only module that imports next-mdx-remote, and the
 * component map for talk bodies. Moving to another MDX renderer changes this file
 * only.
 *
 * Bodies are checked before they get here (lib/content/mdx-body.ts), because
 * next-mdx-remote drops JavaScript expressions and expression props silently.
 */

// Typed against the list the content check allows, so a component cannot be
// accepted by the check and missing here, or the other way round.
const talkComponents: Record<MdxComponentName, ComponentType<{ href: string }>> = {
  SlidesLink,
  RecordingLink,
  EventLink,
};

const components: MDXRemoteProps["components"] = {
  ...talkComponents,
  a: ({ href = "", ...props }) => <SmartLink href={href} {...props} />,
};

type Props = {
  source: string;
};

const mdxOptions = { blockJS: true, blockDangerousJS: true };

/** Compiles and renders a talk body; the page and the tests both go through here. */
export async function renderMdx(source: string) {
  const { content } = await compileMDX({ source, components, options: mdxOptions });
  return content;
}

export async function MdxContent({ source }: Props) {
  return renderMdx(source);
}
