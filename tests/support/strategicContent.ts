import * as Y from 'yjs';
import {
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
  type ControlState,
} from '../../shared/src/index.js';

/**
 * What the task teams of Eastshire's Strategic workshop write and agree (handbook 000's themes:
 * the budget reductions, the Localism Bill, new kinds of provider), each through its own team's
 * tablet as the content rules require; `reportScenario.ts` runs them in the programme's order.
 */
export type Write = (token: string, edit: (d: Y.Doc) => void, held: (d: Y.Doc) => boolean) => Promise<void>;

export async function writeOptions(doc: Write, tablets: Record<string, string>): Promise<void> {
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

export async function writeWitnessNotes(doc: Write, tablets: Record<string, string>): Promise<void> {
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

export const PROPOSITION_IDS: [string, string][] = [
  ['team-1', 'x-back-office'],
  ['team-2', 'x-parishes'],
  ['team-3', 'x-leisure'],
];

export async function writePropositions(doc: Write, tablets: Record<string, string>): Promise<void> {
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

export async function writeDissentPoints(doc: Write, tablets: Record<string, string>): Promise<void> {
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

export async function answerDissentPoints(doc: Write, tablets: Record<string, string>): Promise<void> {
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

/** A link's control connection (`commander` in reportScenario.ts). */
export interface Commander {
  send(event: string, command: object): Promise<ControlState>;
}

export async function agreeActions(leader: Commander, tablet: Commander): Promise<void> {
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
    // An action dropped after it was agreed stays on record, marked dropped (ACTION-3).
    if (then === 'confirm' || then === 'done' || then === 'drop')
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
