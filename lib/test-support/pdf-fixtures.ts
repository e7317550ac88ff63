import PDFDocument from "pdfkit";

/**
 * PDF decks made by the tests, so that no binary fixture is committed and each test shows
 * what its deck holds. pdfkit writes them in a few milliseconds a page, with the standard
 * fonts, which every PDF reader must supply (pdf.js takes them from pdfjs-dist's
 * standard_fonts/, as it does for real decks).
 */

/** 16:9 at PowerPoint's and Keynote's default page size in points (13.333 × 7.5 in). */
export const FIXTURE_PAGE = { width: 960, height: 540 } as const;

/** The password that encryptedPdf() needs to open. */
export const FIXTURE_PASSWORD = "open-sesame";

// A fixed date: pdfkit stamps the time of writing otherwise, and a deck's cache key is its bytes.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

/** Distinct on each page so that a slide whose images got swapped or dropped shows up. */
const SHAPE_COLOURS = ["#d03030", "#2f7d32", "#1f5fbf", "#c07a00", "#7b3fa0"] as const;

function writePdf(options: PDFKit.PDFDocumentOptions, draw: (document: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: [FIXTURE_PAGE.width, FIXTURE_PAGE.height],
      margin: 0,
      autoFirstPage: false,
      info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: "pdf-fixtures", Creator: "pdf-fixtures" },
      ...options,
    });
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
    draw(document);
    document.end();
  });
}

function drawSlide(document: PDFKit.PDFDocument, text: string, index: number): void {
  document.addPage();
  document.rect(60, 340, 320, 140).fill(SHAPE_COLOURS[index % SHAPE_COLOURS.length] ?? "#d03030");
  // A "\n" in the text makes a line of its own, as a slide's title and subtitle would be.
  document.fillColor("#102040").font("Helvetica-Bold").fontSize(56).text(text, 60, 60, { width: 840, lineGap: 4 });
}

/** One 16:9 landscape page per text: the text large near the top, and a coloured block below it. */
export function multiPagePdf(texts: readonly string[]): Promise<Buffer> {
  return writePdf({}, (document) => texts.forEach((text, index) => drawSlide(document, text, index)));
}

/** A one-page deck that needs FIXTURE_PASSWORD to open (a user password, not only an owner one). */
export function encryptedPdf(): Promise<Buffer> {
  return writePdf({ pdfVersion: "1.7", userPassword: FIXTURE_PASSWORD, ownerPassword: `${FIXTURE_PASSWORD}-owner` }, (document) =>
    drawSlide(document, "Secret slide", 0),
  );
}

/**
 * A one-page deck with only an owner password (it restricts printing and copying): every
 * reader opens it without asking, and so does the deck loader.
 */
export function ownerPasswordPdf(): Promise<Buffer> {
  return writePdf(
    { pdfVersion: "1.7", ownerPassword: `${FIXTURE_PASSWORD}-owner`, permissions: { printing: "lowResolution", copying: false } },
    (document) => drawSlide(document, "Owner password only", 0),
  );
}

/**
 * A real deck cut off at 40 % of its bytes, as an interrupted upload or copy leaves it: it
 * starts with a %PDF header, but its page tree and cross-reference table are gone.
 */
export async function brokenPdf(): Promise<Buffer> {
  const whole = await multiPagePdf(["Cut short", "Never seen"]);
  return whole.subarray(0, Math.floor(whole.length * 0.4));
}

/** A well-formed PDF whose page tree is empty (Count 0), as some exporters write on failure. */
export function zeroPagePdf(): Promise<Buffer> {
  return writePdf({}, () => {});
}
