import { getTalk, talkSlugParams } from "@/lib/content/talks";
import { embedCardHtml } from "@/lib/outputs/embed-card";
import { site } from "@/lib/site/site";

/** A talk's card for other sites to frame: /talks/<slug>/embed (lib/outputs/embed-card.ts). */

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = talkSlugParams;

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const talk = getTalk((await params).slug);
  if (!talk) return new Response("Not found", { status: 404 });
  return new Response(embedCardHtml(talk, { name: site.name, url: site.url }), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}
