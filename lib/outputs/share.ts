import type { Talk } from "../content/load-talks";
import type { QrColours } from "../render/qr-code";
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
