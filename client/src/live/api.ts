import {
  apiErrorSchema,
  createdTokenSchema,
  createdWorkshopSchema,
  templatesResponseSchema,
  workshopSummarySchema,
  type CreatedToken,
  type CreatedWorkshop,
  type CreateTokenBody,
  type CreateWorkshopBody,
  type TemplateSummary,
  type WorkshopSummary,
} from '../../../shared/src/index.js';
import type { z } from 'zod';

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
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(body);
    throw new Error(error.success ? error.data.error.message : `The server answered ${res.status}.`);
  }
  return schema.parse(body);
}

export const api = {
  templates: async (): Promise<TemplateSummary[]> =>
    (await call(templatesResponseSchema, '/api/templates')).templates,
  createWorkshop: (body: CreateWorkshopBody): Promise<CreatedWorkshop> =>
    call(createdWorkshopSchema, '/api/workshops', { method: 'POST', body: JSON.stringify(body) }),
  workshop: (id: string, token: string): Promise<WorkshopSummary> =>
    call(workshopSummarySchema, `/api/workshops/${id}`, {}, token),
  createLink: (id: string, token: string, body: CreateTokenBody): Promise<CreatedToken> =>
    call(
      createdTokenSchema,
      `/api/workshops/${id}/tokens`,
      { method: 'POST', body: JSON.stringify(body) },
      token,
    ),
};
