import { hashToken, newId, newToken } from '../auth.js';
import type { Storage } from '../store/storage.js';
import type { ImportPlan } from './importBackup.js';

export interface RestoreDeps {
  storage: Pick<Storage, 'restore'>;
  nowMs: () => number;
}

/**
 * Makes a checked backup's workshop again under a new id (REPORT-13), in one transaction: its
 * record and teams, its control state, its document as the first snapshot, its position paper and
 * a facilitator link. A failure part-way leaves nothing behind.
 */
export async function restoreWorkshop(
  deps: RestoreDeps,
  plan: ImportPlan,
): Promise<{ id: string; facilitatorToken: string }> {
  const id = newId();
  const token = newToken();
  const { title, templateId, agenda, teams, createdAtMs } = plan.workshop;
  await deps.storage.restore({
    workshop: { id, title, templateId, agenda, teams, createdAtMs },
    control: plan.control,
    snapshot: plan.snapshot,
    paper: plan.paper,
    facilitatorLink: {
      link: { id: newId(12), workshopId: id, role: 'facilitator', teamId: null, name: null },
      tokenHash: hashToken(token),
    },
    nowMs: deps.nowMs(),
  });
  return { id, facilitatorToken: token };
}
