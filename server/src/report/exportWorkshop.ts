import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  buildActionReport,
  checksummed,
  readReportContent,
  type ActionReport,
  type Agenda,
  type Backup,
  type BackupPaper,
  type ControlState,
  type ReportContent,
  type ReportInput,
} from '../../../shared/src/index.js';
import type { ControlService } from '../control/controlService.js';
import type { PaperStore, WorkshopStore } from '../store/storage.js';

export interface ExportDeps {
  workshops: WorkshopStore;
  control: ControlService;
  papers: PaperStore;
  /** Reads a workshop's document: live if it is live on this node, else as stored. */
  readDocument: <T>(workshopId: string, read: (doc: Y.Doc) => T) => Promise<T>;
  nowMs: () => number;
}

/** What one reading of a workshop gives: the report's input, and the document as one state update. */
async function readWorkshop(
  deps: ExportDeps,
  workshopId: string,
  timeZone: string,
): Promise<{ input: ReportInput; state: ControlState; update: Uint8Array; createdAgenda: Agenda }> {
  const workshop = (await deps.workshops.find(workshopId))!;
  const createdAtMs = (await deps.workshops.createdAtMs(workshopId))!;
  const { content, update } = await deps.readDocument(workshopId, (doc) => ({
    content: readReportContent(doc) satisfies ReportContent,
    update: Y.encodeStateAsUpdate(doc),
  }));
  const state = await deps.control.current(workshopId);
  const { title, templateId, teams } = workshop;
  const input = { workshop: { title, templateId, teams, createdAtMs }, control: state, content, timeZone };
  return { input, state, update, createdAgenda: workshop.agenda };
}

/** The Action Report of a workshop as it stands now (REPORT-1). */
export async function workshopReport(
  deps: ExportDeps,
  workshopId: string,
  timeZone: string,
): Promise<ActionReport> {
  return buildActionReport((await readWorkshop(deps, workshopId, timeZone)).input);
}

/** SHA-256 in hex of what a backup's checksum covers (REPORT-12). */
export function backupChecksum(backup: Record<string, unknown>): string {
  return createHash('sha256').update(checksummed(backup)).digest('hex');
}

/**
 * The workshop's backup (REPORT-12): its record, its control state section by section (not the
 * commands it has seen: a restored workshop starts with none), its document, its position paper
 * and the report, with a checksum over all of it.
 */
export async function workshopBackup(
  deps: ExportDeps,
  workshopId: string,
  timeZone: string,
): Promise<{ backup: Backup; report: ActionReport }> {
  const { input, state, update, createdAgenda } = await readWorkshop(deps, workshopId, timeZone);
  const report = buildActionReport(input);
  const { version, agenda, clock, board, roster, propositions, witnesses } = state;
  const { pooled, pairs, dissent, chair, actions } = state;
  const body = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(deps.nowMs()).toISOString(),
    workshop: { id: workshopId, ...input.workshop, agenda: createdAgenda },
    control: {
      version,
      agenda,
      clock,
      board,
      roster,
      propositions,
      witnesses,
      pooled,
      pairs,
      dissent,
      chair,
      actions,
    },
    document: Buffer.from(update).toString('base64'),
    positionPaper: await paperOf(deps.papers, workshopId),
    report: report as unknown as Record<string, unknown>,
  };
  // Through JSON once, so the checksum covers exactly what the file will hold (no undefined fields).
  const plain = JSON.parse(JSON.stringify(body)) as Omit<Backup, 'checksum'>;
  return { backup: { ...plain, checksum: backupChecksum(plain) }, report };
}

async function paperOf(papers: PaperStore, workshopId: string): Promise<BackupPaper> {
  const paper = await papers.find(workshopId);
  if (!paper) return null;
  if (paper.kind === 'written') return paper;
  const pdf = (await papers.pdf(workshopId))!;
  return {
    kind: 'pdf',
    fileName: pdf.fileName,
    pdf: pdf.pdf.toString('base64'),
    updatedAtMs: paper.updatedAtMs,
  };
}
