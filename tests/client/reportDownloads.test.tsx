import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportDownloads } from '../../client/src/report/ReportDownloads.js';
import { renderScreen } from './harness.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The server's answers, and every request the screen made with its headers. */
function serverAnswering(status = 200) {
  const requests: { url: string; authorization: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      if (status !== 200)
        return Response.json(
          {
            error: {
              code: 'forbidden',
              message:
                'Only the Leader, or the facilitator, takes away the Action Report and the workshop’s backup.',
            },
          },
          { status },
        );
      const format = url.split('?')[0]!.split('.').pop();
      return new Response(`the ${format}`, {
        headers: {
          'content-type': format === 'html' ? 'text/html; charset=utf-8' : 'application/octet-stream',
          'content-disposition': `attachment; filename="eastshire-2011-11-24-action-report.${format}"`,
        },
      });
    }),
  );
  return requests;
}

let saved: { href: string; download: string }[];
beforeEach(() => {
  saved = [];
  let n = 0;
  // jsdom has no object URLs: the screen's are named in order here, and taken away after.
  Object.assign(URL, { createObjectURL: vi.fn(() => `blob:report-${++n}`), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.getAttribute('href')!, download: this.download });
  });
});
afterEach(() => {
  const url = URL as unknown as Record<string, unknown>;
  delete url.createObjectURL;
  delete url.revokeObjectURL;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the Action Report’s downloads', () => {
  it('the facilitator saves the Word document under the server’s name, fetched with the console’s link', async () => {
    const requests = serverAnswering();
    const user = userEvent.setup();
    renderScreen(<ReportDownloads />, { role: 'facilitator' });
    expect(screen.getByRole('region', { name: 'Action Report' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Word document' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(requests).toEqual([
      { url: `/api/workshops/w1/report.docx?tz=${encodeURIComponent(zone)}`, authorization: 'Bearer token' },
    ]);
    expect(saved[0]).toEqual({ href: 'blob:report-1', download: 'eastshire-2011-11-24-action-report.docx' });

    await user.click(screen.getByRole('button', { name: 'Backup (JSON)' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.download).toBe('eastshire-2011-11-24-action-report.json');
    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    await vi.waitFor(() => expect(saved).toHaveLength(3));
    expect(requests.map((r) => r.url.split('?')[0])).toEqual([
      '/api/workshops/w1/report.docx',
      '/api/workshops/w1/report.json',
      '/api/workshops/w1/report.md',
    ]);
  });

  it('the Leader opens the printable page in a new tab, opened at the click so no pop-up blocker stops it', async () => {
    serverAnswering();
    const tab = { document: { title: '' }, location: { href: '' }, opener: {} as unknown, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const user = userEvent.setup();
    renderScreen(<ReportDownloads />, { role: 'leader' });
    await user.click(screen.getByRole('button', { name: 'Printable web page' }));
    expect(open).toHaveBeenCalledWith('', '_blank');
    await vi.waitFor(() => expect(tab.location.href).toBe('blob:report-1'));
    expect(tab.opener).toBeNull();
    expect(saved).toEqual([]);
  });

  it('says a blocked tab and a refusal in words, and a task team’s tablet shows nothing', async () => {
    serverAnswering(403);
    vi.spyOn(window, 'open').mockReturnValue(null);
    const user = userEvent.setup();
    renderScreen(<ReportDownloads />, { role: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Printable web page' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The browser blocked the new tab: allow pop-ups for this page, or take the Word document.',
    );
    await user.click(screen.getByRole('button', { name: 'Word document' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only the Leader, or the facilitator, takes away the Action Report and the workshop’s backup.',
    );
    expect(saved).toEqual([]);

    const { container } = renderScreen(<ReportDownloads />, { role: 'team' });
    expect(container).toBeEmptyDOMElement();
  });
});
