import type { Agenda, PositionPaper, Role, Team, WorkshopSummary } from '../../../shared/src/index.js';

/**
 * Everything the server keeps, behind one interface with two engines: SQLite in the data folder
 * (the default, one node) and PostgreSQL from `DATABASE_URL` (several nodes). Every call is
 * asynchronous because PostgreSQL is; the SQLite engine answers from better-sqlite3 at once.
 *
 * Writes that only the workshop's owner may make (its document and its control state) carry the
 * owner's lease epoch and are refused with `FencedError` once another node has taken the workshop.
 */
export interface Storage {
  readonly engine: 'sqlite' | 'postgres';
  readonly docs: DocStore;
  readonly leases: LeaseStore;
  readonly control: ControlStore;
  readonly workshops: WorkshopStore;
  readonly links: LinkStore;
  readonly joinCodes: JoinCodeStore;
  readonly papers: PaperStore;
  /** Makes a checked backup's workshop again, all of it in one transaction or nothing (REPORT-13). */
  restore(record: RestoredWorkshop): Promise<void>;
  /** Stops: what is committed stays; nothing is accepted afterwards. */
  close(): Promise<void>;
}

/** A lease's epoch: one more every time a workshop changes owner. */
export type Epoch = number;

/** The write was refused: another node owns the workshop now (its lease has a newer epoch). */
export class FencedError extends Error {
  constructor(readonly workshopId: string) {
    super(`Workshop ${workshopId} is owned by another node now.`);
    this.name = 'FencedError';
  }
}

/** What storage holds of one workshop's document: the last snapshot and the updates logged since. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  lastSeq: number;
  /** Bytes of the snapshot plus every update since: what the next compaction starts from. */
  storedBytes: number;
}

export interface LoggedUpdate {
  workshopId: string;
  /** Numbered by the workshop's room, one more than the last logged update of that workshop. */
  seq: number;
  /** The lease epoch of the node that accepted it. */
  epoch: Epoch;
  data: Uint8Array;
}

export interface DocStore {
  load(workshopId: string): Promise<StoredDoc>;
  /**
   * Appends in one transaction, in order. Rows of a workshop whose epoch is no longer its lease's
   * are refused and named in `fenced`; the others commit. Any other failure commits nothing.
   */
  append(batch: readonly LoggedUpdate[]): Promise<{ fenced: ReadonlySet<string> }>;
  /** Replaces the snapshot and drops the updates it already contains (seq ≤ uptoSeq). Fenced. */
  compact(
    workshopId: string,
    epoch: Epoch,
    snapshot: Uint8Array,
    uptoSeq: number,
    nowMs: number,
  ): Promise<void>;
  /** Workshops with updates logged since their last snapshot and no live lease: what a crash left. */
  orphanedLogs(): Promise<string[]>;
}

export interface Lease {
  nodeId: string;
  epoch: Epoch;
}

/**
 * Which node owns each live workshop. A lease lasts `ttlMs` unless renewed; a node that takes a
 * workshop from another (expired) owner gets the next epoch, which fences every later write of
 * the old one. Expiry is the database's clock, never a node's.
 */
export interface LeaseStore {
  /** This node's epoch for the workshop (new, or its own renewed), or null while another node's lease lives. */
  acquire(workshopId: string, nodeId: string, ttlMs: number): Promise<Epoch | null>;
  /** Extends every lease in `held` that this node still has; returns the workshops it has lost. */
  renew(nodeId: string, held: ReadonlyMap<string, Epoch>, ttlMs: number): Promise<string[]>;
  /** Lets the workshop go now (a clean unload or shutdown), if this node still has it at that epoch. */
  release(workshopId: string, nodeId: string, epoch: Epoch): Promise<void>;
  /** The live lease on the workshop, if any. */
  owner(workshopId: string): Promise<Lease | null>;
}

export interface ControlStore {
  /** The stored JSON, parsed but not validated: the caller owns the shape. Text that is not JSON comes back as the string. */
  load(workshopId: string): Promise<unknown>;
  /** Fenced, like the document: only the owner saves. */
  save(workshopId: string, epoch: Epoch, state: unknown): Promise<void>;
  /** Copies the stored row, byte for byte, to where it survives the next save: for someone to recover by hand. */
  keepUnreadable(workshopId: string, nowMs: number): Promise<void>;
}

export interface NewWorkshop {
  id: string;
  title: string;
  templateId: string;
  agenda: Agenda;
  teams: Team[];
  createdAtMs: number;
}

export interface WorkshopStore {
  create(workshop: NewWorkshop): Promise<void>;
  /** Creates `workshop` as the one that follows `earlierId` in a series, in one transaction. */
  createFollowing(workshop: NewWorkshop, earlierId: string): Promise<void>;
  exists(id: string): Promise<boolean>;
  find(id: string): Promise<WorkshopSummary | undefined>;
  teamName(workshopId: string, teamId: string): Promise<string | undefined>;
  /** When the workshop was made (server time): the Action Report's day when its clock never started. */
  createdAtMs(id: string): Promise<number | undefined>;
  /** The workshop started from `id`, if one was. */
  followedBy(id: string): Promise<string | null>;
  /** The earlier workshops `id` follows, oldest first; `limit` stops a loop. */
  earlier(id: string, limit: number): Promise<string[]>;
}

/** A link into a workshop: what a token grants. The token itself is never stored, only its hash. */
export interface Link {
  id: string;
  workshopId: string;
  role: Role;
  teamId: string | null;
  name: string | null;
  /** The join code a tablet typed to get this link; null for a link the facilitator made. */
  joinCode?: string | null;
  /** The witness a witness link belongs to (PERM-22). */
  witnessId?: string | null;
}

/** A link as the facilitator's list shows it. */
export interface LinkRecord extends Link {
  joinCode: string | null;
  createdAtMs: number;
  lastSeenAtMs: number | null;
  revokedAtMs: number | null;
}

export interface LinkStore {
  create(link: Link, tokenHash: string, createdAtMs: number): Promise<void>;
  /** The active link with that token hash. */
  findByTokenHash(tokenHash: string): Promise<Link | undefined>;
  /** Notes that a link was used now; written at most every 30 s per link. */
  seen(linkId: string, nowMs: number): Promise<void>;
  forWorkshop(workshopId: string): Promise<LinkRecord[]>;
  /** The active links made with a join code. */
  activeFromJoinCode(workshopId: string, joinCode: string): Promise<string[]>;
  /** True when an active link of that workshop was revoked. */
  revoke(workshopId: string, linkId: string, nowMs: number): Promise<boolean>;
}

export interface JoinCode {
  code: string;
  workshopId: string;
  teamId: string;
}

export interface JoinCodeStore {
  create(code: JoinCode, nowMs: number): Promise<void>;
  findActive(code: string): Promise<JoinCode | undefined>;
  activeForTeam(workshopId: string, teamId: string): Promise<JoinCode | undefined>;
  activeForWorkshop(workshopId: string): Promise<JoinCode[]>;
  /** True when an active code of that workshop was revoked. */
  revoke(workshopId: string, code: string, nowMs: number): Promise<boolean>;
}

/** A PDF to keep: its bytes already checked (a PDF, within the limit) and its name made safe. */
export interface PdfPaper {
  fileName: string;
  pdf: Buffer;
}

/** One position paper per workshop, outside its document: the live document never carries a 10 MB file. */
export interface PaperStore {
  /** What the screens are told: a written paper whole, a PDF by its name and size. */
  find(workshopId: string): Promise<PositionPaper | undefined>;
  pdf(workshopId: string): Promise<PdfPaper | undefined>;
  /** Replaces whatever paper the workshop had with this written one. */
  putWritten(workshopId: string, text: string, nowMs: number): Promise<void>;
  /** Replaces whatever paper the workshop had with this PDF. */
  putPdf(workshopId: string, paper: PdfPaper, nowMs: number): Promise<void>;
  /** True when there was a paper to remove. */
  delete(workshopId: string): Promise<boolean>;
}

/** A workshop made again from a backup: everything stored together or not at all. */
export interface RestoredWorkshop {
  workshop: NewWorkshop;
  control: unknown;
  /** The whole document as one update: its first snapshot. */
  snapshot: Uint8Array;
  paper:
    | { kind: 'written'; text: string; updatedAtMs: number }
    | { kind: 'pdf'; fileName: string; pdf: Buffer; updatedAtMs: number }
    | null;
  /** The facilitator link the restored workshop is handed back with. */
  facilitatorLink: { link: Link; tokenHash: string };
  nowMs: number;
}
