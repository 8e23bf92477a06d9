/**
 * A minimal valid one-page PDF (PDF 1.4, Helvetica, a line of text or several) with a correct
 * cross-reference table, so a real viewer opens it. `padTo` grows it with a comment to a given size.
 */
export function onePagePdf(
  lines: string | string[] = 'The three challenges in the council’s area',
  padTo = 0,
): Uint8Array {
  const shown = (typeof lines === 'string' ? [lines] : lines).map(
    (line) => `(${line.replace(/[^\x20-\x7e]/g, "'").replace(/[()\\]/g, (c) => `\\${c}`)}) Tj T*`,
  );
  const content = `BT /F1 14 Tf 20 TL 72 760 Td ${shown.join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xrefAt = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const bytes = new TextEncoder().encode(pdf);
  if (padTo <= bytes.length) return bytes;
  // A PDF may carry trailing comment lines after %%EOF; readers ignore them.
  const padded = new Uint8Array(padTo).fill(0x20);
  padded.set(bytes);
  padded[padTo - 1] = 0x0a;
  padded[bytes.length] = 0x25; // '%': the rest is one long comment line
  return padded;
}

/** The eight bytes every PNG begins with, and a little more: a file that is plainly not a PDF. */
export const pngBytes = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

/** Attaches a PDF as the workshop's position paper, as the console does. */
export async function attachPaper(
  baseUrl: string,
  workshop: { id: string; facilitatorToken: string },
  pdf: Uint8Array,
  fileName: string,
): Promise<void> {
  const res = await fetch(
    `${baseUrl}/api/workshops/${workshop.id}/position-paper?fileName=${encodeURIComponent(fileName)}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${workshop.facilitatorToken}` },
      body: Buffer.from(pdf),
    },
  );
  if (!res.ok) throw new Error(`attach the position paper: ${res.status} ${await res.text()}`);
}
