import { apiErrorSchema, positionPaperSchema, type PositionPaper } from '../../../shared/src/index.js';

/** The workshop's position paper over REST: read by every screen, attached from the console. */
const paperPath = (workshopId: string) => `/api/workshops/${workshopId}/position-paper`;

async function request(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
  } catch {
    throw new Error('Could not reach the server. Check the connection and try again.');
  }
  if (res.ok || res.status === 404) return res;
  const error = apiErrorSchema.safeParse(await res.json().catch(() => null));
  throw new Error(error.success ? error.data.error.message : `The server answered ${res.status}.`);
}

const paperOf = async (res: Response) => positionPaperSchema.parse(await res.json());

export const paperApi = {
  /** The paper's description, or null when the workshop has none. */
  read: async (workshopId: string, token: string): Promise<PositionPaper | null> => {
    const res = await request(paperPath(workshopId), token);
    return res.status === 404 ? null : paperOf(res);
  },
  /** The PDF's bytes, as a Blob the reader shows through an object URL. */
  pdf: async (workshopId: string, token: string): Promise<Blob> => {
    const res = await request(`${paperPath(workshopId)}.pdf`, token);
    if (res.status === 404) throw new Error('The PDF is no longer attached: the facilitator has changed it.');
    return new Blob([await res.arrayBuffer()], { type: 'application/pdf' });
  },
  attachPdf: async (workshopId: string, token: string, file: File): Promise<PositionPaper> =>
    paperOf(
      await request(`${paperPath(workshopId)}?fileName=${encodeURIComponent(file.name)}`, token, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf' },
        body: file,
      }),
    ),
  write: async (workshopId: string, token: string, text: string): Promise<PositionPaper> =>
    paperOf(
      await request(paperPath(workshopId), token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      }),
    ),
  remove: async (workshopId: string, token: string): Promise<void> => {
    await request(paperPath(workshopId), token, { method: 'DELETE' });
  },
};
