import type { Request, Response } from 'express';
import type { Access, AccessControl } from '../auth.js';
import { bearer } from './links.js';

type Granted = Extract<Access, { ok: true }>;

export function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** The caller's access to workshop `:id`, or null after answering 401/403/404. */
export function requireAccess(
  req: Request<{ id: string }>,
  res: Response,
  access: AccessControl,
): Granted | null {
  const result = access.resolve(req.params.id, bearer(req));
  if (result.ok) return result;
  fail(res, result.status, result.code, result.message);
  return null;
}

/** As `requireAccess`, and the caller must be the facilitator. */
export function requireFacilitator(
  req: Request<{ id: string }>,
  res: Response,
  access: AccessControl,
  what: string,
): Granted | null {
  const granted = requireAccess(req, res, access);
  if (granted && granted.identity.role !== 'facilitator') {
    fail(res, 403, 'forbidden', `Only the facilitator can ${what}.`);
    return null;
  }
  return granted;
}
