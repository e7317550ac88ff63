import { inflateSync } from "node:zlib";

import { PDFArray, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";

/**
 * What a PDF's compressed streams become once inflated, measured before pdf.js sees them.
 * The file's size says little: a 261 KB PDF whose one page stream inflates to 256 MiB passes
 * any size limit, then costs pdf.js 23-29 s and 914 MB to draw one slide. pdf-lib reads the
 * file's objects (not their drawing), and zlib inflates each Flate stream with a ceiling, so
 * that a bomb stops at the limit instead of filling memory.
 */

/**
 * A stream that is not an image (a page's drawing, a font, a form): a slide's drawing is
 * 10-500 KB, a chart-heavy one 1-2 MB. pdf.js keeps each drawing operator as an object: a
 * drawing of the densest operators costs about 45 times its size in memory while it is drawn
 * (16 MiB took 7.9 s and 705 MB here), so the bound is kept close to what slides need.
 */
export const MAX_PDF_STREAM_BYTES = 4 * 1024 * 1024;

/** An image: a 4,000 × 3,000 photo with an alpha channel is 48 MB raw. */
export const MAX_PDF_IMAGE_BYTES = 64 * 1024 * 1024;

/**
 * Every stream that is not an image, together: 80 slides of 200 KB drawings and a few embedded
 * fonts are about 20 MB; 300 slides of 100 KB, 30 MB. pdf.js turns drawings into objects of several times their size, so this
 * is what bounds a deck's rendering time and memory (docs/authoring.md gives the figures).
 */
export const MAX_PDF_DRAWING_BYTES = 32 * 1024 * 1024;

/** Everything inflated, together: a 50 MB deck of photos (compressed about 2:1 by Flate) is well under. */
export const MAX_PDF_DECODED_BYTES = 512 * 1024 * 1024;

export type StreamBudget = { stream: number; image: number; drawings: number; total: number };

const DEFAULT_BUDGET: StreamBudget = {
  stream: MAX_PDF_STREAM_BYTES,
  image: MAX_PDF_IMAGE_BYTES,
  drawings: MAX_PDF_DRAWING_BYTES,
  total: MAX_PDF_DECODED_BYTES,
};

/** Why the PDF's streams inflate beyond the budget, for the author; undefined when they do not (or pdf-lib cannot read the file, which pdf.js then reports). */
export async function inflatedSizeProblem(bytes: Uint8Array, budget: StreamBudget = DEFAULT_BUDGET): Promise<string | undefined> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: false, updateMetadata: false });
  } catch {
    return undefined;
  }
  let total = 0;
  let drawings = 0;
  for (const [reference, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || !isFlate(object)) continue;
    const isImage = object.dict.get(PDFName.of("Subtype")) === PDFName.of("Image");
    // The tightest of the limits this stream counts against, and what to call it.
    const limits: [number, string][] = [
      isImage ? [budget.image, `the ${megabytes(budget.image)} one image may`] : [budget.stream, `the ${megabytes(budget.stream)} one drawing may`],
      [budget.total - total, `the ${megabytes(budget.total)} all of a deck's streams may inflate to`],
      ...(isImage ? [] : [[budget.drawings - drawings, `the ${megabytes(budget.drawings)} all of a deck's drawings and fonts may inflate to`] as [number, string]]),
    ];
    const [limit, ceiling] = limits.reduce((tightest, candidate) => (candidate[0] < tightest[0] ? candidate : tightest));
    let size: number;
    try {
      size = inflateSync(object.contents, { maxOutputLength: limit + 1 }).length;
    } catch (error) {
      // Past the ceiling: zlib stops there. Any other failure (a damaged or encrypted stream) is pdf.js's to report.
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") size = limit + 1;
      else continue;
    }
    if (size > limit) {
      const what = isImage ? "an image" : "a drawing (a page's content, a font or a form)";
      return `object ${reference.objectNumber} of the PDF, ${what}, inflates to more than ${ceiling} (a small file can expand to gigabytes): export the deck again from its app, or link it as an http(s) URL`;
    }
    total += size;
    if (!isImage) drawings += size;
  }
  return undefined;
}

function isFlate(stream: PDFRawStream): boolean {
  const filter = stream.dict.get(PDFName.of("Filter"));
  if (filter instanceof PDFArray) return filter.asArray().some((entry) => entry === PDFName.of("FlateDecode"));
  return filter === PDFName.of("FlateDecode");
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
