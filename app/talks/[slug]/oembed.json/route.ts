import { getTalk, talkSlugParams } from "@/lib/content/talks";
import { talkOembed } from "@/lib/outputs/oembed";
import { absoluteUrl, routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";

/** A talk's oEmbed answer: /talks/<slug>/oembed.json (lib/outputs/oembed.ts). */

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = talkSlugParams;

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const talk = getTalk((await params).slug);
  if (!talk) return new Response("Not found", { status: 404 });
  return Response.json(talkOembed(talk, { name: site.name, url: site.url, authorUrl: absoluteUrl(routes.about) }));
}
