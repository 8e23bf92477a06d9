import { z } from 'zod';
import { TEXT_LIMITS } from './limits.js';

/** The largest PDF a workshop's position paper may be: 10 MB (of 1,048,576 bytes each). */
export const POSITION_PAPER_MAX_MB = 10;
export const POSITION_PAPER_MAX_BYTES = POSITION_PAPER_MAX_MB * 1024 * 1024;

/** Every PDF begins with these bytes; a file that does not is refused whatever it calls itself. */
export const PDF_SIGNATURE = '%PDF-';

/** The name a PDF is kept under when it came without one. */
export const DEFAULT_PAPER_FILE_NAME = 'position-paper.pdf';

const MAX_FILE_NAME = 120;

/** What a screen is told about the attached paper: the written text whole, a PDF only by its name and size. */
export const positionPaperSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('written'), text: z.string(), updatedAtMs: z.number() }),
  z.object({
    kind: z.literal('pdf'),
    fileName: z.string(),
    bytes: z.number().int().min(1),
    updatedAtMs: z.number(),
  }),
]);
export type PositionPaper = z.infer<typeof positionPaperSchema>;

/** A paper written in the board: `PUT …/position-paper` with `{ text }`. Each refusal is a whole sentence. */
export const writtenPaperBodySchema = z.object({
  text: z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const say = (message: string) => ctx.addIssue({ code: 'custom', message });
      if (!text) say('The position paper has no text: write it, or attach a PDF.');
      else if (text.length > TEXT_LIMITS.positionPaper)
        say(
          `The position paper is ${text.length.toLocaleString('en-GB')} characters long; ${TEXT_LIMITS.positionPaper.toLocaleString('en-GB')} is the most.`,
        );
    }),
});
export type WrittenPaperBody = z.infer<typeof writtenPaperBodySchema>;

/** A size as people read it: "840 KB", "2.4 MB", "12 MB". */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return `${mb < 100 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`;
}

/** Why a PDF of this size is refused, or null when it fits. `bytes` null: larger than the limit, by how much unknown. */
export function paperSizeRefusal(bytes: number | null): string | null {
  if (bytes !== null && bytes <= POSITION_PAPER_MAX_BYTES) return null;
  const size = bytes === null ? `over ${POSITION_PAPER_MAX_MB} MB` : describeBytes(bytes);
  return `The position paper is ${size}; the most is ${POSITION_PAPER_MAX_MB} MB.`;
}

export const NOT_A_PDF =
  'This file is not a PDF: attach the position paper as a PDF, or write it in the board.';
export const ONLY_PDF_OR_TEXT =
  'Only a PDF, or text written in the board, can be attached as the position paper.';

/**
 * The name a PDF is kept and offered under: no folders, no control characters or quotes, not too
 * long, ending in ".pdf". A name that leaves nothing becomes "position-paper.pdf".
 */
export function safePaperFileName(given: string | null | undefined): string {
  const base = (given ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base)
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && !'"<>|:*?'.includes(c))
    .join('')
    .trim()
    .replace(/^\.+/, '');
  const stem = cleaned
    .replace(/\.pdf$/i, '')
    .slice(0, MAX_FILE_NAME - 4)
    .trim();
  return stem ? `${stem}.pdf` : DEFAULT_PAPER_FILE_NAME;
}

/** Whether these bytes begin as every PDF does. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Array.from(PDF_SIGNATURE).every((c, i) => bytes[i] === c.charCodeAt(0));
}
