import { getAllDecks, readDeckImage } from "@/lib/content/decks";

/**
 * The slides' images: /deck-images/<hash>/<file>, one folder per PDF (by its content), written
 * to out/ by the export from the decks rendered at build (lib/content/deck-pdf.ts). The URL changes
 * whenever the PDF does, so a cached image is never stale.
 */

export const dynamic = "force-static";
export const dynamicParams = false;

const CONTENT_TYPES: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg" };

// With output: "export", Next refuses a dynamic route whose generateStaticParams is empty, as
// it is when no talk has a PDF deck (the seed's case). Then the route names this placeholder
// alone and answers it 410 Gone, for which the export writes no file (as the calendar files'
// route does: app/talks/[slug]/[eventFile]/route.ts).
const NO_DECK = { hash: "_no-pdf-deck", file: "none.webp" };

export async function generateStaticParams(): Promise<{ hash: string; file: string }[]> {
  const files = (await getAllDecks()).flatMap((deck) =>
    deck.slides.flatMap((slide) =>
      slide.images.flatMap((image) => [image.webp, image.jpeg].map((file) => ({ hash: deck.hash, file }))),
    ),
  );
  return files.length > 0 ? files : [NO_DECK];
}

type Context = { params: Promise<{ hash: string; file: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { hash, file } = await params;
  const deck = (await getAllDecks()).find((candidate) => candidate.hash === hash);
  const known = deck?.slides.some((slide) => slide.images.some((image) => image.webp === file || image.jpeg === file));
  const type = CONTENT_TYPES[file.split(".").pop() ?? ""];
  if (!deck || !known || !type) return new Response("No such slide image", { status: 410 });
  return new Response(new Uint8Array(readDeckImage(deck, file)), { headers: { "Content-Type": type } });
}
