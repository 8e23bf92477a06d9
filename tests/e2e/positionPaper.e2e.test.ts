import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { NOT_A_PDF, ONLY_PDF_OR_TEXT, type PositionPaper } from '../../shared/src/index.js';
import { requireChromium } from '../support/browser.js';
import { onePagePdf, pngBytes } from '../support/pdf.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();

const env = screens();
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
});

async function newPage(width: number, height: number, name: string, url: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The console's file input, whatever its label says (attach, or replace). */
const choosePaper = (console: Page, name: string, mimeType: string, bytes: Uint8Array) =>
  console
    .locator('.paper-section input[type=file]')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });

describe.runIf(run)('the position paper, in real Chromium against the real server', () => {
  env.startForSuite();

  it('a PDF attached on the console is read on a team tablet; a file that is not a PDF is refused and changes nothing', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    const team = await mintToken(env.server.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const tablet = await newPage(1024, 768, 'tablet', team.url);
    await tablet.getByText('Task team 1', { exact: true }).waitFor();
    const paperButton = tablet.getByRole('button', { name: 'Position paper' });
    expect(await paperButton.count()).toBe(0);

    const facilitator = await newPage(1280, 800, 'facilitator', w.facilitatorUrl);
    await facilitator.getByText('No position paper yet.').waitFor();
    const pdf = onePagePdf('Eastshire: the three challenges in the council’s area');
    await choosePaper(facilitator, 'Eastshire position paper.pdf', 'application/pdf', pdf);
    await facilitator
      .getByText(/^Eastshire position paper\.pdf, \d+ bytes, attached today at \d+\.\d\d\.$/)
      .waitFor();

    // The tablet is told and offers it; the reader fetches it with the tablet's own link.
    await paperButton.click();
    const reader = tablet.getByRole('dialog', { name: 'Position paper' });
    await reader.getByText(`Eastshire position paper.pdf, ${pdf.length} bytes`).waitFor();
    const frame = reader.locator('iframe[title="Position paper: Eastshire position paper.pdf"]');
    await frame.waitFor({ state: 'attached' });
    const src = (await frame.getAttribute('src')) ?? '';
    expect(src).toMatch(/^blob:/);
    const shown = await tablet.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      return { length: bytes.length, start: new TextDecoder().decode(bytes.slice(0, 8)) };
    }, src);
    expect(shown).toEqual({ length: pdf.length, start: '%PDF-1.4' });
    expect(await reader.getByRole('link', { name: 'Download' }).getAttribute('download')).toBe(
      'Eastshire position paper.pdf',
    );
    expect(await violations(tablet)).toEqual([]);
    await reader.getByRole('button', { name: 'Close' }).click();
    await reader.waitFor({ state: 'detached' });
    // The keyboard is back where it was.
    expect(await paperButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // Refused in the browser at once: a text file and a picture.
    await choosePaper(facilitator, 'notes.txt', 'text/plain', new TextEncoder().encode('Our position'));
    await facilitator.getByRole('alert').getByText(`“notes.txt” is not a PDF. ${ONLY_PDF_OR_TEXT}`).waitFor();
    await choosePaper(facilitator, 'map.png', 'image/png', pngBytes);
    await facilitator.getByRole('alert').getByText(`“map.png” is not a PDF. ${ONLY_PDF_OR_TEXT}`).waitFor();
    // Refused by the server: a picture that calls itself a PDF.
    await choosePaper(facilitator, 'map.pdf', 'application/pdf', pngBytes);
    await facilitator.getByRole('alert').getByText(NOT_A_PDF).waitFor();
    await facilitator.getByText(/^Eastshire position paper\.pdf, \d+ bytes, attached/).waitFor();
    await facilitator.getByRole('button', { name: 'Remove the position paper' }).click();
    await facilitator.getByRole('group', { name: 'Remove the position paper?' }).waitFor();
    expect(await violations(facilitator)).toEqual([]);
    await facilitator.getByRole('button', { name: 'Keep it' }).click();

    const stored = (await (
      await fetch(`${env.server.baseUrl}/api/workshops/${w.id}/position-paper`, {
        headers: { authorization: `Bearer ${team.token}` },
      })
    ).json()) as PositionPaper;
    expect(stored).toMatchObject({
      kind: 'pdf',
      fileName: 'Eastshire position paper.pdf',
      bytes: pdf.length,
    });
    await paperButton.click();
    await reader.getByText(`Eastshire position paper.pdf, ${pdf.length} bytes`).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a paper written on the console is read on the projector, paragraph by paragraph', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    const wall = await mintToken(env.server.baseUrl, w, { role: 'projector' });
    const projector = await newPage(1920, 1080, 'projector', wall.url);
    await projector.getByText('Introduction').first().waitFor();
    const facilitator = await newPage(1280, 800, 'facilitator', w.facilitatorUrl);
    const paper = [
      'Budget: the council has a fifth less to spend over four years.',
      'Localism: communities will be able to take over services and assets.',
      'Government: the new administration expects more from fewer, simpler partnerships.',
    ];
    await facilitator.getByLabel('Or write it here').fill(paper.join('\n\n'));
    await facilitator.getByRole('button', { name: 'Save the written paper' }).click();
    await facilitator.getByText(/^Written in the board, 33 words, saved today at/).waitFor();

    await projector.getByRole('button', { name: 'Position paper' }).click();
    const reader = projector.getByRole('dialog', { name: 'Position paper' });
    await reader.getByText(paper[2]!).waitFor();
    expect(await reader.locator('.paper-reader__written p').allTextContents()).toEqual(paper);
    expect(await violations(projector)).toEqual([]);

    // Removed on the console: the reader closes and the button leaves the wall.
    await facilitator.getByRole('button', { name: 'Remove the position paper' }).click();
    await facilitator.getByRole('button', { name: 'Yes, remove it' }).click();
    await reader.waitFor({ state: 'detached' });
    await projector.getByRole('button', { name: 'Position paper' }).waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
