import express, { type Router } from 'express';
import {
  generalCategories,
  carriedPriorities,
  findTemplate,
  nextInSeries,
  nextInSeriesTitle,
  seriesOf,
  withFlowingStarts,
  type Card,
  type CarriedForward,
  type CarriedWorkshop,
  type ControlState,
  type CreatedWorkshop,
} from '../../../shared/src/index.js';
import { newId, type AccessControl } from '../auth.js';
import type { ControlService } from '../control/controlService.js';
import type { LinkStore, WorkshopStore } from '../store/storage.js';
import { openActionsOf } from '../workshops/carriedActions.js';
import { NotOwnerError } from '../workshops/registry.js';
import { fail, requirePermission } from './guard.js';
import { linkUrl, mintLink } from './links.js';

export interface SeriesDeps {
  workshops: WorkshopStore;
  links: LinkStore;
  access: AccessControl;
  control: ControlService;
  /** The priorities in a workshop's document now, loading it for a moment if no device has it open. */
  readCards: (workshopId: string) => Promise<Card[]>;
  publicUrl: string | null;
  nowMs: () => number;
  /** Control state of a workshop changed outside a device's command: its devices are told. */
  changed?: (workshopId: string, state: ControlState) => void;
}

/** A series of linked workshops: starting the next one, and what the earlier ones carry forward. */
export function seriesRouter(deps: SeriesDeps): Router {
  const router = express.Router();

  router.post('/workshops/:id/next-in-series', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'series:start-next'))) return;
    const earlier = (await deps.workshops.find(req.params.id))!;
    const next = nextInSeries(earlier.templateId);
    if (!next.ok) {
      const status = next.error.code === 'last-in-series' ? 409 : 400;
      return fail(res, status, next.error.code, next.error.message);
    }
    const series = seriesOf(earlier.templateId)!;
    // One next workshop per workshop: a second would split the series' carried-forward chain. The
    // facilitator asking again (from another laptop, say) gets a fresh facilitator link to that one,
    // named for where it came from, so the later workshop's list of links shows it and can revoke it.
    const started = await deps.workshops.followedBy(earlier.id);
    if (started !== null) {
      await carryOpenActions(deps, earlier, started);
      const { id: startedId, title, templateId, teams, follows } = (await deps.workshops.find(started))!;
      const from = `Opened from workshop ${series.part}`;
      const token = await mintLink(deps, started, 'facilitator', null, from);
      const opened: CreatedWorkshop = {
        id: startedId,
        title,
        templateId,
        teams,
        follows,
        agenda: (await deps.control.current(started)).agenda,
        facilitatorToken: token,
        facilitatorUrl: linkUrl(req, deps, started, 'facilitator', token),
      };
      return res.status(200).json(opened);
    }
    const id = newId();
    const workshop = {
      id,
      title: nextInSeriesTitle(earlier.title, series),
      templateId: next.data.id,
      agenda: withFlowingStarts(next.data.agenda),
      teams: earlier.teams,
      createdAtMs: deps.nowMs(),
    };
    await deps.workshops.createFollowing(workshop, earlier.id);
    await carryOpenActions(deps, earlier, id);
    const facilitatorToken = await mintLink(deps, id, 'facilitator', null, null);
    const { createdAtMs: _createdAtMs, ...summary } = workshop;
    const created: CreatedWorkshop = {
      ...summary,
      facilitatorToken,
      facilitatorUrl: linkUrl(req, deps, id, 'facilitator', facilitatorToken),
    };
    res.status(201).json(created);
  });

  router.get('/workshops/:id/carried-forward', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'workshop:read'))) return;
    const part = seriesOf((await deps.workshops.find(req.params.id))!.templateId)?.part ?? 1;
    const chain = await deps.workshops.earlier(req.params.id, part - 1);
    res.json({
      workshops: await Promise.all(chain.map((id, i) => carriedFrom(deps, id, i + 1, part))),
    } satisfies CarriedForward);
  });

  return router;
}

/** ACTION-5: the earlier workshop's open actions go on in the later one, with their status. */
async function carryOpenActions(
  deps: SeriesDeps,
  earlier: { id: string; title: string },
  laterId: string,
): Promise<void> {
  const open = await openActionsOf(deps, earlier.id);
  try {
    const result = await deps.control.carryActions(laterId, open);
    if (result) deps.changed?.(laterId, result.state);
  } catch (error) {
    // Live on another node: it carried them in when it loaded, and does again at its next load.
    if (!(error instanceof NotOwnerError)) throw error;
  }
}

/** What one earlier workshop carries forward, read now from its document and its control state. */
async function carriedFrom(
  deps: SeriesDeps,
  id: string,
  position: number,
  laterPart: number,
): Promise<CarriedWorkshop> {
  const workshop = (await deps.workshops.find(id))!;
  const series = seriesOf(workshop.templateId);
  const control = await deps.control.current(id);
  // In the earlier workshop's own categories: its programme may name them differently.
  const categories = findTemplate(workshop.templateId)?.categories ?? generalCategories;
  return {
    id,
    title: workshop.title,
    part: series?.part ?? position,
    of: series?.of ?? laterPart,
    createdAtMs: (await deps.workshops.createdAtMs(id)) ?? 0,
    startedAtMs: control.clock.startedAtMs,
    priorities: carriedPriorities(await deps.readCards(id), control.board, workshop.teams, categories),
  };
}
