import { getTalks } from "@/lib/content/talks";
import { talkArt, talkArtBytes } from "@/lib/outputs/talk-art";

/** Each talk's artwork as files: /talk-art/<slug>-<hash>-<width>.<avif|webp>, drawn at build. */

export const dynamic = "force-static";
export const dynamicParams = false;

const CONTENT_TYPES = { avif: "image/avif", webp: "image/webp" } as const;

function allFiles() {
  return getTalks().flatMap((talk) => {
    const art = talkArt(talk);
    return art.files.map((file) => ({ art, file }));
  });
}

export function generateStaticParams(): { file: string }[] {
  return allFiles().map(({ file }) => ({ file: file.fileName }));
}

type Context = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { file: fileName } = await params;
  const found = allFiles().find(({ file }) => file.fileName === fileName);
  if (!found) return new Response("No such picture", { status: 404 });
  const bytes = talkArtBytes(found.art, found.file);
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": CONTENT_TYPES[found.file.format] } });
}
