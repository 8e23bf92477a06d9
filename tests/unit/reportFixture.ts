import * as Y from 'yjs';
import {
  addCard,
  addCouncilPriority,
  addDissentPoint,
  addOption,
  addProposition,
  addSpokespersonNote,
  addWitnessNote,
  answerDissentPoint,
  councilNoteKey,
  councilNoteText,
  dissentPointNote,
  findTemplate,
  initialBoard,
  initialClock,
  initialDissent,
  initialPropositions,
  initialRoster,
  initialWitnesses,
  makeCouncilNotes,
  noteTopics,
  optionText,
  propositionText,
  readReportContent,
  recordPresented,
  setOptionAim,
  setPropositionFlag,
  updateOption,
  updateProposition,
  type DissentState,
  type ReportInput,
} from '../../shared/src/index.js';

/** 9.00 in London on a summer's day (BST, an hour ahead of UTC): the workshop's clock starts here. */
export const NINE = Date.UTC(2026, 5, 11, 8, 0);
const MIN = 60_000;
const at = (minutes: number) => NINE + minutes * MIN;

const teams = [
  { id: 'team-1', name: 'Housing and growth' },
  { id: 'team-2', name: 'Adult care' },
];

/**
 * Handbook 000 run to the presentations: two teams, priorities voted and allocated, an option, a
 * witness's evidence, a proposition per team through a round of ritual dissent with a point and its
 * answer, two decisions and actions at every level.
 */
export function strategicInput(timeZone = 'Europe/London'): ReportInput {
  const template = findTemplate('strategic-political-leadership')!;
  const doc = new Y.Doc();
  addCard(doc, 'p1', {
    title: 'Share back-office services',
    category: 'budget',
    x: 0.9,
    y: 0.9,
    placedAt: 1,
  });
  addCard(doc, 'p2', { title: 'Neighbourhood plans', note: 'Parish councils lead', category: 'empower' });
  addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'p1' });
  optionText(doc, 'o1', 'description')!.insert(0, 'A shared service with the district');
  optionText(doc, 'o1', 'money')!.insert(0, 'Saves £400k a year');
  updateOption(doc, 'o1', { level: 'service-redesign', provider: 'shared', shortlisted: true });
  setOptionAim(doc, 'o1', 'cheaper', true);
  addWitnessNote(doc, 'n1', {
    teamId: 'team-1',
    witnessId: 'w-beth',
    memberId: 'm-priya',
    byWitness: false,
    question: 'How long did sharing take?',
    answer: 'Two years, with one chief executive',
  });
  addWitnessNote(doc, 'n-empty', { teamId: 'team-2', witnessId: 'w-beth', memberId: null, byWitness: false });
  for (const [id, teamId, title] of [
    ['x1', 'team-1', 'One back office with the district'],
    ['x2', 'team-2', 'One front door for adult care'],
  ] as const) {
    addProposition(doc, id, { teamId, title });
    propositionText(doc, id, 'proposal')!.insert(0, `${title}, from April 2027.`);
  }
  updateProposition(doc, 'x1', { challenge: 'budget', costKind: 'saving', pounds: 400_000, percent: 6 });
  setPropositionFlag(doc, 'x1', 'optionIds', 'o1', true);
  setPropositionFlag(doc, 'x1', 'noteIds', 'n1', true);
  const plan = {
    presenting: ['team-1', 'team-2'],
    propositionIds: { 'team-1': 'x1', 'team-2': 'x2' },
    rotation: [{ 'team-1': 'team-2', 'team-2': 'team-1' }],
    spokespeople: { 'team-1': 'm-priya' },
  };
  const running: DissentState = {
    ...initialDissent(),
    rounds: 1,
    plan,
    run: { round: 0, phase: 'present', status: 'running', deadlineAtMs: at(193), remainingMs: null, step: 1 },
  };
  recordPresented(doc, running);
  // Revised after the round: the record keeps what was presented.
  propositionText(doc, 'x1', 'proposal')!.insert(0, 'Revised: ');
  const point = {
    round: 0,
    kind: 'dissent' as const,
    listeningTeamId: 'team-2',
    presentingTeamId: 'team-1',
    propositionId: 'x1',
  };
  addDissentPoint(doc, { ...point, id: 'pt1', text: 'The district has said no before | twice' });
  answerDissentPoint(doc, 'pt1', 'addressed');
  dissentPointNote(doc, 'pt1')!.insert(0, 'A new leader there since May');
  addSpokespersonNote(doc, 's1', 'team-1', 0, 'Lead with the savings');

  const agenda = template.agenda;
  const presentations = agenda.findIndex((item) => item.kind === 'presentation');
  return {
    workshop: {
      title: 'Eastshire: strategic political leadership',
      templateId: template.id,
      teams,
      createdAtMs: at(-24 * 60),
    },
    timeZone,
    content: readReportContent(doc),
    control: {
      agenda,
      clock: {
        ...initialClock(),
        currentIndex: presentations,
        status: 'running',
        deadlineAtMs: at(240),
        startedAtMs: at(0),
        adjustMinById: { briefing: -2 },
        asRun: [
          { itemId: 'introduction', title: agenda[0]!.title, startedAtMs: at(0), endedAtMs: at(12) },
          { itemId: 'briefing', title: agenda[1]!.title, startedAtMs: at(12), endedAtMs: at(50) },
          { itemId: 'team-task-1', title: agenda[2]!.title, startedAtMs: at(50), endedAtMs: at(80) },
          {
            itemId: 'presentations',
            title: agenda[presentations]!.title,
            startedAtMs: at(220),
            endedAtMs: null,
          },
        ],
      },
      board: {
        ...initialBoard(),
        votes: { 'm-priya': { p1: 3 }, 'm-tom': { p1: 1, p2: 2 } },
        allocations: { p1: 'team-1' },
      },
      roster: {
        ...initialRoster(template.room.bodies),
        members: [
          {
            id: 'm-priya',
            name: 'Priya Shah',
            teamId: 'team-1',
            bodyId: 'cabinet',
            role: 'Portfolio holder, Finance',
          },
          { id: 'm-tom', name: 'Tom Jones', teamId: 'team-2', bodyId: 'management-team', role: '' },
        ],
      },
      propositions: { status: { x1: 'final', x2: 'revised' } },
      witnesses: {
        ...initialWitnesses(),
        witnesses: [
          {
            id: 'w-beth',
            name: 'Beth Evans',
            expertise: 'Shared services',
            attendance: 'phone',
            freeFromMin: 0,
            freeToMin: 30,
          },
          {
            id: 'w-raj',
            name: 'Raj Patel',
            expertise: 'Staff mutuals',
            attendance: 'room',
            freeFromMin: 0,
            freeToMin: 40,
          },
        ],
      },
      dissent: { ...running, run: { ...running.run!, phase: 'revise', status: 'finished' } },
      chair: {
        order: ['team-2', 'team-1'],
        showing: null,
        decisions: {
          x1: { decision: 'agreed-with-changes', changes: 'Ask the district first', decidedAtMs: at(230) },
          x2: { decision: 'further-work', changes: '', decidedAtMs: at(235) },
        },
      },
      actions: {
        actions: [
          action(
            'a1',
            'Write to the district’s leader',
            'cabinet',
            { memberId: 'm-priya' },
            'confirmed',
            '2026-07-31',
            'x1',
          ),
          action(
            'a2',
            'Cost the front door',
            'management-team',
            { name: 'Director of adult care' },
            'done',
            null,
            'x2',
          ),
          action(
            'a3',
            'Visit a council that shares',
            'personal',
            { memberId: 'm-tom' },
            'confirmed',
            '2026-09-30',
            null,
          ),
          action('a4', 'A review of everything', 'cabinet', null, 'proposed', null, null),
          action('a5', 'Close the libraries', 'cabinet', null, 'dropped', null, null),
        ],
      },
    },
  };
}

function action(
  id: string,
  commitment: string,
  level: 'cabinet' | 'management-team' | 'personal',
  owner: { memberId: string } | { name: string } | null,
  status: 'proposed' | 'confirmed' | 'done' | 'dropped',
  dueDate: string | null,
  propositionId: string | null,
) {
  return {
    id,
    commitment,
    level,
    owner,
    status,
    dueDate,
    propositionId,
    council: null,
    proposedByTeamId: 'team-1',
  };
}

/** Handbook 001: two councils' cabinets and their shared management team, pooled and paired. */
export function councilsInput(): ReportInput {
  const template = findTemplate('shared-services-leadership')!;
  const doc = new Y.Doc();
  addCouncilPriority(doc, 'nd-economy', 'team-1', 'Growing the local economy', 'The LEP leads');
  addCouncilPriority(doc, 'w-jobs', 'team-2', 'Jobs and growth', 'A shared team saves £400k');
  addCouncilPriority(doc, 'w-housing', 'team-2', 'Affordable homes in the villages');
  const pooled = {
    groups: [
      { id: 'nd-economy', priorityIds: ['nd-economy', 'w-jobs'], scope: 'shared' as const },
      { id: 'w-housing', priorityIds: ['w-housing'], scope: 'separate' as const },
    ],
  };
  const pairs = { pairs: [{ id: 'm-dev~m-priya', memberIds: ['m-priya', 'm-dev'] as [string, string] }] };
  makeCouncilNotes(doc, [
    { topic: noteTopics.implications('nd-economy'), teamIds: ['team-3'] },
    { topic: noteTopics.pair('m-dev~m-priya'), teamIds: ['team-1', 'team-2'] },
    { topic: noteTopics.discussion('localism'), teamIds: ['team-1'] },
  ]);
  councilNoteText(doc, councilNoteKey(noteTopics.implications('nd-economy'), ['team-3']))!.insert(
    0,
    'One economic development team',
  );
  councilNoteText(doc, councilNoteKey(noteTopics.pair('m-dev~m-priya'), ['team-1', 'team-2']))!.insert(
    0,
    'Meet every Monday',
  );
  councilNoteText(doc, councilNoteKey(noteTopics.discussion('localism'), ['team-1']))!.insert(
    0,
    'Ward members want budgets',
  );
  const bodies = template.room.bodies.map((b) =>
    b.council ? { ...b, council: b.id === 'first-cabinet' ? 'North Downs' : 'Weald' } : b,
  );
  return {
    workshop: {
      title: 'North Downs and Weald',
      templateId: template.id,
      teams: [
        { id: 'team-1', name: 'North Downs cabinet' },
        { id: 'team-2', name: 'Weald cabinet' },
        { id: 'team-3', name: 'Shared management team' },
      ],
      createdAtMs: NINE,
    },
    timeZone: 'Europe/London',
    content: readReportContent(doc),
    control: {
      agenda: template.agenda,
      clock: initialClock(),
      board: initialBoard(),
      roster: {
        ...initialRoster(bodies),
        members: [
          {
            id: 'm-priya',
            name: 'Priya Shah',
            teamId: 'team-1',
            bodyId: 'first-cabinet',
            role: 'Portfolio holder, Finance',
          },
          {
            id: 'm-dev',
            name: 'Dev Patel',
            teamId: 'team-2',
            bodyId: 'second-cabinet',
            role: 'Portfolio holder, Finance and Resources',
          },
        ],
      },
      propositions: initialPropositions(),
      witnesses: initialWitnesses(),
      pooled,
      pairs,
      actions: {
        actions: [
          {
            ...action(
              'c1',
              'One economic development plan',
              'management-team',
              { name: 'Chief executive' },
              'confirmed',
              '2026-12-31',
              null,
            ),
            council: null,
          },
          {
            ...action(
              'c2',
              'Village housing sites',
              'cabinet',
              { memberId: 'm-dev' },
              'confirmed',
              null,
              null,
            ),
            council: 'Weald',
          },
        ],
      },
    },
  };
}
