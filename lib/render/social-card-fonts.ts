import fs from "node:fs";
import path from "node:path";

import { FONTS_DIRECTORY } from "../paths.mjs";

type FontFile = { name: string; file: string; weight: 400 | 700 };

// Inter in two subsets, Latin and Latin Extended (names such as "Bartłomiej Płotka"), as
// woff: the image renderer reads TrueType, OpenType and woff, not woff2. Each subset has a
// name of its own because the renderer keeps one font per name and weight, and looks for
// a missing glyph in the other names; with one name, "ł" would be sought on the network.
const FONT_FILES: readonly FontFile[] = [
  { name: "Inter", file: "inter-latin-400-normal.woff", weight: 400 },
  { name: "Inter", file: "inter-latin-700-normal.woff", weight: 700 },
  { name: "Inter Latin Extended", file: "inter-latin-ext-400-normal.woff", weight: 400 },
  { name: "Inter Latin Extended", file: "inter-latin-ext-700-normal.woff", weight: 700 },
];

export type LoadedFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let cachedFonts: LoadedFont[] | undefined;

/** The fonts from assets/fonts, read once per process: every image uses all four. */
export function loadSocialImageFonts(): LoadedFont[] {
  cachedFonts ??= FONT_FILES.map(({ name, file, weight }) => ({
    name,
    data: fs.readFileSync(path.join(FONTS_DIRECTORY, file)),
    weight,
    style: "normal",
  }));
  return cachedFonts;
}
