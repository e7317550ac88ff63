import { getTalk, talkSlugParams } from "@/lib/content/talks";
import { talkCard } from "@/lib/outputs/social-cards";
import { renderSocialImage } from "@/lib/render/social-card";

type Context = {
  params: Promise<{ slug: string }>;
};

// One image per talk, drawn at build like the talk pages; no other slug has one.
export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = talkSlugParams;

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const talk = getTalk(slug);
  if (!talk) return new Response("No such talk", { status: 404 });
  return renderSocialImage(talkCard(talk));
}
