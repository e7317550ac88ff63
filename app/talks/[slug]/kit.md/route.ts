import { getProfile } from "@/lib/content/profile";
import { getTalk, talkSlugParams } from "@/lib/content/talks";
import { talkKitMarkdown } from "@/lib/outputs/organiser-kit";

/** The talk as Markdown for a CFP form: /talks/<slug>/kit.md (lib/outputs/organiser-kit.ts). */

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = talkSlugParams;

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const talk = getTalk((await params).slug);
  if (!talk) return new Response("Not found", { status: 404 });
  return new Response(talkKitMarkdown(talk, getProfile()), {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
}
