import { createHash, randomBytes } from 'node:crypto';
import type { Identity } from '../../shared/src/index.js';
import type { Link, LinkStore, WorkshopStore } from './store/storage.js';

/** 256 bits from the OS's random source, URL-safe: unguessable, and fine in a link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash, so a copied database does not hand out access. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short id without look-alike characters (no 0/o, 1/l/i), for ids people may read out. */
export function newId(length = 10): string {
  return Array.from(randomBytes(length), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export type Access =
  | { ok: true; link: Link; identity: Identity }
  | { ok: false; status: 401 | 403 | 404; code: string; message: string };

const denied = (status: 401 | 403 | 404, code: string, message: string): Access => ({
  ok: false,
  status,
  code,
  message,
});

export class AccessControl {
  constructor(
    private readonly links: LinkStore,
    private readonly workshops: WorkshopStore,
    private readonly nowMs: () => number,
  ) {}

  /**
   * Who a token is. Without a valid token nothing else is told (401), not even whether the
   * workshop exists; with one, an unknown workshop is 404 and another workshop's is 403.
   */
  async resolve(workshopId: string | null, token: string | null | undefined): Promise<Access> {
    if (!token) return denied(401, 'unauthorized', 'This needs a workshop link: the token is missing.');
    const link = await this.links.findByTokenHash(hashToken(token));
    if (!link) return denied(401, 'unauthorized', 'This link is not valid (it may have been revoked).');
    if (workshopId !== null && workshopId !== link.workshopId) {
      return (await this.workshops.exists(workshopId))
        ? denied(403, 'forbidden', 'This link belongs to another workshop.')
        : denied(404, 'not-found', 'There is no workshop with that id.');
    }
    // "Last seen" is for the facilitator's list: no connection waits for it, and a failure costs nothing.
    this.links.seen(link.id, this.nowMs()).catch(() => undefined);
    return { ok: true, link, identity: await this.identityOf(link) };
  }

  private async identityOf(link: Link): Promise<Identity> {
    return {
      linkId: link.id,
      name: link.name ?? (await this.defaultName(link)),
      role: link.role,
      teamId: link.teamId,
      ...(link.role === 'witness' && { witnessId: link.witnessId ?? null }),
    };
  }

  private async defaultName(link: Link): Promise<string> {
    if (link.role === 'team')
      return (link.teamId && (await this.workshops.teamName(link.workshopId, link.teamId))) || 'Task team';
    return { facilitator: 'Facilitator', leader: 'Leader', witness: 'Witness', projector: 'Projector' }[
      link.role
    ];
  }
}
