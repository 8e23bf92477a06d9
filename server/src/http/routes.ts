import express, { type Router } from 'express';
import {
  createTokenBodySchema,
  createWorkshopBodySchema,
  describeIssues,
  findTemplate,
  templates,
  startingAt,
  withFlowingStarts,
  type Agenda,
  type CreatedToken,
  type CreatedWorkshop,
  type CreateWorkshopBody,
  type TemplatesResponse,
  type WorkshopTemplate,
} from '../../../shared/src/index.js';
import { newId, type AccessControl } from '../auth.js';
import type { ControlService } from '../control/controlService.js';
import type { LinkStore, WorkshopStore } from '../store/storage.js';
import { fail, requirePermission } from './guard.js';
import { linkUrl, mintLink } from './links.js';

export interface ApiDeps {
  workshops: WorkshopStore;
  links: LinkStore;
  access: AccessControl;
  control: ControlService;
  publicUrl: string | null;
  nowMs: () => number;
  /** A workshop was created: its document gets what it starts with (its programme's briefing). */
  created?: (workshopId: string) => Promise<void>;
}

export function apiRouter(deps: ApiDeps): Router {
  const router = express.Router();

  router.get('/templates', async (_req, res) => {
    res.json({ templates } satisfies TemplatesResponse);
  });

  router.post('/workshops', async (req, res) => {
    const body = createWorkshopBodySchema.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'bad-request', describeIssues(body.error));
    const template = findTemplate(body.data.templateId);
    if (!template)
      return fail(res, 400, 'unknown-template', `There is no template "${body.data.templateId}".`);
    const id = newId();
    const teams = (body.data.teams ?? template.defaultTeams).map((name, i) => ({
      id: `team-${i + 1}`,
      name,
    }));
    const agenda = agendaFor(body.data, template);
    await deps.workshops.create({
      id,
      title: body.data.title,
      templateId: template.id,
      agenda,
      teams,
      createdAtMs: deps.nowMs(),
    });
    await deps.created?.(id);
    const facilitatorToken = await mintLink(deps, id, 'facilitator', null, null);
    const created: CreatedWorkshop = {
      id,
      title: body.data.title,
      templateId: template.id,
      teams,
      agenda,
      facilitatorToken,
      facilitatorUrl: linkUrl(req, deps, id, 'facilitator', facilitatorToken),
    };
    res.status(201).json(created);
  });

  router.get('/workshops/:id', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'workshop:read'))) return;
    const workshop = (await deps.workshops.find(req.params.id))!;
    // One agenda: the live one the control state holds, as the facilitator has edited it.
    res.json({ ...workshop, agenda: (await deps.control.current(req.params.id)).agenda });
  });

  router.post('/workshops/:id/tokens', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'links:manage'))) return;
    const body = createTokenBodySchema.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'bad-request', describeIssues(body.error));
    const { role, name = null } = body.data;
    const teamId = role === 'team' ? (body.data.teamId ?? null) : null;
    if (teamId !== null && (await deps.workshops.teamName(req.params.id, teamId)) === undefined) {
      return fail(res, 400, 'unknown-team', `This workshop has no team "${teamId}".`);
    }
    const witnessId = body.data.witnessId ?? null;
    // PERM-22: a witness link belongs to one of the witnesses the facilitator set up, named after them.
    const { witnesses } = (await deps.control.current(req.params.id)).witnesses;
    const witness = witnesses.find((w) => w.id === witnessId);
    if (witnessId !== null && !witness) {
      return fail(
        res,
        400,
        'unknown-witness',
        'That witness is not part of this workshop’s witness sessions.',
      );
    }
    const linkName = name ?? witness?.name ?? null;
    const token = await mintLink(deps, req.params.id, role, teamId, linkName, null, witnessId);
    const created: CreatedToken = {
      token,
      url: linkUrl(req, deps, req.params.id, role, token),
      role,
      teamId,
      name: linkName,
      witnessId,
    };
    res.status(201).json(created);
  });

  return router;
}

/** The agenda a new workshop starts with: its own if the request gives one, else the template's; times flow (AGENDA-7). */
function agendaFor(body: CreateWorkshopBody, template: WorkshopTemplate): Agenda {
  const given = body.agenda?.map((item, i) => ({ ...item, id: item.id ?? `item-${i + 1}` }));
  // A generated id may meet an id given to another item: then every item gets a generated one.
  const unique = given && new Set(given.map((item) => item.id)).size === given.length;
  const agenda = given
    ? unique
      ? given
      : given.map((item, i) => ({ ...item, id: `item-${i + 1}` }))
    : template.agenda;
  return body.startsAt ? startingAt(agenda, body.startsAt) : withFlowingStarts(agenda);
}
