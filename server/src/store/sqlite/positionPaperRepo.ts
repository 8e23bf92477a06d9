import type { PositionPaper } from '../../../../shared/src/index.js';
import type { PdfPaper } from '../storage.js';
import type { Db } from './db.js';
import { paperOf, type PaperRow } from '../rows.js';

/**
 * One position paper per workshop, in its own table: the live document never carries a 10 MB file,
 * and a restart finds the paper where it was.
 */
export class PositionPaperRepo {
  private readonly selectPaper;
  private readonly selectPdf;
  private readonly upsert;
  private readonly remove;

  constructor(db: Db) {
    this.selectPaper = db.prepare<[string], PaperRow>(
      'SELECT kind, text, file_name, bytes, updated_at FROM position_papers WHERE workshop_id = ?',
    );
    this.selectPdf = db.prepare<[string], { pdf: Buffer; file_name: string }>(
      "SELECT pdf, file_name FROM position_papers WHERE workshop_id = ? AND kind = 'pdf'",
    );
    this.upsert = db.prepare(
      `INSERT INTO position_papers (workshop_id, kind, text, pdf, file_name, bytes, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workshop_id) DO UPDATE SET kind = excluded.kind, text = excluded.text,
         pdf = excluded.pdf, file_name = excluded.file_name, bytes = excluded.bytes,
         updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM position_papers WHERE workshop_id = ?');
  }

  /** What the screens are told: a written paper whole, a PDF by its name and size. */
  find(workshopId: string): PositionPaper | undefined {
    const row = this.selectPaper.get(workshopId);
    if (!row) return undefined;
    return paperOf(row);
  }

  pdf(workshopId: string): PdfPaper | undefined {
    const row = this.selectPdf.get(workshopId);
    return row && { fileName: row.file_name, pdf: row.pdf };
  }

  /** Replaces whatever paper the workshop had with this written one. */
  putWritten(workshopId: string, text: string, nowMs: number): void {
    this.upsert.run(workshopId, 'written', text, null, null, Buffer.byteLength(text), nowMs);
  }

  /** Replaces whatever paper the workshop had with this PDF. */
  putPdf(workshopId: string, paper: PdfPaper, nowMs: number): void {
    this.upsert.run(workshopId, 'pdf', null, paper.pdf, paper.fileName, paper.pdf.length, nowMs);
  }

  /** True when there was a paper to remove. */
  delete(workshopId: string): boolean {
    return this.remove.run(workshopId).changes > 0;
  }
}
