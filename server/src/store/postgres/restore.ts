import type pg from 'pg';
import type { RestoredWorkshop } from '../storage.js';
import { putControl } from './control.js';
import { putSnapshot } from './docs.js';
import { insertLink } from './links.js';
import { putPdfPaper, putWrittenPaper } from './papers.js';
import { inTransaction } from './pool.js';
import { insertWorkshop } from './workshops.js';

/**
 * A backup's workshop made again in one transaction: its record and teams, its control state, its
 * document as the first snapshot, its paper and the facilitator link. A failure anywhere leaves
 * nothing. No lease is taken: the workshop is new, and whichever node opens it first takes it.
 */
export async function restoreWorkshop(pool: pg.Pool, record: RestoredWorkshop): Promise<void> {
  const { workshop, control, snapshot, paper, facilitatorLink, nowMs } = record;
  await inTransaction(pool, async (client) => {
    await insertWorkshop(client, workshop);
    await putControl(client, workshop.id, control);
    await putSnapshot(client, workshop.id, snapshot, 0, nowMs);
    if (paper?.kind === 'written') await putWrittenPaper(client, workshop.id, paper.text, paper.updatedAtMs);
    if (paper?.kind === 'pdf') await putPdfPaper(client, workshop.id, paper, paper.updatedAtMs);
    await insertLink(client, facilitatorLink.link, facilitatorLink.tokenHash, nowMs);
  });
}
