import express, { type Router } from 'express';
import type { LinksResponse } from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import type { LinkStore } from '../store/storage.js';
import { fail, requirePermission } from './guard.js';

export interface LinkListDeps {
  links: LinkStore;
  access: AccessControl;
  nowMs: () => number;
  /** A link was revoked: every connection it has open is closed at once. */
  revoked: (workshopId: string, linkId: string) => void;
}

/** Every link minted for a workshop, for the facilitator to see and revoke (PERM-2). */
export function linkRouter(deps: LinkListDeps): Router {
  const router = express.Router();

  router.get('/workshops/:id/links', async (req, res) => {
    const granted = await requirePermission(req, res, deps.access, 'links:manage');
    if (!granted) return;
    const links = (await deps.links.forWorkshop(req.params.id)).map(({ workshopId: _w, ...link }) => ({
      ...link,
      isYours: link.id === granted.link.id,
    }));
    res.json({ links } satisfies LinksResponse);
  });

  router.delete('/workshops/:id/links/:linkId', async (req, res) => {
    const granted = await requirePermission(req, res, deps.access, 'links:manage');
    if (!granted) return;
    if (req.params.linkId === granted.link.id) {
      return fail(
        res,
        400,
        'own-link',
        'This is the link you are using: revoke it from another facilitator link.',
      );
    }
    if (!(await deps.links.revoke(req.params.id, req.params.linkId, deps.nowMs()))) {
      return fail(res, 404, 'not-found', 'That link is not active in this workshop.');
    }
    deps.revoked(req.params.id, req.params.linkId);
    res.status(204).end();
  });

  return router;
}
