import * as Y from 'yjs';
import {
  addCard,
  addPresentationNote,
  type Ack,
  type ControlState,
  type CreatedWorkshop,
} from '../../shared/src/index.js';
import {
  agreeActions,
  answerDissentPoints,
  PROPOSITION_IDS,
  writeDissentPoints,
  writeOptions,
  writePropositions,
  writeWitnessNotes,
} from './strategicContent.js';
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
    await doc(
      leaderToken,
      (d) => {
        addPresentationNote(
          d,
          'pn-1',
          'x-back-office',
          'The districts’ leaders must be in the room before ICT moves.',
        );
        addPresentationNote(
          d,
          'pn-2',
          'x-back-office',
          'Finance, HR and legal first: the contracts allow it.',
        );
      },
      (d) => d.getMap('presentationNotes').size === 2,
    );
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
