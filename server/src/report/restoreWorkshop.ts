import { newId } from '../auth.js';
import { mintLink, type LinkDeps } from '../http/links.js';
import type { ControlRepo } from '../store/controlRepo.js';
import type { DocStore } from '../store/docRepo.js';
import type { PositionPaperRepo } from '../store/positionPaperRepo.js';
import type { WorkshopRepo } from '../store/workshopRepo.js';
import type { ImportPlan } from './importBackup.js';

export interface RestoreDeps extends LinkDeps {
  /** Runs `work` in one SQLite transaction: all of it is stored, or none. */
  transaction: <T>(work: () => T) => T;
  workshops: WorkshopRepo;
  controlRepo: ControlRepo;
  docs: DocStore;
  papers: PositionPaperRepo;
}

/**
 * Makes a checked backup's workshop again under a new id (REPORT-13), in one transaction: its
 * record and teams, its control state, its document as the first snapshot, its position paper and
 * a facilitator link. A failure part-way leaves nothing behind.
 */
export function restoreWorkshop(
  deps: RestoreDeps,
  plan: ImportPlan,
): { id: string; facilitatorToken: string } {
  const id = newId();
  const { title, templateId, agenda, teams, createdAtMs } = plan.workshop;
  return deps.transaction(() => {
    deps.workshops.create({ id, title, templateId, agenda, teams, createdAtMs });
    deps.controlRepo.save(id, plan.control);
    deps.docs.compact(id, plan.snapshot, 0, deps.nowMs());
    const paper = plan.paper;
    if (paper?.kind === 'written') deps.papers.putWritten(id, paper.text, paper.updatedAtMs);
    if (paper?.kind === 'pdf') deps.papers.putPdf(id, paper, paper.updatedAtMs);
    return { id, facilitatorToken: mintLink(deps, id, 'facilitator', null, null) };
  });
}
