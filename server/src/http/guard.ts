import type { Request, Response } from 'express';
import { permissionRefusal, type Action, type PermissionState } from '../../../shared/src/index.js';
import type { Access, AccessControl } from '../auth.js';
import { bearer } from './links.js';

type Granted = Extract<Access, { ok: true }>;

export function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * The caller's access to workshop `:id` for `action` (a PERM-n rule), or null after answering
 * 401/403/404: no route compares role names itself. `state` reads the workshop's control state
 * now, for a rule that depends on it (PERM-12); it is read only once the token is known good.
 */
export async function requirePermission(
  req: Request<{ id: string }>,
  res: Response,
  access: AccessControl,
  action: Action,
  state?: (workshopId: string) => Promise<PermissionState>,
): Promise<Granted | null> {
  const result = await access.resolve(req.params.id, bearer(req));
  if (!result.ok) {
    fail(res, result.status, result.code, result.message);
    return null;
  }
  const refusal = permissionRefusal(result.identity.role, action, await state?.(req.params.id));
  if (refusal) {
    fail(res, 403, refusal.code, refusal.message);
    return null;
  }
  return result;
}
