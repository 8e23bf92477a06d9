import express, { type Router } from 'express';
import {
  createTokenBodySchema,
  createWorkshopBodySchema,
  describeIssues,
  findTemplate,
  templates,
  type CreatedToken,
  type CreatedWorkshop,
  type TemplatesResponse,
} from '../../../shared/src/index.js';
import { newId, type AccessControl } from '../auth.js';
import type { LinkRepo } from '../store/linkRepo.js';
import type { WorkshopRepo } from '../store/workshopRepo.js';
import { fail, requireAccess, requireFacilitator } from './guard.js';
import { linkUrl, mintLink } from './links.js';

export interface ApiDeps {
  workshops: WorkshopRepo;
  links: LinkRepo;
  access: AccessControl;
  publicUrl: string | null;
  nowMs: () => number;
}

export function apiRouter(deps: ApiDeps): Router {
  const router = express.Router();

  router.get('/templates', (_req, res) => {
    res.json({ templates } satisfies TemplatesResponse);
  });

  router.post('/workshops', (req, res) => {
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
    const agenda = template.agenda;
    deps.workshops.create({
      id,
      title: body.data.title,
      templateId: template.id,
      agenda,
      teams,
      createdAtMs: deps.nowMs(),
    });
    const facilitatorToken = mintLink(deps, id, 'facilitator', null, null);
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

  router.get('/workshops/:id', (req, res) => {
    if (!requireAccess(req, res, deps.access)) return;
    res.json(deps.workshops.find(req.params.id));
  });

  router.post('/workshops/:id/tokens', (req, res) => {
    if (!requireFacilitator(req, res, deps.access, 'create links for this workshop')) return;
    const body = createTokenBodySchema.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'bad-request', describeIssues(body.error));
    const { role, name = null } = body.data;
    const teamId = role === 'team' ? (body.data.teamId ?? null) : null;
    if (teamId !== null && deps.workshops.teamName(req.params.id, teamId) === undefined) {
      return fail(res, 400, 'unknown-team', `This workshop has no team "${teamId}".`);
    }
    const token = mintLink(deps, req.params.id, role, teamId, name);
    const created: CreatedToken = {
      token,
      url: linkUrl(req, deps, req.params.id, role, token),
      role,
      teamId,
      name,
    };
    res.status(201).json(created);
  });

  router.use((_req, res) => fail(res, 404, 'not-found', 'There is no such API endpoint.'));
  return router;
}
