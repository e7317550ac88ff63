import type { Slide } from "@/lib/content/deck-pdf";
import { routes } from "@/lib/site/routes";

type Props = {
  hash: string;
  slide: Slide;
  /** The first slide on screen loads at once and first; the rest as they come near. */
  priority?: boolean;
  /** How wide the picture is laid out, for the browser's choice between the two widths. */
  sizes: string;
  className?: string;
};

/**
 * A slide as the browser gets it: WebP at two widths, JPEG at the same two where WebP is not
 * read, with its width and height so that its box is reserved before it loads (no layout
 * shift). Its text is on the page beside it, so the image itself has an empty alt.
 */
export function SlidePicture({ hash, slide, priority = false, sizes, className }: Props) {
  const [small, large] = [...slide.images].sort((a, b) => a.width - b.width);
  if (!small || !large) return null;
  const srcset = (format: "webp" | "jpeg") =>
    slide.images.map((image) => `${routes.deckImage(hash, image[format])} ${image.width}w`).join(", ");
  return (
    <picture>
      <source type="image/webp" srcSet={srcset("webp")} sizes={sizes} />
      <img
        src={routes.deckImage(hash, large.jpeg)}
        srcSet={srcset("jpeg")}
        sizes={sizes}
        width={large.width}
        height={large.height}
        alt=""
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
