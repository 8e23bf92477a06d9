import path from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_KEYS, type Backup, type CreatedWorkshop } from '../../shared/src/index.js';
import { attachPaper, onePagePdf } from '../support/pdf.js';
import { strategicProgrammeRun, type ProgrammeRun } from '../support/reportScenario.js';
import { mintToken, startServer, type RunningServer } from '../support/server.js';

/** 9.00 on Thursday 24 November 2011 in London (GMT): the day the workshop runs. */
const NINE = Date.UTC(2011, 10, 24, 9, 0);
const MIN = 60_000;
const PAPER = onePagePdf('The three challenges in Eastshire');

let now = NINE;
let first: RunningServer;
let run: ProgrammeRun;
let teamToken: string;

beforeAll(async () => {
  first = await startServer({ nowMs: () => now });
  run = await strategicProgrammeRun(first.baseUrl, (minutes) => (now = NINE + minutes * MIN));
  teamToken = run.tablets['team-1']!;
  await attachPaper(first.baseUrl, run.workshop, PAPER, 'Eastshire position paper.pdf');
  now = NINE + 300 * MIN;
});
afterAll(() => first?.close());

const get = (server: RunningServer, id: string, file: string, token: string) =>
  fetch(`${server.baseUrl}/api/workshops/${id}/${file}`, { headers: { authorization: `Bearer ${token}` } });

const importBackup = (server: RunningServer, body: string, type = 'application/json') =>
  fetch(`${server.baseUrl}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });

/** Every key of a document as plain JSON. */
function documentContent(base64: string): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
  return Object.fromEntries(Object.values(DOC_KEYS).map((key) => [key, doc.getMap(key).toJSON()]));
}

/** Rows each table holds: what an import must leave untouched when it refuses. */
function rowCounts(server: RunningServer): Record<string, number> {
  const db = new Database(path.join(server.dataDir, 'challenge-board.sqlite'), { readonly: true });
  try {
    const tables = [
      'workshops',
      'teams',
      'links',
      'control_states',
      'doc_snapshots',
      'doc_updates',
      'position_papers',
    ];
    return Object.fromEntries(
      tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

describe('the Action Report’s routes', () => {
  const formats = [
    [
      'report.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'action-report.docx',
    ],
    ['report.html', 'text/html; charset=utf-8', 'action-report.html'],
    ['report.md', 'text/markdown; charset=utf-8', 'action-report.md'],
    ['report.json', 'application/json; charset=utf-8', 'backup.json'],
  ] as const;

  it.each(formats)(
    'PERM-32 %s answers the facilitator and the Leader, and refuses a task team',
    async (file, type, name) => {
      for (const token of [run.workshop.facilitatorToken, run.leaderToken]) {
        const res = await get(first, run.workshop.id, file, token);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(type);
        expect(res.headers.get('content-disposition')).toBe(
          `attachment; filename="eastshire-county-council-strategic-political-leadership-2011-11-24-${name}"`,
        );
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
      const refused = await get(first, run.workshop.id, file, teamToken);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({
        error: {
          code: 'forbidden',
          message:
            'Only the Leader, or the facilitator, takes away the Action Report and the workshop’s backup.',
        },
      });
      const noToken = await fetch(`${first.baseUrl}/api/workshops/${run.workshop.id}/${file}`);
      expect(noToken.status).toBe(401);
    },
  );

  it('REPORT-10 the Word file unzips to a document with the decisions and the actions by level', async () => {
    const res = await get(first, run.workshop.id, 'report.docx', run.leaderToken);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const words of [
      'Purpose of report',
      'Recommendations',
      '1. Who took part',
      'Decision:',
      'Agreed with changes',
      'Start with finance, HR and legal',
      'Needs further work',
      'Write to the two district leaders proposing a joint committee',
      'Pensions advice for the mutual (done)',
      'Meet the parishes’ association before Christmas',
    ])
      expect(text).toContain(words);
    // The actions under their levels, in the handbook's order: cabinet, management team, personal.
    const at = (words: string) => text.indexOf(words);
    expect(at('Cabinet actions')).toBeLessThan(at('Write to the two district leaders'));
    expect(at('Write to the two district leaders')).toBeLessThan(at('Management team actions'));
    expect(at('Management team actions')).toBeLessThan(at('A business case for the shared back office'));
    expect(at('Personal actions')).toBeLessThan(at('Visit the mutual David Cole founded'));
    // Tables with a header row repeated on each page, and the detail starting on new pages.
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:pageBreakBefore/>');
  });

  it('REPORT-10 the web page holds the decisions and the actions, with a print stylesheet and no script', async () => {
    const res = await get(first, run.workshop.id, 'report.html', run.workshop.facilitatorToken);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const html = await res.text();
    expect(html).toContain(
      '<title>Eastshire County Council: Strategic Political Leadership: Action Report</title>',
    );
    expect(html).toContain('@media print');
    // Opened from a blob on the screens, the page carries its own policy: no script runs in it.
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).toContain('section.detail { break-before: page;');
    expect(html).not.toMatch(/<script|<nav/);
    expect(html).toContain('<strong>Decision: </strong>Agreed at 12.51');
    expect(html).toContain('<h3>Management team</h3>');
    expect(html).toContain('<td>A business case for the shared back office</td>');
    expect(html).toContain('<td>Mark Reid (Director of Resources)</td>');
    // CHAIR-7: the discussion at the presentations, with the proposition it was about.
    expect(html).toMatch(
      /One back office[\s\S]*Discussion at the presentations:[\s\S]*The districts’ leaders must be in the room before ICT moves\./,
    );
    // The programme as run, in London time: the briefing overran by two minutes.
    expect(html).toMatch(
      /<td>9\.10<\/td><td>Input: What will change\?[^<]*<\/td><td>40<\/td><td>9\.10<\/td><td>9\.52<\/td><td>42<\/td>/,
    );
  });

  it('REPORT-3 times are in the zone the screen asks for', async () => {
    const res = await get(first, run.workshop.id, 'report.md?tz=America/New_York', run.leaderToken);
    const md = await res.text();
    expect(md).toContain('Thursday 24 November 2011 (times are America/New\\_York time)');
    expect(md).toContain(
      '| 9.10 | Input: What will change? – briefing on the challenges you face | 40 | 4.10 | 4.52 | 42 |',
    );
  });
});

describe('backing up a workshop and making it again on another server', () => {
  it('REPORT-12 REPORT-13 an export imported into a fresh server exports the same, apart from ids, tokens and dates', async () => {
    const exported = await (
      await get(first, run.workshop.id, 'report.json', run.workshop.facilitatorToken)
    ).text();
    const backup = JSON.parse(exported) as Backup;
    expect(backup).toMatchObject({
      format: 'challenge-board-backup',
      version: 1,
      workshop: { id: run.workshop.id },
    });
    expect(backup.checksum).toMatch(/^[0-9a-f]{64}$/);

    const second = await startServer({ nowMs: () => NINE + 10_000 * MIN });
    try {
      // As `curl --data-binary @file` sends it: the file, whatever type the tool calls it.
      const res = await importBackup(second, exported, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(201);
      const created = (await res.json()) as CreatedWorkshop;
      expect(created).toMatchObject({
        title: 'Eastshire County Council: Strategic Political Leadership',
        templateId: 'strategic-political-leadership',
        teams: run.workshop.teams,
        facilitatorUrl: expect.stringMatching(new RegExp(`/w/${created.id}/facilitator#token=`)),
      });
      expect(created.id).not.toBe(run.workshop.id);
      // The new facilitator link reads it; the Leader adds a link of their own, as on any workshop.
      const leader = await mintToken(second.baseUrl, created, { role: 'leader' });
      const again = JSON.parse(
        await (await get(second, created.id, 'report.json', leader.token)).text(),
      ) as Backup;

      // What may differ, and why: the new id, when each was exported and so its checksum, and who
      // each tablet spoke for (links of the first server, which the second never made).
      const comparable = (b: Backup) => {
        const { exportedAt: _at, checksum: _sum, workshop, control, document, ...rest } = b;
        const { id: _id, ...record } = workshop;
        const roster = control.roster as { speakingFor: unknown };
        return {
          ...rest,
          workshop: record,
          control: { ...control, roster: { ...roster, speakingFor: null } },
          document: documentContent(document),
        };
      };
      expect(again.workshop.id).toBe(created.id);
      expect(comparable(again)).toEqual(comparable(backup));
      // Bytes for bytes, the document too.
      expect(again.document).toBe(backup.document);
      expect(again.report).toEqual(backup.report);
      expect(again.positionPaper).toMatchObject({ kind: 'pdf', fileName: 'Eastshire position paper.pdf' });
      const paper = await get(second, created.id, 'position-paper.pdf', created.facilitatorToken);
      expect(new Uint8Array(await paper.arrayBuffer())).toEqual(PAPER);
    } finally {
      await second.close();
    }
  });

  describe('refusals: nothing is stored', () => {
    let second: RunningServer;
    let exported: string;
    beforeAll(async () => {
      exported = await (
        await get(first, run.workshop.id, 'report.json', run.workshop.facilitatorToken)
      ).text();
      second = await startServer({ importsPerMinute: 100 });
    });
    afterAll(() => second?.close());

    it('REPORT-13 a sixth restore from one address within a minute waits', async () => {
      const third = await startServer();
      try {
        for (let i = 0; i < 5; i++) expect((await importBackup(third, 'not a backup')).status).toBe(400);
        const sixth = await importBackup(third, exported);
        expect(sixth.status).toBe(429);
        expect(await sixth.json()).toMatchObject({ error: { code: 'too-many-imports' } });
      } finally {
        await third.close();
      }
    });

    const refused = async (
      body: string,
      status: number,
      error: { code: string; message: string | RegExp },
    ) => {
      const before = rowCounts(second);
      const res = await importBackup(second, body);
      expect(res.status).toBe(status);
      const answer = (await res.json()) as { error: { code: string; message: string } };
      expect(answer.error.code).toBe(error.code);
      expect(answer.error.message).toMatch(error.message);
      expect(rowCounts(second)).toEqual(before);
      expect(before.workshops).toBe(0);
    };

    it('REPORT-13 a body that is not a backup', async () => {
      await refused(JSON.stringify({ title: 'A workshop', templateId: 'blank' }), 400, {
        code: 'not-a-backup',
        message:
          'This is not a Challenge Board backup: a backup is the .json file a workshop’s “Backup” download gives.',
      });
      await refused('[1, 2, 3]', 400, {
        code: 'not-a-backup',
        message: /^This is not a Challenge Board backup/,
      });
    });

    it('REPORT-13 a backup with one character changed, its checksum kept', async () => {
      const changed = exported.replace(
        'Visit the mutual David Cole founded',
        'Visit the mutual Dave Cole founded',
      );
      expect(changed).not.toBe(exported);
      await refused(changed, 400, {
        code: 'tampered',
        message:
          'This backup has been changed since it was exported: its checksum does not match what it holds, so it cannot be trusted. Export it again from the workshop.',
      });
    });

    it('REPORT-13 a backup cut in half', async () => {
      await refused(exported.slice(0, Math.floor(exported.length / 2)), 400, {
        code: 'bad-json',
        message:
          'This backup is not valid JSON: the file may have been cut short. Export it again from the workshop.',
      });
    });

    it('REPORT-13 a backup whose parts are missing, or whose document does not decode, checksum and all', async () => {
      const { backupChecksum } = await import('../../server/src/report/exportWorkshop.js');
      const resealed = (change: (b: Record<string, unknown>) => void) => {
        const b = JSON.parse(exported) as Record<string, unknown>;
        change(b);
        return JSON.stringify({ ...b, checksum: backupChecksum(b) });
      };
      await refused(
        resealed((b) => delete b.document),
        400,
        {
          code: 'incomplete-backup',
          message: /^This backup is incomplete or damaged \(document: /,
        },
      );
      await refused(
        resealed((b) => delete (b.control as Record<string, unknown>).actions),
        400,
        {
          code: 'incomplete-backup',
          message:
            'This backup is incomplete or damaged (its control state has no “actions” section). Export it again from the workshop.',
        },
      );
      // Each part well formed, but naming a team the workshop does not have.
      await refused(
        resealed((b) => {
          const control = b.control as { chair: { order: string[] } };
          control.chair.order = ['team-9'];
        }),
        400,
        {
          code: 'incomplete-backup',
          message:
            'This backup is incomplete or damaged (its order of presentations names a task team the workshop does not have). Export it again from the workshop.',
        },
      );
      const half = Buffer.from((JSON.parse(exported) as Backup).document, 'base64');
      await refused(
        resealed((b) => (b.document = half.subarray(0, half.length >> 1).toString('base64'))),
        400,
        { code: 'bad-document', message: /^The workshop’s document in this backup cannot be read: / },
      );
      await refused(
        resealed((b) => ((b.control as { clock: { currentIndex: number } }).clock.currentIndex = 99)),
        400,
        { code: 'bad-control', message: /^This backup’s control state does not read back: clock: / },
      );
    });
  });
});
