import { createCanvas } from "@napi-rs/canvas";
import QRCode from "qrcode";

/**
 * A QR code for a URL, made at build by the qrcode package: an SVG that scales to any slide,
 * and a PNG for tools that take only pictures, its modules drawn on Skia's canvas (qrcode's
 * own PNG writer, pure JavaScript, took 50-80 ms a picture: minutes at 1000 talks). Error correction M (15% of the code may be
 * lost: a projector's glare, a slide's corner), and the 4-module quiet zone the standard asks
 * for, so that a code placed on a busy slide still scans.
 */

export type QrColours = {
  /** The modules' colour, "#rrggbb". */
  modules: string;
  /** The background's, quiet zone included. */
  background: string;
};

const ERROR_CORRECTION = "M";
const QUIET_ZONE_MODULES = 4;

/** An SVG of the code, with its own background. */
export function qrCodeSvg(text: string, colours: QrColours): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: QUIET_ZONE_MODULES,
    color: { dark: colours.modules, light: colours.background },
  });
}

/**
 * A square PNG of the code, `width` pixels wide: each module a whole number of pixels (a
 * scanner reads sharp edges best), the code centred, its quiet zone at least 4 modules.
 */
export function qrCodePng(text: string, colours: QrColours, width: number): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  const scale = Math.floor(width / (modules.size + 2 * QUIET_ZONE_MODULES));
  const offset = Math.floor((width - modules.size * scale) / 2);
  const canvas = createCanvas(width, width);
  const context = canvas.getContext("2d");
  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, width);
  context.fillStyle = colours.modules;
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column)) context.fillRect(offset + column * scale, offset + row * scale, scale, scale);
  return canvas.encodeSync("png");
}
