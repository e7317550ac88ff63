/**
 * The components a talk's MDX body may use. The content check refuses any other
 * component, and the renderer's component map (components/mdx-content.tsx) is
 * typed against this list, so the two cannot drift apart.
 */
export const MDX_COMPONENT_NAMES = ["SlidesLink", "RecordingLink", "EventLink"] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** Each component takes one prop, a string-literal http(s) URL; its children are the label. */
export const MDX_COMPONENT_PROPS = ["href"] as const;
