import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOT_A_PDF,
  ONLY_PDF_OR_TEXT,
  POSITION_PAPER_MAX_BYTES,
  TEXT_LIMITS,
  type CreatedWorkshop,
  type PositionPaper,
} from '../../shared/src/index.js';
import { onePagePdf, pngBytes } from '../support/pdf.js';
import {
  connectControl,
  createWorkshop,
  mintToken,
  startServer,
  waitFor,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
let w: CreatedWorkshop;
const tokens: Record<'team' | 'leader' | 'projector' | 'witness', string> = {
  team: '',
  leader: '',
  projector: '',
  witness: '',
};
beforeAll(async () => {
  s = await startServer();
  w = await createWorkshop(s.baseUrl);
  for (const role of ['team', 'leader', 'projector', 'witness'] as const)
    tokens[role] = (
      await mintToken(s.baseUrl, w, { role, teamId: role === 'team' ? 'team-1' : undefined })
    ).token;
});
afterAll(() => s?.close());

const paperUrl = (server = s, workshop = w) =>
  `${server.baseUrl}/api/workshops/${workshop.id}/position-paper`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function put(body: BodyInit, type: string, token = w.facilitatorToken, query = ''): Promise<Response> {
  return fetch(`${paperUrl()}${query}`, {
    method: 'PUT',
    headers: { 'content-type': type, ...auth(token) },
    body,
  });
}
const putPdf = (bytes: Uint8Array, fileName?: string, token?: string) =>
  put(
    Buffer.from(bytes),
    'application/pdf',
    token,
    fileName ? `?fileName=${encodeURIComponent(fileName)}` : '',
  );
const putText = (text: string, token?: string) => put(JSON.stringify({ text }), 'application/json', token);
const read = async (token = w.facilitatorToken, server = s): Promise<Response> =>
  fetch(paperUrl(server), { headers: auth(token) });
const readPdf = async (token = w.facilitatorToken, server = s): Promise<Response> =>
  fetch(`${paperUrl(server)}.pdf`, { headers: auth(token) });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('the position paper (PERM-16)', () => {
  it('a PDF attached by the facilitator is read back, byte for byte, by every link; every screen is told', async () => {
    const tablet = connectControl(s.baseUrl, tokens.team);
    let told = 0;
    tablet.on('positionPaper:changed', () => told++);
    await waitFor(() => tablet.connected, 'the tablet to connect');
    const pdf = onePagePdf();
    const res = await putPdf(pdf, 'Eastshire: the three challenges.pdf');
    expect(res.status).toBe(200);
    const paper = (await res.json()) as PositionPaper;
    expect(paper).toMatchObject({
      kind: 'pdf',
      fileName: 'Eastshire the three challenges.pdf',
      bytes: pdf.length,
    });
    await waitFor(() => told === 1, 'positionPaper:changed on the tablet');
    tablet.close();

    for (const token of [w.facilitatorToken, ...Object.values(tokens)]) {
      expect(await (await read(token)).json()).toEqual(paper);
      const file = await readPdf(token);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-disposition')).toBe(
        `inline; filename="Eastshire the three challenges.pdf"; filename*=UTF-8''Eastshire%20the%20three%20challenges.pdf`,
      );
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    }
  });

  it('a file name cannot leave its header or name a folder', async () => {
    const res = await putPdf(onePagePdf(), '../../etc/"Cabinet"\r\nX-Evil: 1 — paper.pdf');
    const paper = (await res.json()) as PositionPaper & { kind: 'pdf' };
    expect(paper.fileName).toBe('CabinetX-Evil 1 — paper.pdf');
    const disposition = (await readPdf()).headers.get('content-disposition')!;
    expect(disposition).toBe(
      `inline; filename="CabinetX-Evil 1 _ paper.pdf"; filename*=UTF-8''CabinetX-Evil%201%20%E2%80%94%20paper.pdf`,
    );
  });

  it('a written paper replaces the PDF; then there is no PDF to fetch', async () => {
    const text = 'Budget: less to spend.\n\nLocalism: more for communities to do.';
    const res = await putText(`  ${text}  `);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'written', text });
    expect(await (await read(tokens.projector)).json()).toMatchObject({ kind: 'written', text });
    const pdf = await readPdf(tokens.team);
    expect(pdf.status).toBe(404);
    expect((await errorOf(pdf)).code).toBe('no-position-paper');
  });

  it('anything but a PDF or written text, or a PDF over 10 MB, is refused in words and nothing is stored', async () => {
    const before = await (await read()).json();
    const refusals: [Promise<Response>, number, string][] = [
      [putPdf(pngBytes, 'map.pdf'), 415, NOT_A_PDF],
      [put(Buffer.from(pngBytes), 'image/png'), 415, ONLY_PDF_OR_TEXT],
      [put('Our position, as plain text', 'text/plain'), 415, ONLY_PDF_OR_TEXT],
      [putPdf(new Uint8Array(0)), 415, NOT_A_PDF],
      [putPdf(onePagePdf('big', 11 * 1024 * 1024)), 413, 'The position paper is 11 MB; the most is 10 MB.'],
      [
        putPdf(onePagePdf('big', 12.3 * 1024 * 1024)),
        413,
        'The position paper is 12.3 MB; the most is 10 MB.',
      ],
      [putText('   '), 400, 'The position paper has no text: write it, or attach a PDF.'],
      [
        putText('x'.repeat(TEXT_LIMITS.positionPaper + 1)),
        400,
        'The position paper is 30,001 characters long; 30,000 is the most.',
      ],
    ];
    for (const [pending, status, message] of refusals) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect((await errorOf(res)).message).toBe(message);
    }
    expect(await (await read()).json()).toEqual(before);
  });

  it('a PDF of exactly 10 MB is taken', async () => {
    const res = await putPdf(onePagePdf('ten', POSITION_PAPER_MAX_BYTES));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'pdf', bytes: POSITION_PAPER_MAX_BYTES });
  });

  it('only the facilitator attaches or removes it; without a link nothing is told', async () => {
    const before = await (await read()).json();
    for (const role of ['team', 'leader', 'projector', 'witness'] as const) {
      const res = await putPdf(onePagePdf(), 'ours.pdf', tokens[role]);
      expect(res.status).toBe(403);
      expect((await errorOf(res)).message).toBe(
        'Only the facilitator can attach, replace or remove the position paper.',
      );
      const removal = await fetch(paperUrl(), { method: 'DELETE', headers: auth(tokens[role]) });
      expect(removal.status).toBe(403);
    }
    expect((await fetch(paperUrl())).status).toBe(401);
    expect((await fetch(`${paperUrl()}.pdf`)).status).toBe(401);
    expect(await (await read()).json()).toEqual(before);
  });

  it('removing it leaves no paper; removing again says there is none', async () => {
    const removal = await fetch(paperUrl(), { method: 'DELETE', headers: auth(w.facilitatorToken) });
    expect(removal.status).toBe(204);
    const res = await read(tokens.leader);
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({
      code: 'no-position-paper',
      message: 'This workshop has no position paper yet.',
    });
    expect((await fetch(paperUrl(), { method: 'DELETE', headers: auth(w.facilitatorToken) })).status).toBe(
      404,
    );
  });

  it('survives a restart of the server on the same data folder', async () => {
    const first = await startServer();
    const workshop = await createWorkshop(first.baseUrl);
    const pdf = onePagePdf('Kept');
    const res = await fetch(`${paperUrl(first, workshop)}?fileName=kept.pdf`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', ...auth(workshop.facilitatorToken) },
      body: Buffer.from(pdf),
    });
    expect(res.status).toBe(200);
    await first.close();
    const again = await startServer({ dataDir: first.dataDir });
    try {
      const paper = await fetch(paperUrl(again, workshop), { headers: auth(workshop.facilitatorToken) });
      expect(await paper.json()).toMatchObject({ kind: 'pdf', fileName: 'kept.pdf', bytes: pdf.length });
      const file = await fetch(`${paperUrl(again, workshop)}.pdf`, {
        headers: auth(workshop.facilitatorToken),
      });
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    } finally {
      await again.close();
    }
  });
});
