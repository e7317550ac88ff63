import type { Talk } from "@/lib/content/load-talks";
import { talkArt, talkArtBytes, type TalkArt as TalkArtData } from "@/lib/outputs/talk-art";
import { TALK_ART_ASPECT } from "@/lib/render/talk-art";

type Props = {
  talk: Pick<Talk, "slug" | "tags" | "date">;
  /** How wide it is shown, for the browser to pick a file: a `sizes` attribute. */
  sizes: string;
  /** The first picture a visitor sees: fetched at once and first; every other waits until it nears the screen. */
  priority?: boolean;
  /**
   * The AVIF written into the page as a data: URL, at the smaller width or the larger, for a
   * picture on the first screen: it then costs no request, and none of the first screen's
   * pictures delays its largest paint (Lighthouse counted each request started before it).
   */
  inline?: "small" | "large";
  className?: string;
};

/**
 * An AVIF as a data: URL, about 2.5 KB at 640 px and 5 KB at 1280 in base64. The CSP's img-src already
 * allows data: (the cards' icons are data: URLs too).
 */
function inlineAvif(art: TalkArtData, size: "small" | "large"): string {
  const avifs = art.files.filter((file) => file.format === "avif");
  const file = size === "small" ? avifs[0]! : avifs.at(-1)!;
  return `data:image/avif;base64,${talkArtBytes(art, file).toString("base64")}`;
}

/**
 * A talk's artwork (lib/render/talk-art.ts) as a responsive picture: AVIF, else WebP, at the
 * width the screen needs, with its size set so that nothing moves when it arrives. Decorative:
 * the card or page around it says what it shows, so its text alternative is empty.
 */
export function TalkArt({ talk, sizes, priority = false, inline, className }: Props) {
  const art = talkArt(talk);
  const { files } = art;
  const srcSet = (format: "avif" | "webp") =>
    files
      .filter((file) => file.format === format)
      .map((file) => `${file.path} ${file.width}w`)
      .join(", ");
  const fallback = files.find((file) => file.format === "webp")!;
  const height = Math.round((fallback.width * TALK_ART_ASPECT.height) / TALK_ART_ASPECT.width);
  return (
    <picture>
      <source type="image/avif" srcSet={inline ? inlineAvif(art, inline) : srcSet("avif")} sizes={sizes} />
      <img
        src={fallback.path}
        srcSet={srcSet("webp")}
        sizes={sizes}
        width={fallback.width}
        height={height}
        alt=""
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding={priority ? "sync" : "async"}
        className={className}
      />
    </picture>
  );
}
