import type { Talk } from "@/lib/content/load-talks";
import { talkArt } from "@/lib/outputs/talk-art";
import { TALK_ART_ASPECT } from "@/lib/render/talk-art";

type Props = {
  talk: Pick<Talk, "slug" | "tags" | "date">;
  /** How wide it is shown, for the browser to pick a file: a `sizes` attribute. */
  sizes: string;
  /** The first picture a visitor sees: fetched at once and first; every other waits until it nears the screen. */
  priority?: boolean;
  className?: string;
};

/**
 * A talk's artwork (lib/render/talk-art.ts) as a responsive picture: AVIF, else WebP, at the
 * width the screen needs, with its size set so that nothing moves when it arrives. Decorative:
 * the card or page around it says what it shows, so its text alternative is empty.
 */
export function TalkArt({ talk, sizes, priority = false, className }: Props) {
  const { files } = talkArt(talk);
  const srcSet = (format: "avif" | "webp") =>
    files
      .filter((file) => file.format === format)
      .map((file) => `${file.path} ${file.width}w`)
      .join(", ");
  const fallback = files.find((file) => file.format === "webp")!;
  const height = Math.round((fallback.width * TALK_ART_ASPECT.height) / TALK_ART_ASPECT.width);
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet("avif")} sizes={sizes} />
      {}
      <img
        src={fallback.path}
        srcSet={srcSet("webp")}
        sizes={sizes}
        width={fallback.width}
        height={height}
        alt=""
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
