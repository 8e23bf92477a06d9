import * as Y from 'yjs';
import {
  addCard,
  addDissentPoint,
  answerDissentPoint,
  dissentPointNote,
  readDissentPoints,
  addCouncilPriority,
  addOption,
  addProposition,
  addWitnessNote,
  cardsMap,
  councilPrioritiesMap,
  optionText,
  propositionText,
  readPropositions,
  setOptionAim,
  setPropositionFlag,
  updateOption,
  updateProposition,
  type Ack,
  type ControlState,
  type CreatedWorkshop,
} from '../../shared/src/index.js';
import { connectControl, connectProvider, createWorkshop, mintToken, synced, waitFor } from './server.js';

export interface Scenario {
  workshop: CreatedWorkshop;
  urls: { facilitator: string; team: string; projector: string; leader: string; witness: string };
  joinCode: string;
}

const priorities = [
  { id: 'p1', title: 'Share back-office services with the district', category: 'budget', x: 0.92, y: 0.92 },
  { id: 'p2', title: 'Neighbourhood plans led by parish councils', category: 'empower', x: 0.38, y: 0.62 },
  { id: 'p3', title: 'Staff mutual for leisure services', category: 'supply', x: 0.62, y: 0.3 },
  { id: 'p4', title: 'Publish all spending over £500', category: 'scrutiny', x: 0.95, y: 0.05 },
  { id: 'p5', title: 'Total place pilot with health partners', category: 'localism', x: 0.04, y: 0.96 },
];

/** A workshop part-way through team task 1, made through the public interface only, as a real room would. */
export async function populatedWorkshop(baseUrl: string): Promise<Scenario> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const workshop = await createWorkshop(baseUrl, {
    teams: ['Housing and growth', 'Adult care', 'Shared services'],
  });
  const link = async (role: 'team' | 'projector' | 'leader' | 'witness') =>
    (
      await mintToken(baseUrl, workshop, {
        role,
        teamId: role === 'team' ? 'team-1' : undefined,
        name: role === 'team' ? 'Cllr Patel' : undefined,
      })
    ).url;
  const urls = {
    facilitator: workshop.facilitatorUrl,
    team: await link('team'),
    projector: await link('projector'),
    leader: await link('leader'),
    witness: await link('witness'),
  };

  const provider = connectProvider(wsUrl, workshop.id, workshop.facilitatorToken, new Y.Doc());
  await synced(provider);
  priorities.forEach((p, i) => addCard(provider.doc, p.id, { ...p, createdByTeamId: `team-${(i % 3) + 1}` }));
  // Votes and allocations need the priorities on the server first (BOARD-8).
  const check = connectProvider(wsUrl, workshop.id, workshop.facilitatorToken, new Y.Doc());
  await waitFor(() => priorities.every((p) => cardsMap(check.doc).has(p.id)), 'the priorities on the server');
  check.destroy();

  const control = connectControl(baseUrl, workshop.facilitatorToken);
  let n = 0;
  const send = async (event: 'clock:command' | 'board:command', command: object) => {
    const ack = (await control.emitWithAck(event, {
      commandId: `scenario-${++n}`,
      command,
    } as never)) as Ack<ControlState>;
    if (!ack.ok) throw new Error(`${event} ${JSON.stringify(command)}: ${ack.error.message}`);
  };
  await send('clock:command', { type: 'goTo', itemId: 'team-task-1' });
  await send('clock:command', { type: 'start' });
  await send('clock:command', { type: 'adjust', minutes: -10 });
  for (const [cardId, teamId] of [
    ['p1', 'team-3'],
    ['p2', 'team-1'],
    ['p5', 'team-1'],
    ['p3', 'team-2'],
  ]) {
    await send('board:command', { type: 'allocate', cardId, teamId });
  }
  for (const cardId of ['p1', 'p1', 'p2', 'p5'])
    await send('board:command', { type: 'vote', cardId, delta: 1 });
  const code = (await (
    await fetch(`${baseUrl}/api/workshops/${workshop.id}/join-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${workshop.facilitatorToken}` },
      body: JSON.stringify({ teamId: 'team-2' }),
    })
  ).json()) as { code: string };
  control.close();
  // Give the last updates a moment to be committed before the provider goes.
  await new Promise((resolve) => setTimeout(resolve, 200));
  provider.destroy();
  return { workshop, urls, joinCode: code.code };
}

/** Puts the joining screen on the projector as the console does: a code for every team first. */
export async function showJoining(baseUrl: string, workshop: CreatedWorkshop): Promise<void> {
  for (const team of workshop.teams) {
    const res = await fetch(`${baseUrl}/api/workshops/${workshop.id}/join-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${workshop.facilitatorToken}` },
      body: JSON.stringify({ teamId: team.id }),
    });
    if (res.status !== 201) throw new Error(`join code for ${team.name}: ${res.status}`);
  }
  await setFocus(baseUrl, workshop, { kind: 'joining' });
}

/** Thirty priorities a cabinet might raise in team task 1: long and short, as people type them. */
export const THIRTY_PRIORITIES = [
  'Share back-office services with the district',
  'Neighbourhood plans led by parish councils',
  'Staff mutual for leisure services',
  'Publish all spending over £500',
  'Total place pilot with health partners',
  'Community right to buy for the village pubs',
  'Close two libraries or hand them to volunteers',
  'Merge the planning teams',
  'Council tax freeze',
  'Community transport',
  'Social enterprise for grounds maintenance',
  'Fewer committees, more scrutiny in public',
  'Reablement to keep people out of hospital',
  'Sell surplus offices',
  'Youth services run with the voluntary sector',
  'Apprenticeships in every service',
  'One front door for residents online and by phone',
  'Shared legal service with three councils',
  'Procure waste collection with the county',
  'Locality budgets for ward members',
  'Affordable homes on council land',
  'Energy efficiency for council housing',
  'Parking charges review',
  'Business rates retention: attract employers',
  'Town centre regeneration partnership',
  'Children’s centres as family hubs',
  'Carers’ support through community groups',
  'Cut management layers from six to four',
  'Standards: a local code of conduct',
  'Broadband for rural wards',
] as const;

/**
 * A workshop with thirty priorities added from three tablets, as in a real team task 1: most put on
 * the map (eight of them with "Top right", so at one point), some still waiting above it.
 */
export async function crowdedWorkshop(baseUrl: string): Promise<Scenario & { titles: readonly string[] }> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const workshop = await createWorkshop(baseUrl, {
    teams: ['Housing and growth', 'Adult care', 'Shared services'],
  });
  const tablets = await Promise.all(
    [1, 2, 3].map(async (n) => {
      const { token } = await mintToken(baseUrl, workshop, { role: 'team', teamId: `team-${n}` });
      const provider = connectProvider(wsUrl, workshop.id, token, new Y.Doc());
      await synced(provider);
      return provider;
    }),
  );
  let placedAt = 0;
  THIRTY_PRIORITIES.forEach((title, i) => {
    const tablet = tablets[i % 3]!;
    const spot =
      i < 8 ? { x: 0.75, y: 0.75 } : i < 26 ? { x: ((i * 37) % 100) / 100, y: ((i * 61) % 100) / 100 } : {};
    addCard(tablet.doc, `crowd-${i + 1}`, {
      title,
      createdByTeamId: `team-${(i % 3) + 1}`,
      ...spot,
      ...('x' in spot && { placedAt: ++placedAt }),
    });
  });
  const check = connectProvider(wsUrl, workshop.id, workshop.facilitatorToken, new Y.Doc());
  await waitFor(
    () => cardsMap(check.doc).size === THIRTY_PRIORITIES.length,
    'thirty priorities on the server',
  );
  check.destroy();
  for (const tablet of tablets) tablet.destroy();
  const link = async (role: 'team' | 'projector' | 'leader' | 'witness') =>
    (await mintToken(baseUrl, workshop, { role, teamId: role === 'team' ? 'team-1' : undefined })).url;
  return {
    workshop,
    urls: {
      facilitator: workshop.facilitatorUrl,
      team: await link('team'),
      projector: await link('projector'),
      leader: await link('leader'),
      witness: await link('witness'),
    },
    joinCode: '',
    titles: THIRTY_PRIORITIES,
  };
}

/** Sends one control command as the facilitator, as the console would, and fails on a refusal. */
const asFacilitator = (baseUrl: string, workshop: CreatedWorkshop, event: ControlEvent, command: object) =>
  sendAs(baseUrl, workshop.facilitatorToken, event, command);

/** Sends one control command with a link's token, as its screen would, and fails on a refusal. */
type ControlEvent =
  | 'agenda:command'
  | 'clock:command'
  | 'board:command'
  | 'roster:command'
  | 'propositions:command'
  | 'witnesses:command'
  | 'pooled:command'
  | 'pairs:command'
  | 'dissent:command'
  | 'chair:command'
  | 'actions:command';

async function sendAs(baseUrl: string, token: string, event: ControlEvent, command: object): Promise<void> {
  const control = connectControl(baseUrl, token);
  try {
    const ack = (await control.emitWithAck(event, {
      commandId: `scenario-${Date.now()}-${Math.random()}`,
      command,
    } as never)) as Ack<ControlState>;
    if (!ack.ok) throw new Error(`${event} ${JSON.stringify(command)}: ${ack.error.message}`);
  } finally {
    control.close();
  }
}

/** Allocates a priority to a task team, or to none (BOARD-6). */
export const allocate = (baseUrl: string, workshop: CreatedWorkshop, cardId: string, teamId: string | null) =>
  asFacilitator(baseUrl, workshop, 'board:command', { type: 'allocate', cardId, teamId });

/** Puts one dot on a priority from the link `token` (a tablet's, the Leader's or the console's). */
export const vote = (baseUrl: string, token: string, cardId: string) =>
  sendAs(baseUrl, token, 'board:command', { type: 'vote', cardId, delta: 1 });

/** Sets what the projector shows. */
export const setFocus = (baseUrl: string, workshop: CreatedWorkshop, focus: object) =>
  asFacilitator(baseUrl, workshop, 'board:command', { type: 'focus', focus });

/** Renames the map's axes. */
export const setAxes = (baseUrl: string, workshop: CreatedWorkshop, x: string, y: string) =>
  asFacilitator(baseUrl, workshop, 'board:command', { type: 'axes', x, y });

/** Starts the workshop's clock on its current item. */
export const startClock = (baseUrl: string, workshop: CreatedWorkshop) =>
  asFacilitator(baseUrl, workshop, 'clock:command', { type: 'start' });

/** Moves the clock to an agenda item. */
export const goToItem = (baseUrl: string, workshop: CreatedWorkshop, itemId: string) =>
  asFacilitator(baseUrl, workshop, 'clock:command', { type: 'goTo', itemId });

/** Puts a card of an input's briefing on the projector. */
export const setBriefingStep = (baseUrl: string, workshop: CreatedWorkshop, itemId: string, step: number) =>
  asFacilitator(baseUrl, workshop, 'board:command', { type: 'briefing', itemId, step });

/** Puts someone on a task team's roster, as the facilitator's set-up does. */
export const addMember = (
  baseUrl: string,
  workshop: CreatedWorkshop,
  member: { id: string; name: string; teamId: string; bodyId: string | null; role: string },
) => asFacilitator(baseUrl, workshop, 'roster:command', { type: 'addMember', member });

export interface SeriesScenario {
  first: CreatedWorkshop;
  second: CreatedWorkshop;
  /** Screens of workshop 2, which carries workshop 1's priorities forward. */
  urls: { team: string; leader: string };
}

const topTeamPriorities = [
  { id: 't1', title: 'One front door for residents', category: 'communities', x: 0.8, y: 0.85, to: 'team-2' },
  {
    id: 't2',
    title: 'A joint budget strategy before the cuts',
    category: 'budget-cuts',
    x: 0.2,
    y: 0.9,
    to: 'team-1',
  },
  { id: 't3', title: 'Ward members lead neighbourhood plans', category: 'roles', x: 0.7, y: 0.3, to: null },
  { id: 't4', title: 'Cabinet and directors meet monthly', category: '', x: null, y: null, to: null },
];

/**
 * Renewing Top Team Working: workshop 1 held, with the cabinet's priorities voted on and allocated,
 * and workshop 2 started from it as its console does, so workshop 2 carries them forward.
 */
export async function topTeamSeries(baseUrl: string): Promise<SeriesScenario> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const first = await createWorkshop(baseUrl, {
    title: 'Anytown top team',
    templateId: 'renewing-top-team-working-1',
    teams: ['Cabinet', 'Corporate management team'],
  });
  const { token } = await mintToken(baseUrl, first, { role: 'team', teamId: 'team-1' });
  const tablet = connectProvider(wsUrl, first.id, token, new Y.Doc());
  await synced(tablet);
  topTeamPriorities.forEach(({ id, title, category, x, y }, i) =>
    addCard(tablet.doc, id, {
      title,
      category,
      createdByTeamId: 'team-1',
      ...(x !== null && { x, y, placedAt: i + 1 }),
    }),
  );
  const check = connectProvider(wsUrl, first.id, token, new Y.Doc());
  await waitFor(
    () => topTeamPriorities.every((p) => cardsMap(check.doc).has(p.id)),
    'the priorities on the server',
  );
  check.destroy();
  tablet.destroy();
  await startClock(baseUrl, first);
  for (const { id, to } of topTeamPriorities) if (to) await allocate(baseUrl, first, id, to);
  for (const id of ['t1', 't1', 't1', 't2', 't2']) await vote(baseUrl, token, id);
  await vote(baseUrl, first.facilitatorToken, 't3');
  const res = await fetch(`${baseUrl}/api/workshops/${first.id}/next-in-series`, {
    method: 'POST',
    headers: { authorization: `Bearer ${first.facilitatorToken}` },
  });
  if (res.status !== 201) throw new Error(`next in series: ${res.status} ${await res.text()}`);
  const second = (await res.json()) as CreatedWorkshop;
  return {
    first,
    second,
    urls: {
      team: (await mintToken(baseUrl, second, { role: 'team', teamId: 'team-1' })).url,
      leader: (await mintToken(baseUrl, second, { role: 'leader' })).url,
    },
  };
}

/**
 * Team task 3 under way: team 1 ("Housing and growth") has worked up two options for a priority
 * allocated to it, shortlisted one, asked a witness, and put a proposition citing both forward for
 * ritual dissent. The clock is on team task 2, so the team's tablet shows its options.
 */
export async function teamWorkWorkshop(
  baseUrl: string,
): Promise<{ workshop: CreatedWorkshop; team: string }> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const workshop = await createWorkshop(baseUrl, { teams: ['Housing and growth', 'Adult care'] });
  const { token, url } = await mintToken(baseUrl, workshop, { role: 'team', teamId: 'team-1' });
  const tablet = connectProvider(wsUrl, workshop.id, token, new Y.Doc());
  await synced(tablet);
  const doc = tablet.doc;
  addCard(doc, 'leisure', { title: 'Staff mutual for leisure services', category: 'supply', x: 0.7, y: 0.7 });
  addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'leisure' });
  optionText(doc, 'o1', 'description')!.insert(0, 'A staff mutual runs the three leisure centres');
  optionText(doc, 'o1', 'money')!.insert(0, 'Saves £200k a year once the council’s subsidy tapers off.');
  optionText(doc, 'o1', 'culture')!.insert(0, 'Staff own it: a change from service to business.');
  optionText(doc, 'o1', 'power')!.insert(0, 'Members commission it and no longer run it.');
  optionText(doc, 'o1', 'risks')!.insert(0, 'Staff may not vote for it; pensions.');
  updateOption(doc, 'o1', {
    level: 'organisational-transformation',
    provider: 'staff-mutual',
    shortlisted: true,
  });
  setOptionAim(doc, 'o1', 'cheaper', true);
  setOptionAim(doc, 'o1', 'simpler', true);
  addOption(doc, 'o2', { teamId: 'team-1', priorityId: 'leisure' });
  optionText(doc, 'o2', 'description')!.insert(0, 'Share the leisure contract with the district');
  updateOption(doc, 'o2', { level: 'service-redesign', provider: 'shared' });
  addWitnessNote(doc, 'n1', {
    teamId: 'team-1',
    witnessId: 'witness-1',
    memberId: null,
    byWitness: false,
    question: 'How did your mutual start?',
    answer: 'With a year of support from the council and a staff vote',
  });
  addProposition(doc, 'x1', { teamId: 'team-1', title: 'Leisure as a staff mutual' });
  propositionText(doc, 'x1', 'proposal')!.insert(
    0,
    'Spin the leisure centres out as a staff mutual by April 2013.',
  );
  propositionText(doc, 'x1', 'firstSteps')!.insert(0, 'Ask the staff; a business plan by March.');
  updateProposition(doc, 'x1', {
    challenge: 'budget',
    level: 'organisational-transformation',
    provider: 'staff-mutual',
    costKind: 'saving',
    pounds: 200_000,
    percent: 8,
  });
  setPropositionFlag(doc, 'x1', 'optionIds', 'o1', true);
  setPropositionFlag(doc, 'x1', 'noteIds', 'n1', true);
  setPropositionFlag(doc, 'x1', 'benefits', 'cheaper', true);
  const check = connectProvider(wsUrl, workshop.id, token, new Y.Doc());
  await waitFor(() => readPropositions(check.doc)[0]?.percent === 8, 'the team’s work on the server');
  check.destroy();
  tablet.destroy();
  await allocate(baseUrl, workshop, 'leisure', 'team-1');
  await sendAs(baseUrl, token, 'propositions:command', {
    type: 'setStatus',
    propositionId: 'x1',
    status: 'ready-for-dissent',
  });
  await goToItem(baseUrl, workshop, 'team-task-2');
  await startClock(baseUrl, workshop);
  return { workshop, team: url };
}

/** Changes an agenda item as the console's agenda editor does (AGENDA-n). */
export const updateItem = (baseUrl: string, workshop: CreatedWorkshop, itemId: string, change: object) =>
  asFacilitator(baseUrl, workshop, 'agenda:command', { type: 'update', itemId, ...change });

/** A command of the witness sessions, as the console sends it (WITNESS-n). */
export const arrangeWitnesses = (baseUrl: string, workshop: CreatedWorkshop, command: object) =>
  asFacilitator(baseUrl, workshop, 'witnesses:command', command);

/**
 * The two councils' programme at 10.00, renamed councils and all: each cabinet's headline
 * priorities, two duplicates merged into a shared one, the rest sorted; the finance portfolio
 * holders paired. The clock is on the corporate priorities.
 */
export async function councilsWorkshop(baseUrl: string, wsUrl: string): Promise<CreatedWorkshop> {
  const workshop = await createWorkshop(baseUrl, {
    templateId: 'shared-services-leadership',
    title: 'North Downs and Weald: shared leadership',
  });
  for (const [bodyId, council] of [
    ['first-cabinet', 'North Downs'],
    ['second-cabinet', 'Weald'],
  ])
    await asFacilitator(baseUrl, workshop, 'roster:command', {
      type: 'renameBody',
      bodyId,
      name: 'Cabinet',
      council,
    });
  const people: [string, string, string, string][] = [
    ['m-priya', 'Priya Shah', 'team-1', 'Portfolio holder, Finance'],
    ['m-dev', 'Dev Patel', 'team-2', 'Portfolio holder, Finance and Resources'],
  ];
  for (const [id, name, teamId, role] of people)
    await addMember(baseUrl, workshop, {
      id,
      name,
      teamId,
      bodyId: teamId === 'team-1' ? 'first-cabinet' : 'second-cabinet',
      role,
    });
  const priorities: [string, string, string, string][] = [
    ['nd-economy', 'team-1', 'Growing the local economy', 'Fewer posts, more partners: the LEP leads'],
    [
      'nd-leisure',
      'team-1',
      'Keeping leisure centres open',
      'Community groups take on two sites under the Bill',
    ],
    ['w-jobs', 'team-2', 'Jobs and growth', 'A shared economic development team saves £400k'],
    [
      'w-housing',
      'team-2',
      'Affordable homes in the villages',
      'Neighbourhood plans and the community right to build',
    ],
  ];
  const writer = connectProvider(wsUrl, workshop.id, workshop.facilitatorToken);
  try {
    await synced(writer);
    for (const [id, teamId, headline, fit] of priorities)
      addCouncilPriority(writer.doc, id, teamId, headline, fit);
    const reader = connectProvider(wsUrl, workshop.id, workshop.facilitatorToken);
    try {
      await waitFor(
        () => councilPrioritiesMap(reader.doc).size === priorities.length,
        'the priorities to reach the server',
      );
    } finally {
      reader.destroy();
    }
  } finally {
    writer.destroy();
  }
  await asFacilitator(baseUrl, workshop, 'pooled:command', {
    type: 'merge',
    priorityId: 'w-jobs',
    intoId: 'nd-economy',
  });
  await asFacilitator(baseUrl, workshop, 'pooled:command', {
    type: 'sort',
    priorityId: 'nd-leisure',
    scope: 'separate',
  });
  await asFacilitator(baseUrl, workshop, 'pooled:command', {
    type: 'sort',
    priorityId: 'w-housing',
    scope: 'separate',
  });
  await asFacilitator(baseUrl, workshop, 'pairs:command', { type: 'pair', memberIds: ['m-priya', 'm-dev'] });
  await asFacilitator(baseUrl, workshop, 'clock:command', { type: 'goTo', itemId: 'corporate-priorities' });
  return workshop;
}

/** A command of the Leader's chair, sent with `token` (the Leader's or the facilitator's; CHAIR-n). */
export const chairAs = (baseUrl: string, token: string, command: object) =>
  sendAs(baseUrl, token, 'chair:command', command);

/** A command on the agreed actions, as the console sends it (ACTION-n). */
export const agreeActions = (baseUrl: string, workshop: CreatedWorkshop, command: object) =>
  asFacilitator(baseUrl, workshop, 'actions:command', command);

/** A command of the ritual-dissent rounds, as the console sends it (DISSENT-n). */
export const runDissent = (baseUrl: string, workshop: CreatedWorkshop, command: object) =>
  asFacilitator(baseUrl, workshop, 'dissent:command', command);

export interface DissentScenario {
  workshop: CreatedWorkshop;
  /** Each team's tablet link, by team id. */
  tablets: Record<string, { token: string; url: string }>;
}

/** Three teams, two people each, and one proposition per team: `ready` teams have theirs ready for dissent. */
export const DISSENT_TEAMS = [
  {
    id: 'team-1',
    name: 'Housing and growth',
    people: ['Priya Shah', 'Sam Okafor'],
    proposition: 'Leisure as a staff mutual',
  },
  {
    id: 'team-2',
    name: 'Adult care',
    people: ['Tom Jones', 'Ann Lee'],
    proposition: 'One front door for adult care',
  },
  {
    id: 'team-3',
    name: 'Communities',
    people: ['Raj Patel', 'Beth Evans'],
    proposition: 'Ward budgets for every councillor',
  },
] as const;

/**
 * Team task 3 at 12.10: three teams, each with a proposition and two people on its roster; the
 * clock on the ritual-dissent item and running. The rounds are not planned yet.
 */
export async function dissentWorkshop(
  baseUrl: string,
  ready: readonly string[] = ['team-1', 'team-2', 'team-3'],
): Promise<DissentScenario> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const workshop = await createWorkshop(baseUrl, {
    title: 'Eastshire: strategic political leadership',
    teams: DISSENT_TEAMS.map((t) => t.name),
  });
  const tablets: DissentScenario['tablets'] = {};
  for (const team of DISSENT_TEAMS) {
    const link = await mintToken(baseUrl, workshop, { role: 'team', teamId: team.id });
    tablets[team.id] = link;
    for (const [i, name] of team.people.entries())
      await addMember(baseUrl, workshop, {
        id: `${team.id}-${i + 1}`,
        name,
        teamId: team.id,
        bodyId: null,
        role: '',
      });
    const tablet = connectProvider(wsUrl, workshop.id, link.token, new Y.Doc());
    await synced(tablet);
    const id = `prop-${team.id}`;
    addProposition(tablet.doc, id, { teamId: team.id, title: team.proposition });
    propositionText(tablet.doc, id, 'proposal')!.insert(0, `${team.proposition}, from April.`);
    const check = connectProvider(wsUrl, workshop.id, link.token, new Y.Doc());
    await waitFor(
      () => readPropositions(check.doc).some((p) => p.id === id),
      'the proposition on the server',
    );
    check.destroy();
    tablet.destroy();
    if (ready.includes(team.id))
      await sendAs(baseUrl, link.token, 'propositions:command', {
        type: 'setStatus',
        propositionId: id,
        status: 'ready-for-dissent',
      });
  }
  await goToItem(baseUrl, workshop, 'team-task-3');
  await startClock(baseUrl, workshop);
  return { workshop, tablets };
}

/**
 * 12.40, the presentations: the three teams of `dissentWorkshop` after one round of ritual dissent
 * (Adult care's point against Housing and growth's proposition, answered; Communities' against
 * Adult care's), every proposition final, a Leader's link, and the clock on the presentations.
 */
export async function presentationsWorkshop(baseUrl: string): Promise<DissentScenario & { leader: string }> {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const scenario = await dissentWorkshop(baseUrl);
  const { workshop, tablets } = scenario;
  await runDissent(baseUrl, workshop, { type: 'setRounds', rounds: 1 });
  await runDissent(baseUrl, workshop, { type: 'plan' });
  await runDissent(baseUrl, workshop, { type: 'start' });
  await runDissent(baseUrl, workshop, { type: 'nextPhase' });
  const points: [string, string, string][] = [
    ['team-2', 'team-1', 'Staff will not vote to leave the council'],
    ['team-3', 'team-2', 'Nobody will own the front door'],
  ];
  for (const [listening, presenting, text] of points) {
    const tablet = connectProvider(wsUrl, workshop.id, tablets[listening]!.token, new Y.Doc());
    await synced(tablet);
    addDissentPoint(tablet.doc, {
      id: `pt-${presenting}`,
      round: 0,
      kind: 'dissent',
      listeningTeamId: listening,
      presentingTeamId: presenting,
      propositionId: `prop-${presenting}`,
      text,
    });
    const check = connectProvider(wsUrl, workshop.id, tablets[presenting]!.token, new Y.Doc());
    await waitFor(() => readDissentPoints(check.doc).some((p) => p.text === text), 'the point on the server');
    check.destroy();
    tablet.destroy();
  }
  await runDissent(baseUrl, workshop, { type: 'nextPhase' });
  const home = connectProvider(wsUrl, workshop.id, tablets['team-1']!.token, new Y.Doc());
  await synced(home);
  answerDissentPoint(home.doc, 'pt-team-1', 'addressed');
  dissentPointNote(home.doc, 'pt-team-1')!.insert(0, 'A staff ballot before anything else');
  const check = connectProvider(wsUrl, workshop.id, tablets['team-2']!.token, new Y.Doc());
  await waitFor(() => readDissentPoints(check.doc).some((p) => p.answer === 'addressed'), 'the answer');
  check.destroy();
  home.destroy();
  await runDissent(baseUrl, workshop, { type: 'nextPhase' });
  for (const team of DISSENT_TEAMS)
    for (const status of ['revised', 'final'])
      await sendAs(baseUrl, tablets[team.id]!.token, 'propositions:command', {
        type: 'setStatus',
        propositionId: `prop-${team.id}`,
        status,
      });
  await goToItem(baseUrl, workshop, 'presentations');
  const leader = (await mintToken(baseUrl, workshop, { role: 'leader' })).url;
  return { ...scenario, leader };
}
