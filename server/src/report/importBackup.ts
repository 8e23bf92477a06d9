import * as Y from 'yjs';
import {
  BACKUP_CONTROL_SECTIONS,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  describeIssues,
  describeBytes,
  findTemplate,
  looksLikePdf,
  POSITION_PAPER_MAX_BYTES,
  safePaperFileName,
  type Backup,
  type BackupWorkshop,
} from '../../../shared/src/index.js';
import { readStoredControl, type StoredControl } from '../control/storedControl.js';
import { undeclaredKeys } from '../yjs/writeScope.js';
import type { RestoredWorkshop } from '../store/storage.js';
import { backupChecksum } from './exportWorkshop.js';

/** What an import will store, every part checked. */
export interface ImportPlan {
  workshop: BackupWorkshop;
  control: StoredControl;
  /** The document as one state update, re-encoded from the decoded document. */
  snapshot: Uint8Array;
  paper: RestoredWorkshop['paper'];
}

export type ImportCheck =
  { ok: true; plan: ImportPlan } | { ok: false; status: 400 | 413; code: string; message: string };

type Refusal = Extract<ImportCheck, { ok: false }>;

const refuse = (code: string, message: string, status: 400 | 413 = 400): Refusal => ({
  ok: false,
  status,
  code,
  message,
});

const NOT_A_BACKUP =
  'This is not a Challenge Board backup: a backup is the .json file a workshop’s “Backup” download gives.';

/**
 * Checks a backup before anything is stored (REPORT-13): that it is one, of this version,
 * unchanged since it was exported, complete, for a programme this server has, with a document that
 * decodes into the keys this server knows and a control state every section of which reads back.
 */
export function checkBackup(body: unknown, maxDocBytes: number): ImportCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse('not-a-backup', NOT_A_BACKUP);
  const raw = body as Record<string, unknown>;
  if (raw.format !== BACKUP_FORMAT) return refuse('not-a-backup', NOT_A_BACKUP);
  if (raw.version !== BACKUP_VERSION)
    return refuse(
      'unsupported-version',
      `This backup is of format version ${JSON.stringify(raw.version)}; this server reads version ${BACKUP_VERSION}.`,
    );
  if (typeof raw.checksum !== 'string') return incomplete('it has no checksum');
  if (raw.checksum !== backupChecksum(raw))
    return refuse(
      'tampered',
      'This backup has been changed since it was exported: its checksum does not match what it holds, so it cannot be trusted. Export it again from the workshop.',
    );
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return incomplete(describeIssues(parsed.error));
  const backup = parsed.data;
  const template = findTemplate(backup.workshop.templateId);
  if (!template)
    return refuse(
      'unknown-template',
      `This backup’s programme ("${backup.workshop.templateId}") is not one this server has.`,
    );
  const missing = BACKUP_CONTROL_SECTIONS.find((section) => backup.control[section] === undefined);
  if (missing) return incomplete(`its control state has no “${missing}” section`);
  const { control, unreadable } = readStoredControl(
    backup.control,
    backup.workshop.agenda,
    template.room.bodies,
  );
  if (unreadable.length > 0)
    return refuse(
      'bad-control',
      `This backup’s control state does not read back: ${unreadable.map((u) => `${u.section}: ${u.message}`).join('; ')}.`,
    );
  const stray = strayTeam(
    control,
    backup.workshop.teams.map((t) => t.id),
  );
  if (stray) return incomplete(`its ${stray} names a task team the workshop does not have`);
  const snapshot = decodeDocument(backup.document, maxDocBytes);
  if (!snapshot.ok) return snapshot;
  const paper = paperOf(backup.positionPaper);
  if (paper && 'ok' in paper) return paper;
  return {
    ok: true,
    plan: {
      workshop: backup.workshop,
      // Links of the server it came from: no device here speaks through them.
      control: { ...control, roster: { ...control.roster, speakingFor: {} }, recentCommandIds: [] },
      snapshot: snapshot.snapshot,
      paper,
    },
  };
}

/**
 * The parts must fit together: every team the control state names is one of the workshop's. Each
 * part read alone can be well formed and still point at a team that is not there.
 */
function strayTeam(control: StoredControl, teamIds: readonly string[]): string | null {
  const known = (id: string | null | undefined) => id === null || id === undefined || teamIds.includes(id);
  if (!control.roster.members.every((m) => known(m.teamId))) return 'roster';
  if (!control.chair.order.every(known)) return 'order of presentations';
  if (!Object.values(control.board.allocations).every(known)) return 'allocation of a priority';
  if (!control.actions.actions.every((a) => known(a.proposedByTeamId))) return 'list of actions';
  const plan = control.dissent.plan;
  if (plan && !plan.presenting.every(known)) return 'plan of ritual dissent';
  return null;
}

const incomplete = (why: string) =>
  refuse(
    'incomplete-backup',
    `This backup is incomplete or damaged (${why}). Export it again from the workshop.`,
  );

function decodeDocument(base64: string, maxDocBytes: number): { ok: true; snapshot: Uint8Array } | Refusal {
  const bytes = Buffer.from(base64, 'base64');
  const bad = (why: string) =>
    refuse('bad-document', `The workshop’s document in this backup cannot be read: ${why}.`);
  if (bytes.byteLength > maxDocBytes)
    return refuse(
      'too-large',
      `The workshop’s document in this backup is ${describeBytes(bytes.byteLength)}; this server takes at most ${describeBytes(maxDocBytes)}.`,
      413,
    );
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytes);
    // Parts that wait for others the update does not hold: a document cut short.
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
      return bad('part of it is missing');
    const unknown = undeclaredKeys(doc);
    if (unknown.length > 0) return bad(`it holds parts this server does not know (${unknown.join(', ')})`);
    return { ok: true, snapshot: Y.encodeStateAsUpdate(doc) };
  } catch {
    return bad('it is not a workshop document');
  } finally {
    doc.destroy();
  }
}

function paperOf(paper: Backup['positionPaper']): ImportPlan['paper'] | Refusal {
  if (paper === null || paper.kind === 'written') return paper;
  const pdf = Buffer.from(paper.pdf, 'base64');
  if (!looksLikePdf(pdf) || pdf.byteLength > POSITION_PAPER_MAX_BYTES)
    return refuse('bad-paper', 'The position paper in this backup is not a PDF of up to 10 MB.');
  return { kind: 'pdf', fileName: safePaperFileName(paper.fileName), pdf, updatedAtMs: paper.updatedAtMs };
}
