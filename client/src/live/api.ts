import {
  apiErrorSchema,
  carriedForwardSchema,
  type CarriedWorkshop,
  createdTokenSchema,
  createdWorkshopSchema,
  joinCodeSchema,
  joinCodesResponseSchema,
  joinedSchema,
  joinAddressSchema,
  type JoinAddress,
  linksResponseSchema,
  type LinkRecord,
  templatesResponseSchema,
  workshopSummarySchema,
  type CreatedToken,
  type CreatedWorkshop,
  type CreateTokenBody,
  type CreateWorkshopBody,
  type JoinCodeInfo,
  type Joined,
  type TemplateSummary,
  type WorkshopSummary,
} from '../../../shared/src/index.js';
import { z } from 'zod';

/** The REST interface, with every answer checked against the shared schemas. */
async function call<T>(
  schema: z.ZodType<T>,
  path: string,
  init: RequestInit = {},
  token?: string,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new Error('Could not reach the server. Check the connection and try again.');
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(body);
    throw new Error(error.success ? error.data.error.message : `The server answered ${res.status}.`);
  }
  return schema.parse(body);
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export const api = {
  joinCodes: async (id: string, token: string): Promise<JoinCodeInfo[]> =>
    (await call(joinCodesResponseSchema, `/api/workshops/${id}/join-codes`, {}, token)).codes,
  makeJoinCode: (id: string, token: string, teamId: string): Promise<JoinCodeInfo> =>
    call(joinCodeSchema, `/api/workshops/${id}/join-codes`, post({ teamId }), token),
  /** A code for each team: a team that has one keeps it, so asking for every team is safe. */
  makeJoinCodes: (id: string, token: string, teams: readonly { id: string }[]): Promise<JoinCodeInfo[]> =>
    Promise.all(teams.map((team) => api.makeJoinCode(id, token, team.id))),
  joinAddress: (id: string, token: string): Promise<JoinAddress> =>
    call(joinAddressSchema, `/api/workshops/${id}/join-address`, {}, token),
  /** Revokes a code; with `disconnectTablets`, the tablets that joined with it are cut off too. */
  revokeJoinCode: (id: string, token: string, code: string, disconnectTablets = false): Promise<void> =>
    call(
      z.null(),
      `/api/workshops/${id}/join-codes/${code}${disconnectTablets ? '?tablets=disconnect' : ''}`,
      { method: 'DELETE' },
      token,
    ).then(() => undefined),
  join: (code: string, name?: string): Promise<Joined> =>
    call(joinedSchema, '/api/join', post({ code, name })),
  templates: async (): Promise<TemplateSummary[]> =>
    (await call(templatesResponseSchema, '/api/templates')).templates,
  createWorkshop: (body: CreateWorkshopBody): Promise<CreatedWorkshop> =>
    call(createdWorkshopSchema, '/api/workshops', { method: 'POST', body: JSON.stringify(body) }),
  workshop: (id: string, token: string): Promise<WorkshopSummary> =>
    call(workshopSummarySchema, `/api/workshops/${id}`, {}, token),
  links: async (id: string, token: string): Promise<LinkRecord[]> =>
    (await call(linksResponseSchema, `/api/workshops/${id}/links`, {}, token)).links,
  revokeLink: (id: string, token: string, linkId: string): Promise<void> =>
    call(z.null(), `/api/workshops/${id}/links/${linkId}`, { method: 'DELETE' }, token).then(() => undefined),
  /** Starts the next workshop of this one’s series (PERM-15): the same body as creating one. */
  nextInSeries: (id: string, token: string): Promise<CreatedWorkshop> =>
    call(createdWorkshopSchema, `/api/workshops/${id}/next-in-series`, { method: 'POST' }, token),
  /** The earlier workshops of this one's series, oldest first, with what each carries forward. */
  carriedForward: async (id: string, token: string): Promise<CarriedWorkshop[]> =>
    (await call(carriedForwardSchema, `/api/workshops/${id}/carried-forward`, {}, token)).workshops,
  createLink: (id: string, token: string, body: CreateTokenBody): Promise<CreatedToken> =>
    call(
      createdTokenSchema,
      `/api/workshops/${id}/tokens`,
      { method: 'POST', body: JSON.stringify(body) },
      token,
    ),
};
