import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { randomInt } from 'node:crypto';
import {
  createJoinCodeBodySchema,
  describeIssues,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinBodySchema,
  joinUrl,
  type JoinCodeInfo,
  type Joined,
  type PermissionState,
} from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import type { JoinCode, JoinCodeStore, WorkshopStore } from '../store/storage.js';
import { fail, requirePermission } from './guard.js';
import { linkUrl, mintLink, publicBase, type LinkDeps } from './links.js';
import { joinAddress } from './networkAddress.js';

export interface JoinDeps extends LinkDeps {
  access: AccessControl;
  workshops: WorkshopStore;
  joinCodes: JoinCodeStore;
  /** A link was revoked: every connection it has open is closed at once. */
  revoked: (workshopId: string, linkId: string) => void;
  /** What the projector shows now: it may read the codes only while that is the joining screen (PERM-12). */
  permissionState: (workshopId: string) => Promise<PermissionState>;
  /** A code was made or revoked: the screens showing the codes ask again. */
  codesChanged: (workshopId: string) => void;
  /**
   * Unknown codes tried per address per minute. A whole room often shares one address, so only a
   * code that does not exist counts: a slip in its format or a code that works never does.
   */
  joinAttemptsPerMinute: number;
}

/** Short codes per task team: the facilitator shows one (and its QR code); a tablet types it to join. */
export function joinRouter(deps: JoinDeps): Router {
  const router = express.Router();
  const info = (req: express.Request, code: JoinCode): JoinCodeInfo => ({
    code: code.code,
    teamId: code.teamId,
    joinUrl: joinUrl(publicBase(req, deps), code.code),
  });

  router.get('/workshops/:id/join-codes', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'join-codes:read', deps.permissionState))) return;
    res.json({ codes: (await deps.joinCodes.activeForWorkshop(req.params.id)).map((c) => info(req, c)) });
  });

  router.post('/workshops/:id/join-codes', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'links:manage'))) return;
    const body = createJoinCodeBodySchema.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'bad-request', describeIssues(body.error));
    const { id } = req.params;
    if ((await deps.workshops.teamName(id, body.data.teamId)) === undefined) {
      return fail(res, 400, 'unknown-team', `This workshop has no team "${body.data.teamId}".`);
    }
    // One live code per team: asking again shows the same one until it is revoked.
    let code = await deps.joinCodes.activeForTeam(id, body.data.teamId);
    if (!code) {
      code = { code: newJoinCode(), workshopId: id, teamId: body.data.teamId };
      await deps.joinCodes.create(code, deps.nowMs());
      deps.codesChanged(id);
    }
    res.status(201).json(info(req, code));
  });

  router.get('/workshops/:id/join-address', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'join-codes:read', deps.permissionState))) return;
    res.json(joinAddress(req, deps.publicUrl));
  });

  router.delete('/workshops/:id/join-codes/:code', async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'links:manage'))) return;
    const { id, code } = req.params;
    if (!(await deps.joinCodes.revoke(id, code, deps.nowMs()))) {
      return fail(res, 404, 'not-found', 'That join code is not active in this workshop.');
    }
    deps.codesChanged(id);
    // Asked for: the tablets that joined with it are cut off too, each link revoked on its own.
    if (req.query.tablets === 'disconnect') {
      for (const linkId of await deps.links.activeFromJoinCode(id, code)) {
        await deps.links.revoke(id, linkId, deps.nowMs());
        deps.revoked(id, linkId);
      }
    }
    res.status(204).end();
  });

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: deps.joinAttemptsPerMinute,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 404,
    // A code that works is never counted nor refused, however many wrong ones the room's shared
    // address has tried: the limit is on guessing, not on joining.
    skip: async (req) => {
      const body = joinBodySchema.safeParse(req.body);
      return body.success && (await deps.joinCodes.findActive(body.data.code)) !== undefined;
    },
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) =>
      fail(
        res,
        429,
        'too-many-attempts',
        'Too many codes that do not exist were tried from this network. Wait a minute and try again.',
      ),
  });
  router.post('/join', limiter, async (req, res) => {
    const body = joinBodySchema.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'bad-request', describeIssues(body.error));
    const code = await deps.joinCodes.findActive(body.data.code);
    if (!code)
      return fail(
        res,
        404,
        'unknown-code',
        'That code is not valid. Check it with the facilitator: it may have been replaced.',
      );
    const token = await mintLink(
      deps,
      code.workshopId,
      'team',
      code.teamId,
      body.data.name ?? null,
      code.code,
    );
    const joined: Joined = {
      workshopId: code.workshopId,
      teamId: code.teamId,
      token,
      url: linkUrl(req, deps, code.workshopId, 'team', token),
    };
    res.status(201).json(joined);
  });

  return router;
}

function newJoinCode(): string {
  return Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)],
  ).join('');
}
