/**
 * A valid one-page PDF of a few hundred bytes with one line of text, for tests that need a
 * deck the browser can open. Built here, with its cross-reference offsets computed, so that
 * no placeholder PDF ships in public/.
 */
export function minimalPdf(text: string): Buffer {
  // PDF strings escape backslashes and parentheses; keep to ASCII so one character is one byte.
  const escaped = text.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, "\\$&");
  const stream = `BT /F1 48 Tf 72 270 Td (${escaped}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    // A 16:9 page, as a deck's slides are.
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xrefOffset = body.length;
  // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n/f, CR LF.
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n\r\n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
