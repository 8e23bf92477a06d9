import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PositionPaper } from '../../shared/src/index.js';
import { PositionPaperButton } from '../../client/src/paper/PositionPaperButton.js';
import { PaperSection } from '../../client/src/screens/facilitator/PaperSection.js';
import { renderScreen } from './harness.js';

afterEach(() => vi.unstubAllGlobals());

const noPaper = () =>
  Response.json({ error: { code: 'no-position-paper', message: 'none' } }, { status: 404 });

/** The server's paper as it stands, and every request the screen made. */
function serverWith(initial: PositionPaper | null) {
  const state = { paper: initial, requests: [] as { url: string; method: string; body: unknown }[] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      state.requests.push({ url, method, body: init?.body });
      if (method === 'PUT') {
        state.paper = { kind: 'written', text: JSON.parse(String(init?.body)).text, updatedAtMs: 2 };
        return Response.json(state.paper);
      }
      if (method === 'DELETE') {
        state.paper = null;
        return new Response(null, { status: 204 });
      }
      return state.paper ? Response.json(state.paper) : noPaper();
    }),
  );
  return state;
}

describe('the position paper on the screens', () => {
  it('a tablet shows "Position paper" only once one is attached, and reads a written one as paragraphs', async () => {
    const server = serverWith(null);
    const user = userEvent.setup();
    const { store } = renderScreen(<PositionPaperButton />);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Position paper' })).toBeNull();

    server.paper = {
      kind: 'written',
      text: 'Budget: less to spend.\n\nLocalism:\nmore to do.',
      updatedAtMs: 1,
    };
    act(() => store.setState((s) => ({ positionPaperChanges: s.positionPaperChanges + 1 })));
    await user.click(await screen.findByRole('button', { name: 'Position paper' }));
    const reader = screen.getByRole('dialog', { name: 'Position paper' });
    const paragraphs = within(reader).getAllByText(/./, { selector: 'p' });
    expect(paragraphs.map((p) => p.textContent)).toEqual([
      'Budget: less to spend.',
      'Localism:\nmore to do.',
    ]);
    await user.click(within(reader).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the console refuses a file that is not a PDF, or is over 10 MB, before sending it', async () => {
    const server = serverWith({ kind: 'written', text: 'Our paper', updatedAtMs: Date.now() });
    const user = userEvent.setup({ applyAccept: false });
    renderScreen(<PaperSection />, { role: 'facilitator' });
    expect(await screen.findByText(/Written in the board, 2 words, saved today at/)).toBeInTheDocument();
    const input = screen.getByLabelText('Replace it with a PDF (up to 10 MB)');

    await user.upload(input, new File(['plain words'], 'notes.txt', { type: 'text/plain' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“notes.txt” is not a PDF. Only a PDF, or text written in the board, can be attached as the position paper.',
    );
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'big.pdf', { type: 'application/pdf' });
    await user.upload(input, big);
    expect(screen.getByRole('alert')).toHaveTextContent('The position paper is 11 MB; the most is 10 MB.');
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('the console writes the paper, and removes it only once asked', async () => {
    const server = serverWith(null);
    const user = userEvent.setup();
    renderScreen(<PaperSection />, { role: 'facilitator' });
    expect(await screen.findByText('No position paper yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Or write it here'), 'Three challenges');
    await user.click(screen.getByRole('button', { name: 'Save the written paper' }));
    expect(await screen.findByText(/Written in the board, 2 words/)).toBeInTheDocument();
    expect(server.requests.at(-1)).toMatchObject({ method: 'PUT', body: '{"text":"Three challenges"}' });

    await user.click(screen.getByRole('button', { name: 'Remove the position paper' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(server.paper).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove the position paper' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByText('No position paper yet.')).toBeInTheDocument();
    expect(server.paper).toBeNull();
  });
});
