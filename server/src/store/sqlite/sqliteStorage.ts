import type { RestoredWorkshop, Storage } from '../storage.js';
import { Checkpointer } from './checkpointer.js';
import { ControlRepo } from './controlRepo.js';
import { lockDataDir } from './dataDirLock.js';
import { databaseFile, openDatabase, type Durability } from './db.js';
import { SqliteDocStore } from './docRepo.js';
import { JoinCodeRepo } from './joinCodeRepo.js';
import { SqliteLeaseStore } from './leaseRepo.js';
import { LinkRepo } from './linkRepo.js';
import { PositionPaperRepo } from './positionPaperRepo.js';
import { SeriesRepo } from './seriesRepo.js';
import { WorkshopRepo } from './workshopRepo.js';

export interface SqliteOptions {
  dataDir: string;
  durability?: Durability;
}

/**
 * The default engine: one SQLite file in the data folder, which one process holds at a time (its
 * lock). The repositories are synchronous; this adapter gives them the interface's shape, and
 * keeps them synchronous inside, so a transaction here never spans an await.
 */
export function openSqliteStorage(options: SqliteOptions): Storage {
  const lock = lockDataDir(options.dataDir);
  const db = openDatabase(options.dataDir, options.durability);
  // One process per data folder: whatever leases it finds were its predecessor's, now dead.
  db.prepare('UPDATE workshop_leases SET expires_at = 0').run();
  const checkpointer = new Checkpointer(databaseFile(options.dataDir));
  const leases = new SqliteLeaseStore(db);
  const docs = new SqliteDocStore(db, leases);
  const control = new ControlRepo(db, leases);
  const workshops = new WorkshopRepo(db);
  const series = new SeriesRepo(db, workshops);
  const links = new LinkRepo(db);
  const joinCodes = new JoinCodeRepo(db);
  const papers = new PositionPaperRepo(db);
  const restore = db.transaction((record: RestoredWorkshop) => {
    const { workshop, paper } = record;
    workshops.create(workshop);
    control.save(workshop.id, null, record.control);
    docs.writeFirstSnapshot(workshop.id, record.snapshot, record.nowMs);
    if (paper?.kind === 'written') papers.putWritten(workshop.id, paper.text, paper.updatedAtMs);
    if (paper?.kind === 'pdf') papers.putPdf(workshop.id, paper, paper.updatedAtMs);
    links.create(record.facilitatorLink.link, record.facilitatorLink.tokenHash, record.nowMs);
  });
  let closed = false;

  return {
    engine: 'sqlite',
    docs,
    leases,
    control: {
      load: async (workshopId) => control.load(workshopId),
      save: async (workshopId, epoch, state) => control.save(workshopId, epoch, state),
      keepUnreadable: async (workshopId, nowMs) => control.keepUnreadable(workshopId, nowMs),
    },
    workshops: {
      create: async (workshop) => workshops.create(workshop),
      createFollowing: async (workshop, earlierId) => series.createFollowing(workshop, earlierId),
      exists: async (id) => workshops.exists(id),
      find: async (id) => workshops.find(id),
      teamName: async (workshopId, teamId) => workshops.teamName(workshopId, teamId),
      createdAtMs: async (id) => workshops.createdAtMs(id),
      followedBy: async (id) => series.followedBy(id),
      earlier: async (id, limit) => series.earlier(id, limit),
    },
    links: {
      create: async (link, tokenHash, atMs) => links.create(link, tokenHash, atMs),
      findByTokenHash: async (tokenHash) => links.findByTokenHash(tokenHash),
      seen: async (linkId, nowMs) => links.seen(linkId, nowMs),
      forWorkshop: async (workshopId) => links.forWorkshop(workshopId),
      activeFromJoinCode: async (workshopId, code) => links.activeFromJoinCode(workshopId, code),
      revoke: async (workshopId, linkId, nowMs) => links.revoke(workshopId, linkId, nowMs),
    },
    joinCodes: {
      create: async (code, nowMs) => joinCodes.create(code, nowMs),
      findActive: async (code) => joinCodes.findActive(code),
      activeForTeam: async (workshopId, teamId) => joinCodes.activeForTeam(workshopId, teamId),
      activeForWorkshop: async (workshopId) => joinCodes.activeForWorkshop(workshopId),
      revoke: async (workshopId, code, nowMs) => joinCodes.revoke(workshopId, code, nowMs),
    },
    papers: {
      find: async (workshopId) => papers.find(workshopId),
      pdf: async (workshopId) => papers.pdf(workshopId),
      putWritten: async (workshopId, text, nowMs) => papers.putWritten(workshopId, text, nowMs),
      putPdf: async (workshopId, paper, nowMs) => papers.putPdf(workshopId, paper, nowMs),
      delete: async (workshopId) => papers.delete(workshopId),
    },
    restore: async (record) => restore(record),
    close: async () => {
      if (closed) return;
      closed = true;
      await checkpointer.close();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      lock.release();
    },
  };
}
