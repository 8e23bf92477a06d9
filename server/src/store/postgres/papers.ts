import type { PositionPaper } from '../../../../shared/src/index.js';
import type { PaperStore, PdfPaper } from '../storage.js';
import { changed, rows, type Sql } from './pool.js';
import { paperOf, type PaperRow } from '../rows.js';

const UPSERT = `
  INSERT INTO position_papers (workshop_id, kind, text, pdf, file_name, bytes, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (workshop_id) DO UPDATE SET kind = excluded.kind, text = excluded.text,
    pdf = excluded.pdf, file_name = excluded.file_name, bytes = excluded.bytes,
    updated_at = excluded.updated_at`;

export async function putWrittenPaper(
  sql: Sql,
  workshopId: string,
  text: string,
  nowMs: number,
): Promise<void> {
  await sql.query(UPSERT, [workshopId, 'written', text, null, null, Buffer.byteLength(text), nowMs]);
}

export async function putPdfPaper(
  sql: Sql,
  workshopId: string,
  paper: PdfPaper,
  nowMs: number,
): Promise<void> {
  await sql.query(UPSERT, [workshopId, 'pdf', null, paper.pdf, paper.fileName, paper.pdf.length, nowMs]);
}

/** One position paper per workshop, outside its document: a written text or a PDF's bytes. */
export class PostgresPaperStore implements PaperStore {
  constructor(private readonly sql: Sql) {}

  async find(workshopId: string): Promise<PositionPaper | undefined> {
    const [row] = await rows<PaperRow>(
      this.sql,
      'SELECT kind, text, file_name, bytes, updated_at FROM position_papers WHERE workshop_id = $1',
      [workshopId],
    );
    if (!row) return undefined;
    return paperOf(row);
  }

  async pdf(workshopId: string): Promise<PdfPaper | undefined> {
    const [row] = await rows<{ pdf: Buffer; file_name: string }>(
      this.sql,
      "SELECT pdf, file_name FROM position_papers WHERE workshop_id = $1 AND kind = 'pdf'",
      [workshopId],
    );
    return row && { fileName: row.file_name, pdf: row.pdf };
  }

  async putWritten(workshopId: string, text: string, nowMs: number): Promise<void> {
    await putWrittenPaper(this.sql, workshopId, text, nowMs);
  }

  async putPdf(workshopId: string, paper: PdfPaper, nowMs: number): Promise<void> {
    await putPdfPaper(this.sql, workshopId, paper, nowMs);
  }

  async delete(workshopId: string): Promise<boolean> {
    return (await changed(this.sql, 'DELETE FROM position_papers WHERE workshop_id = $1', [workshopId])) > 0;
  }
}
