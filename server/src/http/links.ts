import type { Request } from 'express';
import type { Role } from '../../../shared/src/index.js';
import { hashToken, newId, newToken } from '../auth.js';
import type { LinkStore } from '../store/storage.js';

export interface LinkDeps {
  links: LinkStore;
  publicUrl: string | null;
  nowMs: () => number;
}

/** Makes a link (a token for one role in one workshop); only its hash is stored. */
export async function mintLink(
  deps: LinkDeps,
  workshopId: string,
  role: Role,
  teamId: string | null,
  name: string | null,
  joinCode: string | null = null,
  witnessId: string | null = null,
): Promise<string> {
  const token = newToken();
  await deps.links.create(
    { id: newId(12), workshopId, role, teamId, name, joinCode, witnessId },
    hashToken(token),
    deps.nowMs(),
  );
  return token;
}

/** The address of this server as people should see it: PUBLIC_URL, else the one the request came to. */
export function publicBase(req: Request, deps: Pick<LinkDeps, 'publicUrl'>): string {
  return (deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/$/, '');
}

/** The screen a link opens. The token goes in the fragment: it never reaches a server log. */
export function linkUrl(req: Request, deps: LinkDeps, workshopId: string, role: Role, token: string): string {
  return `${publicBase(req, deps)}/w/${workshopId}/${role}#token=${token}`;
}

export function bearer(req: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  return match?.[1] ?? null;
}
