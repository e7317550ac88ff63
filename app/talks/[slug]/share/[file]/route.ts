import { getTalk, getTalks } from "@/lib/content/talks";
import { qrPngBytes, QR_VARIANTS, SHARE_FILES, shortUrl } from "@/lib/outputs/share";
import { qrCodeSvg } from "@/lib/render/qr-code";

/** A talk's short link as a QR code: /talks/<slug>/share/qr-<colouring>.<svg|png> (lib/outputs/share.ts). */

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { slug: string; file: string }[] {
  return getTalks().flatMap((talk) => SHARE_FILES.map((file) => ({ slug: talk.slug, file: file.fileName })));
}

type Context = { params: Promise<{ slug: string; file: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, file: fileName } = await params;
  const talk = getTalk(slug);
  const file = SHARE_FILES.find((candidate) => candidate.fileName === fileName);
  if (!talk || !file) return new Response("Not found", { status: 404 });
  const { colours } = QR_VARIANTS[file.variant];
  if (file.format === "svg") {
    return new Response(await qrCodeSvg(shortUrl(talk), colours), {
      headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(qrPngBytes(talk, file.variant)), {
    headers: { "Content-Type": "image/png" },
  });
}
