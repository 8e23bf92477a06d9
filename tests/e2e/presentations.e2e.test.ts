import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { presentationsWorkshop } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

/** A part of a screen's text as one line, however it is laid out. */
const words = async (part: Locator) => (await part.innerText()).replace(/\s+/g, ' ');

/** The level heading an action is listed under: the last of the three that comes before it. */
function underLevel(text: string, commitment: string): string {
  const at = text.lastIndexOf(commitment);
  const levels = ['Cabinet', 'Management team', 'Personal'].map((level) => ({
    level,
    heading: Math.max(
      ...['# ' + level, '>' + level + '<', '>' + level + ' actions<'].map((h) => text.lastIndexOf(h, at)),
    ),
  }));
  return levels.reduce((a, b) => (b.heading > a.heading ? b : a)).level;
}

/** Clicks one of the Action Report's buttons and returns the file the browser saved. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const report = page.getByRole('region', { name: 'Action Report' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: label }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe.runIf(run)(
  'the presentations, chaired by the Leader, in real Chromium against the real server',
  () => {
    env.startForSuite();

    it('the Leader steps through two propositions and decides; confirms a tablet’s action; the wall follows; the report is taken in every format', async () => {
      const base = env.server.baseUrl;
      const { workshop, tablets, leader: leaderUrl } = await presentationsWorkshop(base);
      const wall = await env.open((await mintToken(base, workshop, { role: 'projector' })).url, 1920, 1080);
      // The Leader chairs from a tablet.
      const leader = await env.open(leaderUrl, 1024, 768);
      const console = await env.open(workshop.facilitatorUrl, 1280, 800);
      const care = await env.tabletFor(tablets['team-2']!.url, 'Tom Jones');
      const chair = leader.getByRole('region', { name: 'Chairing the presentations' });

      // Before the first team, the wall shows the order; then it follows the Leader.
      await expect
        .poll(() => words(wall.getByRole('region', { name: 'Order of presentations' })))
        .toContain('Housing and growth: Leisure as a staff mutual');
      await chair.getByRole('button', { name: 'Next team' }).click();
      const presenting = wall.getByRole('region', { name: 'Presenting now' });
      await expect.poll(() => words(presenting)).toContain('Housing and growth Leisure as a staff mutual');
      await expect.poll(() => words(presenting)).toContain('Staff will not vote to leave the council');
      await expect.poll(() => words(presenting)).toContain('Addressed: A staff ballot before anything else');
      await chair
        .getByRole('region', { name: /Decision on Leisure/ })
        .getByRole('button', { name: 'Agreed', exact: true })
        .click();
      await chair.getByText('Decided: Agreed').waitFor();

      await chair.getByRole('button', { name: 'Next team' }).click();
      await expect.poll(() => words(presenting)).toContain('Adult care One front door for adult care');
      const decision = chair.getByRole('region', { name: /Decision on One front door/ });
      await decision.getByLabel(/Changes agreed/).fill('Start in the north of the county');
      await decision.getByRole('button', { name: 'Agreed with changes' }).click();
      await chair
        .getByText('Decided: Agreed with changes, with these changes: Start in the north of the county')
        .waitFor();

      // A tablet proposes an action; the Leader confirms it; the wall shows the agreed list by level.
      const propose = care.getByRole('form', { name: 'Propose an action' });
      await propose.getByLabel('The commitment').fill('Open one front door for adult care by April');
      await propose.getByLabel('Owner', { exact: true }).selectOption({ label: 'Tom Jones' });
      await propose.getByLabel('Level').selectOption({ label: 'Management team' });
      await propose.getByLabel('Due by').fill('2027-04-01');
      await propose.getByRole('button', { name: 'Propose the action' }).click();
      await leader
        .getByRole('button', { name: 'Confirm: Open one front door for adult care by April' })
        .click();
      await chair.getByRole('button', { name: 'Show the agreed actions' }).click();
      const agreed = wall.getByRole('region', { name: 'Management team actions' });
      await expect
        .poll(() => words(agreed))
        .toContain('Open one front door for adult care by April Tom Jones · 1 April 2027');

      // The facilitator takes the wall back, and gives it to the Leader again.
      await console.getByRole('radio', { name: 'The clock and agenda' }).click();
      await presenting
        .or(wall.getByRole('region', { name: 'Agreed actions' }))
        .waitFor({ state: 'detached' });
      await console.getByRole('radio', { name: /Follow the programme/ }).click();
      await wall.getByRole('region', { name: 'Agreed actions' }).waitFor();

      // The Action Report, in every format, from the Leader's screen.
      const docx = await download(leader, 'Word document');
      expect(docx.name).toMatch(/action-report\.docx$/);
      const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!);
      const commitment = 'Open one front door for adult care by April';
      expect(underLevel(xml, commitment)).toBe('Management team');
      for (const text of ['Agreed with changes', 'Start in the north of the county'])
        expect(xml).toContain(text);
      const markdown = (await download(leader, 'Markdown')).bytes.toString('utf8');
      expect(underLevel(markdown, commitment)).toBe('Management team');
      expect(markdown).toMatch(/Leisure as a staff mutual[\s\S]*?\*\*Decision:\*\* Agreed at/);
      expect(markdown).toMatch(
        /One front door for adult care[\s\S]*?\*\*Decision:\*\* Agreed with changes at [^:]*: Start in the north of the county/,
      );
      const backup = JSON.parse((await download(leader, 'Backup (JSON)')).bytes.toString('utf8')) as {
        format: string;
      };
      expect(backup.format).toBe('challenge-board-backup');
      const [printable] = await Promise.all([
        leader.waitForEvent('popup'),
        leader
          .getByRole('region', { name: 'Action Report' })
          .getByRole('button', { name: 'Printable web page' })
          .click(),
      ]);
      await printable.getByText('Open one front door for adult care by April').first().waitFor();
      const html = await printable.content();
      expect(html).toContain('@media print');
      expect(html).toContain('Agreed with changes');
      expect(underLevel(html, 'Open one front door for adult care by April')).toBe('Management team');
      expect(html).toMatch(/Leisure as a staff mutual[\s\S]*?Decision: <\/strong>Agreed at/);
    });
  },
);
