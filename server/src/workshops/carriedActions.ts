import { carriedActions, type AgreedAction } from '../../../shared/src/index.js';
import type { ControlService } from '../control/controlService.js';
import type { WorkshopStore } from '../store/storage.js';

/**
 * ACTION-5: the open actions of the workshop `laterId` follows in its series, as stored now. Read
 * from storage, so any node can read them, whichever node the earlier workshop is live on.
 */
export async function actionsCarriedInto(
  deps: { workshops: WorkshopStore; control: ControlService },
  laterId: string,
): Promise<AgreedAction[]> {
  const later = await deps.workshops.find(laterId);
  if (!later?.follows) return [];
  return openActionsOf(deps, later.follows);
}

export async function openActionsOf(
  deps: { workshops: WorkshopStore; control: ControlService },
  earlierId: string,
): Promise<AgreedAction[]> {
  const earlier = await deps.workshops.find(earlierId);
  if (!earlier) return [];
  const before = await deps.control.current(earlierId);
  return carriedActions(before.actions ?? { actions: [] }, before.roster, {
    workshopId: earlierId,
    title: earlier.title,
  });
}
