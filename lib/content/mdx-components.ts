/**
 * The components a talk's MDX body may use. The content check refuses any other
 * component, and the renderer's component map (components/mdx/mdx-content.tsx) is
 * typed against this list, so the two cannot drift apart.
 */
export const MDX_COMPONENT_NAMES = ["SlidesLink", "RecordingLink", "EventLink", "VideoEmbed", "SlidesEmbed"] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/**
 * The props each component takes, all string literals. The links take an http(s) URL
 * and their children are the label; the embeds take the URL of what they show and an
 * optional title (the talk's own title when left out), and no children.
 */
export const MDX_COMPONENT_PROPS = {
  SlidesLink: ["href"],
  RecordingLink: ["href"],
  EventLink: ["href"],
  VideoEmbed: ["href", "title"],
  SlidesEmbed: ["href", "title"],
} as const satisfies Record<MdxComponentName, readonly string[]>;

/** The components that show a recording or a deck in place rather than link to it. */
export const MDX_EMBED_NAMES = ["VideoEmbed", "SlidesEmbed"] as const satisfies readonly MdxComponentName[];
