/**
 * The site's identity: the one place that names the speaker, the site and its links.
 * Pages, metadata (and later feeds and the sitemap) read from here.
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

export const site: SiteConfig = {
  name: "Kemal Akkoyun",
  tagline:
    "Software engineer and open-source maintainer. I speak about observability, continuous profiling, eBPF and Go.",
  description:
    "Talks by Kemal Akkoyun on observability, continuous profiling, eBPF, Prometheus, Thanos and Go: slides, recordings and the events where they were given.",
  url: resolveSiteUrl(process.env),
  locale: "en",
  github: { label: "GitHub", href: "https://github.com/kakkoyun" },
  playlist: {
    label: "YouTube playlist",
    href: "https://www.youtube.com/playlist?list=PL3P7-fer_ILLtH_ZtQDQhDAEgTo5r9OnB",
  },
};
