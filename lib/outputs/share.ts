import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type { Talk } from "../content/load-talks";
import { QR_CACHE_DIRECTORY } from "../paths.mjs";
import { qrCodePng, type QrColours } from "../render/qr-code";
import { absoluteUrl, routes } from "../site/routes";

/**
 * What a talk gives to share it: its short link (/t/<code>, lib/content/short-codes.ts) as an
 * absolute URL, and that URL's QR code in three colourings, each as SVG and PNG, for the last
 * slide: the light theme's, the dark theme's (light on dark, for a dark slide), and plain black
 * on white, which every scanner reads and every printer prints.
 */

/** The colourings, in the order the page offers them. */
export const QR_VARIANT_NAMES = ["light", "dark", "plain"] as const;
export type QrVariant = (typeof QR_VARIANT_NAMES)[number];

/** Each colouring: the themes' ink and page colours (app/globals.css), and plain black on white. */
export const QR_VARIANTS: Record<QrVariant, { label: string; colours: QrColours }> = {
  light: { label: "Light", colours: { modules: "#18181b", background: "#fafaf9" } },
  // Light on dark: phones' cameras read it, some older scanner apps do not (the page says so).
  dark: { label: "Dark", colours: { modules: "#f4f4f5", background: "#0c0c10" } },
  plain: { label: "Black on white", colours: { modules: "#000000", background: "#ffffff" } },
};

export type QrFormat = "svg" | "png";

/** A PNG as wide as a third of a 1080p slide's height is tall, twice over for a sharp projector. */
export const QR_PNG_WIDTH = 1024;

export type ShareFile = { fileName: string; variant: QrVariant; format: QrFormat };

/** Every file a talk's Share section offers: each colouring, SVG and PNG. */
export const SHARE_FILES: readonly ShareFile[] = QR_VARIANT_NAMES.flatMap((variant) =>
  (["svg", "png"] as const).map((format) => ({ fileName: `qr-${variant}.${format}`, variant, format })),
);

/** The talk's short link, absolute: what goes on the slide and into the QR code. */
export function shortUrl(talk: Pick<Talk, "shortCode">, origin?: string): string {
  return absoluteUrl(routes.shortLink(talk.shortCode), origin);
}

/** The name a downloaded file is saved under: "tzop-qr-light.png". */
export function downloadName(talk: Pick<Talk, "shortCode">, file: ShareFile): string {
  return `${talk.shortCode}-${file.fileName}`;
}

/** Bumped when qrCodePng draws differently, so that no picture drawn before is kept. */
const QR_PNG_VERSION = 1;

/**
 * A talk's QR code as PNG, encoded once and then read from Next's cache folder (Vercel keeps it
 * between builds): a 1024 px PNG takes 15-35 ms to encode, three a talk.
 */
export function qrPngBytes(talk: Pick<Talk, "shortCode">, variant: QrVariant): Buffer {
  const url = shortUrl(talk);
  const { colours } = QR_VARIANTS[variant];
  const key = createHash("sha256")
    .update(JSON.stringify({ version: QR_PNG_VERSION, url, colours, width: QR_PNG_WIDTH }))
    .digest("hex")
    .slice(0, 16);
  const cached = path.join(QR_CACHE_DIRECTORY, `${key}.png`);
  try {
    return fs.readFileSync(cached);
  } catch {
    const bytes = qrCodePng(url, colours, QR_PNG_WIDTH);
    fs.mkdirSync(QR_CACHE_DIRECTORY, { recursive: true });
    // Written aside and renamed: two build workers encoding one file never leave half of it.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, cached);
    return bytes;
  }
}
