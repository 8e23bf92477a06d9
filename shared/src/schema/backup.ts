import { z } from 'zod';
import { agendaSchema } from './agenda.js';
import { createWorkshopBodySchema, MAX_TEAMS } from './api.js';
import { TEXT_LIMITS } from './limits.js';

/**
 * A workshop's backup (`GET …/report.json`, REPORT-12): everything needed to make it again on
 * another server (`POST /api/workshops/import`), and the Action Report it gave when exported.
 */
export const BACKUP_FORMAT = 'challenge-board-backup';
export const BACKUP_VERSION = 1;
/** The largest backup a server takes: a full document (16 MB), a 10 MB PDF, as base64, and room. */
export const BACKUP_MAX_MB = 50;

/** The control state's sections, each read back with its own stored schema (every one is in a backup). */
export const BACKUP_CONTROL_SECTIONS = [
  'version',
  'agenda',
  'clock',
  'board',
  'roster',
  'propositions',
  'witnesses',
  'pooled',
  'pairs',
  'dissent',
  'chair',
  'actions',
] as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'it is not base64');
const id = z.string().min(1).max(64);

export const backupWorkshopSchema = z.object({
  /** Its id where it was exported; the import makes it under a new one. */
  id: z.string(),
  title: createWorkshopBodySchema.shape.title,
  templateId: z.string().min(1).max(64),
  teams: z
    .array(z.object({ id, name: z.string().trim().min(1).max(TEXT_LIMITS.teamName) }))
    .min(1)
    .max(MAX_TEAMS)
    .refine((teams) => new Set(teams.map((t) => t.id)).size === teams.length, 'two teams have one id'),
  /** The agenda it was created with; the live one is the control state's. */
  agenda: agendaSchema,
  createdAtMs: z.number().int().min(0),
});
export type BackupWorkshop = z.infer<typeof backupWorkshopSchema>;

export const backupPaperSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('written'),
      text: z.string().trim().min(1).max(TEXT_LIMITS.positionPaper),
      updatedAtMs: z.number(),
    }),
    z.object({
      kind: z.literal('pdf'),
      fileName: z.string().min(1).max(120),
      pdf: base64,
      updatedAtMs: z.number(),
    }),
  ])
  .nullable();
export type BackupPaper = z.infer<typeof backupPaperSchema>;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  workshop: backupWorkshopSchema,
  /** The stored control state, section by section (`BACKUP_CONTROL_SECTIONS`). */
  control: z.record(z.string(), z.unknown()),
  /** The Yjs document as one state update (`Y.encodeStateAsUpdate`), base64. */
  document: base64,
  positionPaper: backupPaperSchema,
  /** The Action Report's model when it was exported: for reading, never read back. */
  report: z.record(z.string(), z.unknown()),
  /** SHA-256, hex, of `canonicalJson` of everything else. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'it is not a SHA-256 in hex'),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * One way to write a JSON value: keys sorted at every level, no spaces. The checksum is taken over
 * this, so a backup re-indented by an editor still checks, and one with a changed character does not.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What the checksum covers: the whole backup but the checksum itself. */
export function checksummed(backup: Record<string, unknown>): string {
  const { checksum: _checksum, ...body } = backup;
  return canonicalJson(body);
}
