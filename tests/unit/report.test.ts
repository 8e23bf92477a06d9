import { describe, expect, it } from 'vitest';
import {
  buildActionReport,
  canonicalJson,
  checksummed,
  isTimeZone,
  renderHtml,
  renderMarkdown,
  reportFileName,
  reportLayout,
  reportTimeZone,
} from '../../shared/src/index.js';
import { councilsInput, strategicInput } from './reportFixture.js';

describe('the Action Report’s model', () => {
  const report = buildActionReport(strategicInput());

  it('REPORT-1 says what workshop, programme, day and room it is about, and who took part', () => {
    expect(report).toMatchObject({
      title: 'Eastshire: strategic political leadership',
      programme: 'Strategic Political Leadership in New Times',
      date: 'Thursday 11 June 2026',
      isoDate: '2026-06-11',
      timeZone: 'Europe/London',
      councils: [],
    });
    expect(report.participants).toEqual([
      {
        name: 'Housing and growth',
        members: [{ name: 'Priya Shah', body: 'Cabinet', role: 'Portfolio holder, Finance' }],
      },
      { name: 'Adult care', members: [{ name: 'Tom Jones', body: 'Corporate management team', role: '' }] },
    ]);
  });

  it('REPORT-2 opens as a council paper: purpose, summary in counts, recommendations from the decisions', () => {
    expect(report.purpose).toBe(
      'To record the key areas of agreement and the commitments to action from the challenge workshop “Eastshire: strategic political leadership” on Thursday 11 June 2026, so that the results integrate with corporate work plans.',
    );
    expect(report.summary).toEqual([
      '2 people in 2 task teams (Housing and growth, Adult care) took part in “Eastshire: strategic political leadership”.',
      'They mapped 2 priorities, 1 allocated to the task teams, worked up 1 option (1 shortlisted), questioned 2 witnesses and tested 2 propositions in ritual dissent.',
      'The Leader decided on 2 propositions: 1 agreed with changes and 1 needing further work.',
      '3 actions were agreed: 1 at cabinet level, 1 for the management team and 1 personal; 1 more was proposed and not confirmed.',
    ]);
    expect(report.recommendations).toEqual([
      'That Adult care works up “One front door for adult care” further and brings it back.',
      'That the council takes forward “One back office with the district” (Housing and growth) with the changes agreed: Ask the district first.',
      'That the commitments to action below are confirmed, and their owners report progress against them.',
    ]);
  });

  it('REPORT-3 REPORT-4 gives the programme as planned and as run, in the report’s time zone', () => {
    const [intro, briefing, task1, howYouWillChange] = report.agenda.items;
    expect(intro).toMatchObject({
      plannedStart: '9.00',
      started: '9.00',
      ended: '9.12',
      minutesTaken: 12,
      state: 'done',
    });
    expect(briefing).toMatchObject({
      plannedStart: '9.10',
      plannedMinutes: 40,
      extendedBy: -2,
      minutesTaken: 38,
    });
    expect(task1).toMatchObject({ plannedStart: '9.50', started: '9.50', ended: '10.20', state: 'done' });
    expect(howYouWillChange).toMatchObject({ started: null, state: 'skipped' });
    expect(report.agenda.items.at(-1)).toMatchObject({
      plannedStart: '12.40',
      started: '12.40',
      ended: null,
      minutesTaken: null,
      state: 'running',
    });
    expect(report.agenda).toMatchObject({ plannedFinish: '1.00', finished: null });
    // The same workshop read in UTC: every actual time an hour earlier, the planned ones as published.
    const utc = buildActionReport(strategicInput('UTC'));
    expect(utc.agenda.items[0]).toMatchObject({ plannedStart: '9.00', started: '8.00', ended: '8.12' });
    expect(utc.timeZone).toBe('UTC');
    expect(reportTimeZone('Mars/Olympus')).toBe('Europe/London');
    expect(reportTimeZone(undefined)).toBe('Europe/London');
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('not a zone')).toBe(false);
  });

  it('REPORT-5 lists the priorities with votes and allocation, the options and the witness evidence by witness', () => {
    expect(report.priorities).toEqual([
      {
        title: 'Share back-office services',
        note: '',
        category: 'Budget reductions',
        votes: 4,
        allocatedTo: 'Housing and growth',
        place: 'more impact on the place, more ease of delivery',
      },
      expect.objectContaining({ title: 'Neighbourhood plans', votes: 2, allocatedTo: null, place: null }),
    ]);
    expect(report.options).toEqual([
      {
        team: 'Housing and growth',
        priorities: [
          {
            priority: 'Share back-office services',
            options: [
              expect.objectContaining({
                description: 'A shared service with the district',
                level: 'Service redesign',
                provider: 'Shared with another council',
                aims: ['Cheaper for the tax payer'],
                money: 'Saves £400k a year',
                shortlisted: true,
              }),
            ],
          },
        ],
      },
    ]);
    // A note with nothing in it is left out; a witness with no notes is still listed.
    expect(report.witnesses).toEqual([
      {
        name: 'Beth Evans',
        expertise: 'Shared services',
        attendance: 'By phone',
        notes: [
          {
            team: 'Housing and growth',
            askedBy: 'Priya Shah',
            question: 'How long did sharing take?',
            answer: 'Two years, with one chief executive',
            byWitness: false,
          },
        ],
      },
      { name: 'Raj Patel', expertise: 'Staff mutuals', attendance: 'In the room', notes: [] },
    ]);
  });

  it('REPORT-6 gives each proposition in the order presented, its dissent round by round and its decision', () => {
    expect(report.propositions.map((p) => p.title)).toEqual([
      'One front door for adult care',
      'One back office with the district',
    ]);
    const x1 = report.propositions[1]!;
    expect(x1).toMatchObject({
      team: 'Housing and growth',
      status: 'Final',
      presented: true,
      challenge: 'Budget reductions',
      cost: 'A saving of £400,000 (6%)',
      proposal: 'Revised: One back office with the district, from April 2027.',
      draws: [
        'Option: A shared service with the district',
        'Witness note from Beth Evans: How long did sharing take?',
      ],
      decision: {
        decision: 'agreed-with-changes',
        label: 'Agreed with changes',
        changes: 'Ask the district first',
        decidedAt: '12.50',
      },
    });
    expect(x1.rounds).toEqual([
      {
        round: 1,
        heardBy: 'Adult care',
        spokesperson: 'Priya Shah',
        presented: {
          title: 'One back office with the district',
          proposal: 'One back office with the district, from April 2027.',
          risks: '',
          firstSteps: '',
        },
        points: [
          {
            kind: 'Dissent',
            by: 'Adult care',
            text: 'The district has said no before | twice',
            answer: 'Addressed',
            note: 'A new leader there since May',
          },
        ],
        spokespersonNotes: ['Lead with the savings'],
      },
    ]);
  });

  it('REPORT-7 groups the confirmed actions by level with owners and dates; the rest are kept apart', () => {
    expect(
      report.actions.map((g) => [g.label, g.actions.map((a) => [a.commitment, a.owner, a.due])]),
    ).toEqual([
      [
        'Cabinet',
        [['Write to the district’s leader', 'Priya Shah (Portfolio holder, Finance)', '31 July 2026']],
      ],
      ['Management team', [['Cost the front door', 'Director of adult care', null]]],
      ['Personal', [['Visit a council that shares', 'Tom Jones', '30 September 2026']]],
    ]);
    expect(report.actions[1]!.actions[0]).toMatchObject({
      status: 'done',
      proposition: 'One front door for adult care',
      proposedBy: 'Housing and growth',
    });
    expect(report.unconfirmedActions.map((a) => a.commitment)).toEqual(['A review of everything']);
    expect(report.droppedActions.map((a) => a.commitment)).toEqual(['Close the libraries']);
    expect(report.councilsDetail).toBeNull();
  });

  it('REPORT-8 for two councils: shared and separate priorities with implications, pairs and discussions', () => {
    const councils = buildActionReport(councilsInput());
    expect(councils.councils).toEqual(['North Downs', 'Weald']);
    expect(councils.purpose).toMatch(/corporate work plans and the shared strategy\.$/);
    expect(councils.councilsDetail).toEqual({
      shared: [
        {
          wordings: [
            { from: 'North Downs', headline: 'Growing the local economy', fit: 'The LEP leads' },
            { from: 'Weald', headline: 'Jobs and growth', fit: 'A shared team saves £400k' },
          ],
          from: ['North Downs', 'Weald'],
          implications: 'One economic development team',
        },
      ],
      separate: [
        { council: 'North Downs', priorities: [] },
        {
          council: 'Weald',
          priorities: [
            {
              wordings: [{ from: 'Weald', headline: 'Affordable homes in the villages', fit: '' }],
              from: ['Weald'],
              implications: '',
            },
          ],
        },
      ],
      unsorted: [],
      pairs: [
        {
          people: [
            { name: 'Priya Shah', role: 'Portfolio holder, Finance', council: 'North Downs' },
            { name: 'Dev Patel', role: 'Portfolio holder, Finance and Resources', council: 'Weald' },
          ],
          howTheyWillWork: 'Meet every Monday',
        },
      ],
      discussions: [
        {
          item: 'Impacts of the Localism Bill',
          notes: [{ team: 'North Downs cabinet', text: 'Ward members want budgets' }],
        },
        { item: 'Innovation, risk and change', notes: [] },
      ],
    });
    expect(councils.recommendations).toEqual([
      'That the commitments to action below are confirmed, and their owners report progress against them.',
    ]);
  });
});

describe('the Action Report laid out and rendered', () => {
  const report = buildActionReport(strategicInput());
  const layout = reportLayout(report);

  it('REPORT-9 front matter first, unnumbered; the detail numbered, each part on a new page', () => {
    expect(layout.sections.map((s) => [s.number, s.title, s.detail])).toEqual([
      [null, 'Purpose of report', false],
      [null, 'Summary', false],
      [null, 'Recommendations', false],
      [null, 'Actions', false],
      ['1', 'Who took part', true],
      ['2', 'The programme, planned and as run', true],
      ['3', 'Priorities and their allocation', true],
      ['4', 'Options worked up', true],
      ['5', 'Witness evidence', true],
      ['6', 'Propositions, ritual dissent and decisions', true],
      ['7', 'Actions not confirmed', true],
    ]);
    expect(layout.subtitle).toEqual([
      'Strategic Political Leadership in New Times',
      'Thursday 11 June 2026 (times are Europe/London time)',
    ]);
    const twoCouncils = reportLayout(buildActionReport(councilsInput()));
    expect(twoCouncils.sections.filter((s) => s.detail).map((s) => s.title)).toContain(
      'Shared and separate corporate priorities',
    );
    const actions = twoCouncils.sections.find((s) => s.id === 'actions')!.blocks;
    expect(actions).toContainEqual({
      kind: 'table',
      caption: 'Cabinet actions',
      head: ['No.', 'Commitment', 'Owner', 'Council', 'Due', 'From'],
      rows: [
        [
          '1',
          'Village housing sites',
          'Dev Patel (Portfolio holder, Finance and Resources)',
          'Weald',
          'No date yet',
          '—',
        ],
      ],
    });
  });

  it('REPORT-10 Markdown: tables for the actions, what people typed never read as Markdown', () => {
    const md = renderMarkdown(layout);
    expect(md.startsWith('# Eastshire: strategic political leadership: Action Report\n')).toBe(true);
    expect(md).toContain('## Purpose of report');
    expect(md).toContain('## 6\\. Propositions, ritual dissent and decisions');
    expect(md).toContain('| No. | Commitment | Owner | Due | From |');
    expect(md).toContain(
      '| 1 | Write to the district’s leader | Priya Shah (Portfolio holder, Finance) | 31 July 2026 | One back office with the district |',
    );
    expect(md).toContain(
      '| 2 | Cost the front door (done) | Director of adult care | No date yet | One front door for adult care |',
    );
    expect(md).toContain('The district has said no before \\| twice');
    expect(md.indexOf('## Actions')).toBeLessThan(md.indexOf('## 1\\. Who took part'));
  });

  it('REPORT-10 the web page: escaped, with a print stylesheet that starts each part of the detail on a page', () => {
    const hostile = strategicInput();
    hostile.workshop.title = '<script>alert(1)</script> & co';
    const html = renderHtml(reportLayout(buildActionReport(hostile)));
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co: Action Report</title>');
    expect(html).toMatch(/@media print \{[^]*section\.detail \{ break-before: page;/);
    expect(html).not.toMatch(/<nav|<script/);
    expect(html).toContain('<section class="detail" id="propositions"');
    expect(html).toContain('<strong>Decision: </strong>Agreed with changes at 12.50: Ask the district first');
    expect(html).toContain('<td>Write to the district’s leader</td>');
  });

  it('REPORT-11 file names come from the title and the day it ran', () => {
    expect(reportFileName('Eastshire: strategic political leadership', '2026-06-11', 'docx')).toBe(
      'eastshire-strategic-political-leadership-2026-06-11-action-report.docx',
    );
    expect(reportFileName('Ynys Môn ❤', '2026-06-11', 'json')).toBe('ynys-mon-2026-06-11-backup.json');
    expect(reportFileName('!!!', '2026-06-11', 'md')).toBe('workshop-2026-06-11-action-report.md');
  });

  it('REPORT-12 the checksum’s canonical form: keys in order at every level, the checksum itself left out', () => {
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
    expect(checksummed({ checksum: 'abc', z: 1, a: { y: true } })).toBe('{"a":{"y":true},"z":1}');
  });
});
