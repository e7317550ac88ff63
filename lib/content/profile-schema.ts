import { z } from "zod";

import { languageTag } from "./language";
import { MAX_ENTRIES, MAX_LENGTH } from "./limits";
import { expectation } from "./problems";
import { httpUrl } from "./talk-schema";

/**
 * The front matter of content/speaker.mdx, the speaker's profile: who the site is about.
 * Every object is strict: a misspelt field is an error, never silently dropped. The long
 * bio is the file's MDX body, checked by the same rules as a talk's abstract.
 *
 * Messages from the custom checks below are written for the author; the generic zod
 * issues (wrong type, missing, too long) are worded in front-matter.ts.
 */

/** One line under the name: longer would wrap on the home page and the social card. */
export const TAGLINE_MAX_LENGTH = 160;
/** The meta description of the site's pages that have none of their own; as a talk's summary. */
export const DESCRIPTION_MAX_LENGTH = 280;
/** The short bio aims at about 50 words (what organisers ask for); past 80 it is a long bio. */
export const SHORT_BIO_MAX_WORDS = 80;

const text = z.string().trim().min(1);

const describe = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

export function countWords(value: string): number {
  const trimmed = value.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

export { languageTag, parseLanguageTag } from "./language";

/** How visitors can invite the speaker to an event: by e-mail, or through a page. */
export type Invite = { kind: "email"; address: string; href: string } | { kind: "url"; href: string };

const emailAddress = z.email();

export const invite = z.unknown().transform((value, ctx): Invite => {
  const trimmed = typeof value === "string" ? value.trim() : undefined;
  const address = trimmed?.replace(/^mailto:/i, "");
  if (address !== undefined && emailAddress.safeParse(address).success) {
    return { kind: "email", address, href: `mailto:${address}` };
  }
  if (trimmed !== undefined && httpUrl.safeParse(trimmed).success) return { kind: "url", href: trimmed };
  ctx.addIssue({
    code: "custom",
    message: expectation(value, 'an e-mail address such as "name@example.com", or an http(s) URL such as "https://example.com/invite"'),
  });
  return z.NEVER;
});

/** A site path of an image under public/images/: no "..", no "//", no query, no space. */
export const IMAGE_PATH_PATTERN = "^/images/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*\\.(?:[Jj][Pp][Ee]?[Gg]|[Pp][Nn][Gg]|[Ww][Ee][Bb][Pp]|[Aa][Vv][Ii][Ff])$";
const imagePathPattern = new RegExp(IMAGE_PATH_PATTERN, "u");

/** Whether the file exists is checked by load-profile.ts, which knows where public/ is. */
export const imagePath = z.unknown().transform((value, ctx): string => {
  const trimmed = typeof value === "string" ? value.trim() : undefined;
  if (trimmed !== undefined && imagePathPattern.test(trimmed)) return trimmed;
  ctx.addIssue({
    code: "custom",
    message: expectation(
      value,
      'the path of an image under public/images/ such as "/images/headshot.jpg" (.jpg, .jpeg, .png, .webp or .avif; letters, digits, "-", "_", "~" and "." only)',
    ),
  });
  return z.NEVER;
});

export const profileLinkSchema = z.strictObject({
  label: describe(text.max(MAX_LENGTH.name), 'What the link is, as the page shows it: "Mastodon", "Blog".'),
  url: describe(httpUrl, "An http(s) URL."),
});

export const headshotSchema = z.strictObject({
  src: describe(imagePath, "The photo: a file under public/images/, such as /images/headshot.jpg."),
  alt: describe(text.max(MAX_LENGTH.alt), "What the photo shows, for those who cannot see it: required with src."),
});

export const profileFrontMatterSchema = z.strictObject({
  name: describe(text.max(MAX_LENGTH.name), "The speaker's name; also the site's name."),
  tagline: describe(
    text.max(TAGLINE_MAX_LENGTH).refine((value) => !value.includes("\n"), { message: "expected one line; the short bio is shortBio" }),
    `The one-line bio under the name, at most ${TAGLINE_MAX_LENGTH} characters.`,
  ),
  description: describe(text.max(DESCRIPTION_MAX_LENGTH), `The site's default meta description, at most ${DESCRIPTION_MAX_LENGTH} characters.`),
  shortBio: describe(
    text.superRefine((value, ctx) => {
      const words = countWords(value);
      if (words > SHORT_BIO_MAX_WORDS) {
        ctx.addIssue({ code: "custom", message: `expected at most ${SHORT_BIO_MAX_WORDS} words (about 50 is right), got ${words}; the long bio is the file's body` });
      }
    }),
    `The short bio, about 50 words, at most ${SHORT_BIO_MAX_WORDS}: for a programme or an introduction. The long bio is the file's body.`,
  ),
  language: describe(languageTag, 'The site\'s default language: a BCP 47 tag such as "en".'),
  github: describe(httpUrl, "The speaker's GitHub page: an http(s) URL."),
  playlist: describe(httpUrl, "Every talk as one playlist (YouTube): an http(s) URL."),
  links: describe(z.array(profileLinkSchema).max(MAX_ENTRIES.links), "Other pages of the speaker's: a list of {label, url}.").default([]),
  invite: describe(invite, "How to invite the speaker to speak: an e-mail address or an http(s) URL.").optional(),
  headshot: describe(headshotSchema, "A photo of the speaker: {src, alt}.").optional(),
});

export type ProfileFrontMatter = z.output<typeof profileFrontMatterSchema>;
export type ProfileLink = z.output<typeof profileLinkSchema>;
export type Headshot = z.output<typeof headshotSchema>;
