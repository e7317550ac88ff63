import { getProfile } from "../content/profile";

/**
 * The site's identity, as pages, metadata, feeds and the sitemap read it. Who the speaker
 * is (name, lines about him, language, links) is content: content/speaker.mdx, read through
 * getProfile(). Where the site lives is deployment, and stays code here.
 */

type SocialLink = {
  label: string;
  href: string;
};

type SiteConfig = {
  /** The speaker's name, also the site's name. */
  name: string;
  /** One line about the speaker, shown under their name on the home page. */
  tagline: string;
  /** Used as the default meta description. */
  description: string;
  /** Absolute origin without a trailing slash, e.g. "https://example.com". */
  url: string;
  locale: string;
  github: SocialLink;
  playlist: SocialLink;
};

/** Used when neither SITE_URL nor Vercel's production host is set (a plain `next build`). */
const DEFAULT_SITE_URL = "https://kakkoyun.me";

/**
 * SITE_URL wins so that a preview or a mirror can set its own origin; on Vercel the
 * production host is known without any setting; anywhere else the default applies.
 */
function resolveSiteUrl(env: NodeJS.ProcessEnv): string {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, "");
  const vercelHost = env.VERCEL_PROJECT_PRODUCTION_URL?.trim();
  if (vercelHost) return `https://${vercelHost}`;
  return DEFAULT_SITE_URL;
}

/**
 * Getters, so that every read goes to the profile: its problems stop the build and show in
 * `npm run dev` like a talk's, and in dev an edit to content/speaker.mdx shows on reload.
 */
export const site: SiteConfig = {
  get name() {
    return getProfile().name;
  },
  get tagline() {
    return getProfile().tagline;
  },
  get description() {
    return getProfile().description;
  },
  url: resolveSiteUrl(process.env),
  get locale() {
    return getProfile().language;
  },
  get github() {
    return { label: "GitHub", href: getProfile().github };
  },
  get playlist() {
    return { label: "YouTube playlist", href: getProfile().playlist };
  },
};
