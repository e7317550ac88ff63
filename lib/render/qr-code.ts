import QRCode from "qrcode";

/**
 * A QR code for a URL, drawn at build by the qrcode package: an SVG that scales to any slide,
 * and a PNG for tools that take only pictures. Error correction M (15% of the code may be
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

/** A square PNG of the code, `width` pixels wide. */
export function qrCodePng(text: string, colours: QrColours, width: number): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: "png",
    width,
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: QUIET_ZONE_MODULES,
    color: { dark: colours.modules, light: colours.background },
  });
}
