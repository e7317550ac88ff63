import { sameLanguage } from "../content/language";
import { getProfile } from "../content/profile";

/** The site's language, which pages are written in (content/speaker.mdx's `language`). */
export function siteLanguage(): string {
  return getProfile().language;
}

/**
 * The `lang` attribute for text in `tag`: undefined when it is the page's own language, so
 * that only text in another language is marked (for screen readers' voices and search engines).
 */
export function langAttribute(tag: string, pageLanguage: string = siteLanguage()): string | undefined {
  return sameLanguage(tag, pageLanguage) ? undefined : tag;
}
