import {
  agendaSchema,
  type PositionPaper,
  type Role,
  type Team,
  type WorkshopSummary,
} from '../../../shared/src/index.js';
import type { Link, LinkRecord } from './storage.js';

// The rows both engines read, by the same column names: one mapping from columns to the interface.

export interface LinkRow {
  id: string;
  workshop_id: string;
  role: Role;
  team_id: string | null;
  name: string | null;
  join_code: string | null;
  witness_id: string | null;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

export const linkOf = (row: LinkRow): Link => ({
  id: row.id,
  workshopId: row.workshop_id,
  role: row.role,
  teamId: row.team_id,
  name: row.name,
  joinCode: row.join_code,
  witnessId: row.witness_id,
});

export const linkRecordOf = (row: LinkRow): LinkRecord => ({
  ...linkOf(row),
  joinCode: row.join_code,
  createdAtMs: row.created_at,
  lastSeenAtMs: row.last_seen_at,
  revokedAtMs: row.revoked_at,
});

/** How often "last seen" is written for one link: a burst of reconnects is not a burst of writes. */
export const SEEN_RESOLUTION_MS = 30_000;

export interface PaperRow {
  kind: 'written' | 'pdf';
  text: string | null;
  file_name: string | null;
  bytes: number;
  updated_at: number;
}

/** What the screens are told: a written paper whole, a PDF by its name and size. */
export const paperOf = (row: PaperRow): PositionPaper =>
  row.kind === 'written'
    ? { kind: 'written', text: row.text ?? '', updatedAtMs: row.updated_at }
    : { kind: 'pdf', fileName: row.file_name ?? '', bytes: row.bytes, updatedAtMs: row.updated_at };

export interface WorkshopRow {
  id: string;
  title: string;
  template_id: string;
  agenda: string;
  follows: string | null;
}

export const workshopOf = (row: WorkshopRow, teams: Team[]): WorkshopSummary => ({
  id: row.id,
  title: row.title,
  templateId: row.template_id,
  agenda: agendaSchema.parse(JSON.parse(row.agenda)),
  teams,
  follows: row.follows,
});
