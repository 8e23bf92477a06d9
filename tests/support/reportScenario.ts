import * as Y from 'yjs';
import {
  addCard,
  addDissentPoint,
  addOption,
  addProposition,
  addSpokespersonNote,
  addWitnessNote,
  answerDissentPoint,
  dissentPointNote,
  optionText,
  propositionText,
  setOptionAim,
  setPropositionFlag,
  updateOption,
  updateProposition,
  type Ack,
  type ControlState,
  type CreatedWorkshop,
} from '../../shared/src/index.js';
import { connectControl, connectProvider, createWorkshop, mintToken, synced, waitFor } from './server.js';

/**
 * Handbook 000, "Strategic Political Leadership in New Times", run from 9.00 to 1.00 through the
 * public interface only, as a real room would: rosters, the map (priorities voted on and
 * allocated), options, the witness sessions with their notes, propositions through a round of
 * ritual dissent (points and answers), the Leader's decisions and actions at every level. Used by
 * the Action Report's tests and by `scripts/example-report.ts`.
 */
export interface ProgrammeRun {
  workshop: CreatedWorkshop;
  leaderToken: string;
  tablets: Record<string, string>;
}

/** Moves the server's clock, when the caller has one to move (minutes after 9.00); otherwise nothing. */
export type SetClock = (minutesAfterNine: number) => void;

const TEAMS = ['Budget and growth', 'Localism and communities', 'Services and providers'];

const PEOPLE: [id: string, name: string, team: string, body: 'cabinet' | 'management-team', role: string][] =
  [
    ['m-shah', 'Cllr Priya Shah', 'team-1', 'cabinet', 'Portfolio holder, Finance'],
    ['m-reid', 'Mark Reid', 'team-1', 'management-team', 'Director of Resources'],
    ['m-okafor', 'Cllr Sam Okafor', 'team-2', 'cabinet', 'Portfolio holder, Communities'],
    ['m-lee', 'Cllr Ann Lee', 'team-2', 'cabinet', 'Cabinet member, Planning'],
    ['m-jones', 'Cllr Tom Jones', 'team-3', 'cabinet', 'Portfolio holder, Adult Social Care'],
    ['m-price', 'Helen Price', 'team-3', 'management-team', 'Head of Leisure and Culture'],
  ];

const PRIORITIES: [id: string, title: string, category: string, x: number, y: number, team: string][] = [
  ['p-back-office', 'Share back-office services with the district councils', 'budget', 0.8, 0.85, 'team-1'],
  [
    'p-budgets',
    'Close the £14m gap over 2011–14 without cutting frontline care',
    'budget',
    0.3,
    0.9,
    'team-1',
  ],
  ['p-parishes', 'Neighbourhood plans led by town and parish councils', 'empower', 0.6, 0.65, 'team-2'],
  ['p-spending', 'Publish all spending over £500 and every contract', 'scrutiny', 0.9, 0.3, 'team-2'],
  ['p-leisure', 'A staff mutual for the leisure centres', 'supply', 0.55, 0.6, 'team-3'],
  ['p-health', 'Total place pilot with health for older people', 'government', 0.2, 0.7, 'team-3'],
];

/** One link's control connection: commands through it, each refused command failing the run. */
function commander(baseUrl: string, token: string) {
  const socket = connectControl(baseUrl, token);
  let n = 0;
  const prefix = Math.random().toString(36).slice(2, 10);
  return {
    send: async (event: string, command: object): Promise<ControlState> => {
      const ack = (await socket.emitWithAck(
        event as 'clock:command',
        {
          commandId: `run-${prefix}-${++n}`,
          command,
        } as never,
      )) as Ack<ControlState>;
      if (!ack.ok) throw new Error(`${event} ${JSON.stringify(command)}: ${ack.error.message}`);
      return ack.data;
    },
    close: () => socket.close(),
  };
}

/** Writes to the document as `token`'s device does, and returns once the server holds it. */
async function write(
  wsUrl: string,
  workshopId: string,
  token: string,
  edit: (doc: Y.Doc) => void,
  held: (doc: Y.Doc) => boolean,
): Promise<void> {
  const writer = connectProvider(wsUrl, workshopId, token, new Y.Doc());
  try {
    await synced(writer);
    edit(writer.doc);
    const reader = connectProvider(wsUrl, workshopId, token, new Y.Doc());
    try {
      await waitFor(() => reader.synced && held(reader.doc), 'the edit to reach the server');
    } finally {
      reader.destroy();
    }
  } finally {
    writer.destroy();
  }
}

export async function strategicProgrammeRun(
  baseUrl: string,
  setClock: SetClock = () => {},
  title = 'Eastshire County Council: Strategic Political Leadership',
): Promise<ProgrammeRun> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  setClock(-30);
  const workshop = await createWorkshop(baseUrl, { title, teams: TEAMS });
  const tablets: Record<string, string> = {};
  for (const team of workshop.teams)
    tablets[team.id] = (await mintToken(baseUrl, workshop, { role: 'team', teamId: team.id })).token;
  const leaderToken = (await mintToken(baseUrl, workshop, { role: 'leader', name: 'Cllr Jane Hart' })).token;
  const facilitator = commander(baseUrl, workshop.facilitatorToken);
  const leader = commander(baseUrl, leaderToken);
  const team = Object.fromEntries(
    Object.entries(tablets).map(([id, token]) => [id, commander(baseUrl, token)]),
  );
  const doc = (token: string, edit: (d: Y.Doc) => void, held: (d: Y.Doc) => boolean) =>
    write(wsUrl, workshop.id, token, edit, held);
  try {
    for (const [id, name, teamId, bodyId, role] of PEOPLE)
      await facilitator.send('roster:command', {
        type: 'addMember',
        member: { id, name, teamId, bodyId, role },
      });

    // 9.00 the introduction; 9.10 the briefing on the challenges; 9.50 team task 1.
    setClock(0);
    await facilitator.send('clock:command', { type: 'start' });
    setClock(10);
    await facilitator.send('clock:command', { type: 'next' });
    setClock(52);
    await facilitator.send('clock:command', { type: 'next' });
    await doc(
      workshop.facilitatorToken,
      (d) =>
        PRIORITIES.forEach(([id, text, category, x, y, by], i) =>
          addCard(d, id, { title: text, category, x, y, placedAt: i + 1, createdByTeamId: by }),
        ),
      (d) => d.getMap('cards').size === PRIORITIES.length,
    );
    const votes: [string, string[]][] = [
      ['team-1', ['p-back-office', 'p-back-office', 'p-budgets', 'p-budgets', 'p-leisure']],
      ['team-2', ['p-parishes', 'p-parishes', 'p-back-office', 'p-spending', 'p-health']],
      ['team-3', ['p-leisure', 'p-leisure', 'p-health', 'p-back-office', 'p-budgets']],
    ];
    for (const [teamId, cards] of votes)
      for (const cardId of cards)
        await team[teamId]!.send('board:command', { type: 'vote', cardId, delta: 1 });
    for (const [cardId, teamId] of [
      ['p-back-office', 'team-1'],
      ['p-parishes', 'team-2'],
      ['p-leisure', 'team-3'],
    ])
      await facilitator.send('board:command', { type: 'allocate', cardId, teamId });

    // 10.15 how you will change; 10.30 coffee; 11.00 team task 2: options.
    setClock(77);
    await facilitator.send('clock:command', { type: 'next' });
    setClock(92);
    await facilitator.send('clock:command', { type: 'next' });
    setClock(122);
    await facilitator.send('clock:command', { type: 'next' });
    await writeOptions(doc, tablets);

    // 11.30 the witness sessions.
    setClock(152);
    await facilitator.send('clock:command', { type: 'next' });
    for (const witness of [
      {
        id: 'w-evans',
        name: 'Beth Evans',
        expertise: 'Chief executive of two councils sharing one management team',
        attendance: 'room',
        freeFromMin: 0,
        freeToMin: 40,
      },
      {
        id: 'w-cole',
        name: 'David Cole',
        expertise: 'Founded a leisure staff mutual',
        attendance: 'phone',
        freeFromMin: 0,
        freeToMin: 30,
      },
    ])
      await facilitator.send('witnesses:command', { type: 'addWitness', witness });
    await facilitator.send('witnesses:command', { type: 'propose' });
    await writeWitnessNotes(doc, tablets);

    // 12.10 team task 3: propositions and a round of ritual dissent.
    setClock(190);
    await facilitator.send('clock:command', { type: 'next' });
    await writePropositions(doc, tablets);
    for (const [teamId, propositionId] of PROPOSITION_IDS)
      await team[teamId]!.send('propositions:command', {
        type: 'setStatus',
        propositionId,
        status: 'ready-for-dissent',
      });
    await facilitator.send('dissent:command', { type: 'setRounds', rounds: 1 });
    await facilitator.send('dissent:command', { type: 'plan' });
    await team['team-1']!.send('dissent:command', {
      type: 'setSpokesperson',
      teamId: 'team-1',
      memberId: 'm-shah',
    });
    await team['team-3']!.send('dissent:command', {
      type: 'setSpokesperson',
      teamId: 'team-3',
      memberId: 'm-price',
    });
    setClock(195);
    await facilitator.send('dissent:command', { type: 'start' });
    setClock(198);
    await facilitator.send('dissent:command', { type: 'nextPhase' });
    await writeDissentPoints(doc, tablets);
    setClock(202);
    await facilitator.send('dissent:command', { type: 'nextPhase' });
    await answerDissentPoints(doc, tablets);
    setClock(207);
    await facilitator.send('dissent:command', { type: 'nextPhase' });
    for (const [teamId, propositionId] of PROPOSITION_IDS) {
      await team[teamId]!.send('propositions:command', {
        type: 'setStatus',
        propositionId,
        status: 'revised',
      });
      await team[teamId]!.send('propositions:command', { type: 'setStatus', propositionId, status: 'final' });
    }

    // 12.40 the presentations, chaired by the Leader; decisions and the follow-up action.
    setClock(222);
    await facilitator.send('clock:command', { type: 'next' });
    await leader.send('chair:command', { type: 'setOrder', teamIds: ['team-1', 'team-3', 'team-2'] });
    setClock(225);
    await leader.send('chair:command', {
      type: 'decide',
      propositionId: 'x-back-office',
      decision: 'agreed-with-changes',
      changes: 'Start with finance, HR and legal; ICT follows once the district’s contract ends in 2013.',
    });
    setClock(231);
    await leader.send('chair:command', {
      type: 'decide',
      propositionId: 'x-leisure',
      decision: 'agreed',
      changes: '',
    });
    setClock(236);
    await leader.send('chair:command', {
      type: 'decide',
      propositionId: 'x-parishes',
      decision: 'further-work',
      changes: '',
    });
    await agreeActions(leader, team['team-2']!);
    setClock(242);
    await facilitator.send('clock:command', { type: 'next' });
    return { workshop, leaderToken, tablets };
  } finally {
    for (const c of [facilitator, leader, ...Object.values(team)]) c.close();
  }
}

type Write = (token: string, edit: (d: Y.Doc) => void, held: (d: Y.Doc) => boolean) => Promise<void>;

async function writeOptions(doc: Write, tablets: Record<string, string>): Promise<void> {
  const options: [string, string, string, Record<string, string>, object, string[]][] = [
    [
      'team-1',
      'o-shared-service',
      'p-back-office',
      {
        description: 'One shared back office with the two district councils: finance, HR, legal and ICT',
        money: '£1.2m a year by 2014 once the three teams are one',
        culture: 'Three councils’ ways of working become one; staff need a say early',
        power: 'A joint committee of the three councils governs it',
        risks: 'The districts may not agree the split of savings',
      },
      { level: 'organisational-transformation', provider: 'shared', shortlisted: true },
      ['cheaper', 'simpler'],
    ],
    [
      'team-1',
      'o-outsource',
      'p-back-office',
      {
        description: 'Contract the back office out to a private provider',
        money: 'Saves more at first; a ten-year contract',
      },
      { level: 'service-redesign', provider: 'private-contract', shortlisted: false },
      ['cheaper'],
    ],
    [
      'team-2',
      'o-parish-plans',
      'p-parishes',
      {
        description: 'Town and parish councils lead neighbourhood plans, the county supports with planners',
        power: 'Power moves to parishes: members let go',
        risks: 'Parishes without clerks cannot take it on',
      },
      { level: 'service-redesign', provider: 'community', shortlisted: true },
      ['better'],
    ],
    [
      'team-3',
      'o-mutual',
      'p-leisure',
      {
        description: 'The leisure centres spun out as a staff mutual',
        money: 'The subsidy of £600k tapers to nothing over four years',
        culture: 'Staff own it: from service to business',
        risks: 'Pensions; the staff ballot may fail',
      },
      { level: 'organisational-transformation', provider: 'staff-mutual', shortlisted: true },
      ['cheaper', 'better'],
    ],
  ];
  for (const [teamId, id, priorityId, texts, fields, aimIds] of options)
    await doc(
      tablets[teamId]!,
      (d) => {
        addOption(d, id, { teamId, priorityId });
        for (const [field, words] of Object.entries(texts))
          optionText(d, id, field as 'description')!.insert(0, words);
        updateOption(d, id, fields);
        for (const aim of aimIds) setOptionAim(d, id, aim as 'cheaper', true);
      },
      (d) => d.getMap('options').has(id),
    );
}

async function writeWitnessNotes(doc: Write, tablets: Record<string, string>): Promise<void> {
  const notes: [string, string, string, string, string, string][] = [
    [
      'team-1',
      'n-evans-1',
      'w-evans',
      'm-reid',
      'How long did it take to share one management team?',
      'Eighteen months; the savings came in the second year, not the first.',
    ],
    [
      'team-1',
      'n-evans-2',
      'w-evans',
      'm-shah',
      'What would you do differently?',
      'Agree how savings are shared before anything else.',
    ],
    [
      'team-2',
      'n-evans-3',
      'w-evans',
      'm-lee',
      'Did parishes take on services?',
      'The larger town councils did; small parishes needed a clerk shared between them.',
    ],
    [
      'team-3',
      'n-cole-1',
      'w-cole',
      'm-price',
      'How did the staff vote go?',
      '82% in favour, after six months of open meetings.',
    ],
  ];
  for (const [teamId, id, witnessId, memberId, question, answer] of notes)
    await doc(
      tablets[teamId]!,
      (d) => addWitnessNote(d, id, { teamId, witnessId, memberId, byWitness: false, question, answer }),
      (d) => d.getMap('witnessNotes').has(id),
    );
}

const PROPOSITION_IDS: [string, string][] = [
  ['team-1', 'x-back-office'],
  ['team-2', 'x-parishes'],
  ['team-3', 'x-leisure'],
];

async function writePropositions(doc: Write, tablets: Record<string, string>): Promise<void> {
  const propositions: [string, string, string, string, string, string, object, string[], string[]][] = [
    [
      'team-1',
      'x-back-office',
      'One back office for the county and the districts',
      'Share finance, HR, legal and ICT with the two district councils from April 2012, under a joint committee.',
      'The districts may not agree the split of savings; ICT contracts end at different times.',
      'Leaders of the three councils meet in January; a business case by March.',
      {
        challenge: 'budget',
        level: 'organisational-transformation',
        provider: 'shared',
        costKind: 'saving',
        pounds: 1_200_000,
        percent: 8,
      },
      ['o-shared-service'],
      ['n-evans-1', 'n-evans-2'],
    ],
    [
      'team-2',
      'x-parishes',
      'Parishes lead neighbourhood plans',
      'Town and parish councils lead neighbourhood plans, with the county’s planners as their support.',
      'Small parishes cannot take it on alone.',
      'Ask the parishes’ association which councils want to lead first.',
      {
        challenge: 'localism',
        level: 'service-redesign',
        provider: 'community',
        costKind: 'cost',
        pounds: 90_000,
        percent: null,
      },
      ['o-parish-plans'],
      ['n-evans-3'],
    ],
    [
      'team-3',
      'x-leisure',
      'Leisure centres as a staff mutual',
      'Spin the four leisure centres out as a staff mutual by April 2013, the subsidy tapering over four years.',
      'Pensions; the staff ballot may fail.',
      'Open meetings with the staff; a ballot in the summer.',
      {
        challenge: 'budget',
        level: 'organisational-transformation',
        provider: 'staff-mutual',
        costKind: 'saving',
        pounds: 600_000,
        percent: 40,
      },
      ['o-mutual'],
      ['n-cole-1'],
    ],
  ];
  for (const [teamId, id, title, proposal, risks, firstSteps, fields, optionIds, noteIds] of propositions)
    await doc(
      tablets[teamId]!,
      (d) => {
        addProposition(d, id, { teamId, title });
        propositionText(d, id, 'proposal')!.insert(0, proposal);
        propositionText(d, id, 'risks')!.insert(0, risks);
        propositionText(d, id, 'firstSteps')!.insert(0, firstSteps);
        updateProposition(d, id, fields);
        for (const optionId of optionIds) setPropositionFlag(d, id, 'optionIds', optionId, true);
        for (const noteId of noteIds) setPropositionFlag(d, id, 'noteIds', noteId, true);
        setPropositionFlag(d, id, 'benefits', 'cheaper', true);
      },
      (d) => d.getMap('propositions').has(id),
    );
}

/** Round 1 (ROTATION-n with three teams): team 1 presents to team 2, team 2 to team 3, team 3 to team 1. */
const POINTS: [id: string, by: string, to: string, propositionId: string, text: string][] = [
  [
    'pt-1',
    'team-2',
    'team-1',
    'x-back-office',
    'The districts said no to sharing ICT in 2009: why would they now?',
  ],
  ['pt-2', 'team-2', 'team-1', 'x-back-office', 'Who decides when the three councils disagree?'],
  ['pt-3', 'team-3', 'team-2', 'x-parishes', 'Most parishes have no clerk and meet four times a year.'],
  ['pt-4', 'team-1', 'team-3', 'x-leisure', 'What happens to the centres if the mutual fails?'],
];

async function writeDissentPoints(doc: Write, tablets: Record<string, string>): Promise<void> {
  for (const [id, by, to, propositionId, text] of POINTS)
    await doc(
      tablets[by]!,
      (d) =>
        addDissentPoint(d, {
          id,
          round: 0,
          kind: 'dissent',
          listeningTeamId: by,
          presentingTeamId: to,
          propositionId,
          text,
        }),
      (d) => d.getMap('dissentPoints').has(id),
    );
}

async function answerDissentPoints(doc: Write, tablets: Record<string, string>): Promise<void> {
  const answers: [string, string, 'addressed' | 'rejected', string][] = [
    ['pt-1', 'team-1', 'addressed', 'Both districts have new leaders since May, and face the same cuts.'],
    ['pt-2', 'team-1', 'addressed', 'A joint committee, each council with a veto on its own services.'],
    ['pt-3', 'team-2', 'addressed', 'Clusters of parishes share a clerk, paid for in the first year.'],
    [
      'pt-4',
      'team-3',
      'rejected',
      'The contract hands the centres back; the risk is no greater than today’s.',
    ],
  ];
  for (const [id, teamId, answer, note] of answers)
    await doc(
      tablets[teamId]!,
      (d) => {
        answerDissentPoint(d, id, answer);
        dissentPointNote(d, id)!.insert(0, note);
      },
      (d) =>
        (d.getMap('dissentPoints').get(id) as Y.Map<Y.Map<unknown>> | undefined)
          ?.get('response')
          ?.get('answer') === answer,
    );
  await doc(
    tablets['team-1']!,
    (d) => addSpokespersonNote(d, 'sn-1', 'team-1', 0, 'Lead with the new leaders; name the veto.'),
    (d) => d.getMap('spokespersonNotes').has('sn-1'),
  );
}

type Commander = ReturnType<typeof commander>;

async function agreeActions(leader: Commander, tablet: Commander): Promise<void> {
  const actions: [
    string,
    string,
    object | null,
    string,
    string | null,
    string | null,
    'confirm' | 'done' | 'drop' | null,
  ][] = [
    [
      'a-1',
      'Write to the two district leaders proposing a joint committee',
      { memberId: 'm-shah' },
      'cabinet',
      '2011-12-16',
      'x-back-office',
      'confirm',
    ],
    [
      'a-2',
      'Agree a staff ballot on the leisure mutual',
      { memberId: 'm-jones' },
      'cabinet',
      '2012-03-30',
      'x-leisure',
      'confirm',
    ],
    [
      'a-3',
      'A business case for the shared back office',
      { memberId: 'm-reid' },
      'management-team',
      '2012-03-30',
      'x-back-office',
      'confirm',
    ],
    [
      'a-4',
      'Pensions advice for the mutual',
      { name: 'Head of HR' },
      'management-team',
      '2012-01-31',
      'x-leisure',
      'done',
    ],
    [
      'a-5',
      'Meet the parishes’ association before Christmas',
      { memberId: 'm-okafor' },
      'personal',
      '2011-12-20',
      'x-parishes',
      'confirm',
    ],
    [
      'a-6',
      'Visit the mutual David Cole founded',
      { memberId: 'm-price' },
      'personal',
      null,
      'x-leisure',
      'confirm',
    ],
    ['a-7', 'Close two libraries to fund the planners', null, 'cabinet', null, null, 'drop'],
  ];
  for (const [id, commitment, owner, level, dueDate, propositionId, then] of actions) {
    await leader.send('actions:command', {
      type: 'propose',
      action: { id, commitment, owner, level, council: null, dueDate, propositionId },
    });
    if (then === 'confirm' || then === 'done')
      await leader.send('actions:command', { type: 'confirm', actionId: id });
    if (then === 'done') await leader.send('actions:command', { type: 'markDone', actionId: id, done: true });
    if (then === 'drop') await leader.send('actions:command', { type: 'drop', actionId: id });
  }
  // A team's tablet proposes during the presentations (ACTION-2); the Leader has not confirmed it yet.
  await tablet.send('actions:command', {
    type: 'propose',
    action: {
      id: 'a-8',
      commitment: 'A parish clerk shared by each cluster of parishes',
      owner: null,
      level: 'management-team',
      council: null,
      dueDate: null,
      propositionId: 'x-parishes',
    },
  });
}
