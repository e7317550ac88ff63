import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type { Talk } from "../content/load-talks";
import { TALK_ART_CACHE_DIRECTORY } from "../paths.mjs";
import {
  encodeTalkArt,
  TALK_ART_FORMATS,
  TALK_ART_VERSION,
  TALK_ART_WIDTHS,
  type TalkArtFormat,
  type TalkArtInput,
  type TalkArtPalette,
  type TalkArtWidth,
} from "../render/talk-art";
import { routes } from "../site/routes";
import { topicSlug } from "../site/topics";

/**
 * Which artwork each talk gets, and its files: `/talk-art/<slug>-<hash>-<width>.<format>`. The
 * hash is of what the drawing is made from, so a file's URL changes when its picture does and a
 * cached one is never stale.
 */

/** The colours of a talk's artwork follow the first of its topics that has some; flame otherwise. */
const PALETTE_BY_TOPIC: Record<string, TalkArtPalette> = {
  go: "tide",
  kubernetes: "tide",
  prometheus: "gold",
  thanos: "gold",
  observability: "gold",
  ebpf: "ember",
  rust: "ember",
  security: "ember",
};

export type TalkArtFile = { fileName: string; path: string; width: TalkArtWidth; format: TalkArtFormat };

export type TalkArt = { input: TalkArtInput; files: TalkArtFile[] };

export function talkArt(talk: Pick<Talk, "slug" | "tags" | "date">): TalkArt {
  const palette = talk.tags.map((tag) => PALETTE_BY_TOPIC[topicSlug(tag)]).find((found) => found !== undefined);
  const input: TalkArtInput = { seed: talk.slug, palette: palette ?? "flame", year: talk.date.year };
  const hash = createHash("sha256")
    .update(JSON.stringify({ version: TALK_ART_VERSION, ...input }))
    .digest("hex")
    .slice(0, 10);
  const files = TALK_ART_WIDTHS.flatMap((width) =>
    TALK_ART_FORMATS.map((format) => {
      const fileName = `${talk.slug}-${hash}-${width}.${format}`;
      return { fileName, path: routes.talkArt(fileName), width, format };
    }),
  );
  return { input, files };
}

/**
 * One file's bytes, drawn once and then read from Next's cache folder: a build draws only the
 * pictures that changed (an AVIF at 1280 px takes about 0.3 s to encode).
 */
export function talkArtBytes(art: TalkArt, file: TalkArtFile): Buffer {
  const cached = path.join(TALK_ART_CACHE_DIRECTORY, file.fileName);
  try {
    return fs.readFileSync(cached);
  } catch {
    const bytes = encodeTalkArt(art.input, file.width, file.format);
    fs.mkdirSync(TALK_ART_CACHE_DIRECTORY, { recursive: true });
    // Written aside and renamed: two build workers drawing one file never leave half of it.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, cached);
    return bytes;
  }
}
