import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SmartLink } from "@/components/ui/smart-link";
import { getTalks } from "@/lib/content/talks";
import { routes } from "@/lib/site/routes";

/**
 * A talk's short link, /t/<code>, for the last slide. Vercel answers it with a redirect (from
 * next.config.ts), as do Cloudflare Pages and `npm start` from out/_redirects; on any other host
 * this page is what is served: it sends the browser on without script (a refresh of 0 s) and
 * links the talk for anyone whose browser does not follow.
 */

type Props = { params: Promise<{ code: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { code: string }[] {
  return getTalks().map((talk) => ({ code: talk.shortCode }));
}

function talkOf(code: string) {
  return getTalks().find((talk) => talk.shortCode === code);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const talk = talkOf((await params).code);
  if (!talk) return {};
  // Not a page of its own for search engines: its canonical URL is the talk's page. (No noindex:
  // the build step that removes the client runtime takes a noindex page for a notFound() placeholder.)
  return { title: talk.title, alternates: { canonical: routes.talk(talk.slug) } };
}

export default async function ShortLinkPage({ params }: Props) {
  const talk = talkOf((await params).code);
  if (!talk) notFound();
  const href = routes.talk(talk.slug);
  return (
    <div className="mx-auto max-w-3xl py-16">
      {/* React places it in <head>. */}
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <p className="text-lg text-muted">This short link leads to the talk</p>
      <p className="mt-2 text-2xl font-semibold tracking-tight">
        <SmartLink href={href} className="text-accent underline underline-offset-3">
          {talk.title}
        </SmartLink>
      </p>
    </div>
  );
}
