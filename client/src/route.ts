import { roles, type Role } from '../../shared/src/permissions/permissions.js';

/** Which workshop a screen opens, and as which role. */
export interface Route {
  workshopId: string;
  role: Role;
}

/** `/w/<workshop id>/<role>`; anything else is the start page (`/join/<code>` fills in the code). */
export function parseRoute(pathname: string): Route | null {
  const match = /^\/w\/([A-Za-z0-9_-]+)\/([a-z]+)\/?$/.exec(pathname);
  if (!match || !(roles as readonly string[]).includes(match[2]!)) return null;
  return { workshopId: match[1]!, role: match[2] as Role };
}

export function joinCodeFrom(pathname: string): string {
  return /^\/join\/([A-Za-z0-9-]{1,20})\/?$/.exec(pathname)?.[1] ?? '';
}
