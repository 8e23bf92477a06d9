import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addCouncilPriority,
  applyControlCommand,
  applyPooledCommand,
  contentRefusal,
  councilNoteKey,
  councilNoteText,
  councilNotesDue,
  makeCouncilNotes,
  noteTopics,
  findTemplate,
  initialBoard,
  initialClock,
  initialPooled,
  initialPropositions,
  initialRoster,
  initialWitnesses,
  managementTeamId,
  pooledView,
  proposePairs,
  readCouncilPriorities,
  roomCouncils,
  teamCouncil,
  teamCouncils,
  type Actor,
  type ControlSession,
  type Member,
  type PooledState,
  type RosterState,
} from '../../shared/src/index.js';

const template = findTemplate('shared-services-leadership')!;
const teamIds = ['team-1', 'team-2', 'team-3'];
const teamNames = new Map([
  ['team-1', 'First council’s cabinet'],
  ['team-2', 'Second council’s cabinet'],
  ['team-3', 'Shared management team'],
]);
const member = (id: string, teamId: string, bodyId: string | null, role = ''): Member => ({
  id,
  name: id,
  teamId,
  bodyId,
  role,
});

function roster(members: Member[] = []): RosterState {
  const bodies = template.room.bodies.map((b) =>
    b.id === 'first-cabinet'
      ? { ...b, council: 'Northshire' }
      : b.id === 'second-cabinet'
        ? { ...b, council: 'Southvale' }
        : b,
  );
  return { ...initialRoster(bodies), members };
}

function apply(
  state: PooledState,
  command: Parameters<typeof applyPooledCommand>[1],
  ids = ['p1', 'p2', 'p3'],
) {
  const result = applyPooledCommand(state, command, ids);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('POOL-1: a team’s council', () => {
  it('follows its team’s position in the room while nobody is placed in a body', () => {
    const r = roster();
    expect(teamCouncil(r, teamIds, 'team-1')).toBe('Northshire');
    expect(teamCouncil(r, teamIds, 'team-2')).toBe('Southvale');
    expect(teamCouncil(r, teamIds, 'team-3')).toBeNull();
    expect(managementTeamId(r, teamIds)).toBe('team-3');
    expect(roomCouncils(r)).toEqual(['Northshire', 'Southvale']);
  });

  it('follows the body most of its members are in, and a renamed council', () => {
    // Teams set up the other way round: the first team holds the second council's cabinet.
    const r = roster([
      member('a', 'team-1', 'second-cabinet'),
      member('b', 'team-1', 'second-cabinet'),
      member('c', 'team-1', 'first-cabinet'),
      member('d', 'team-2', 'first-cabinet'),
    ]);
    expect(teamCouncils(r, teamIds).get('team-1')).toBe('Southvale');
    expect(teamCouncil(r, teamIds, 'team-2')).toBe('Northshire');
  });
});

describe('POOL-2 … POOL-5: pooling the cabinets’ priorities', () => {
  it('sorts into shared and separate, and moves a sorted one', () => {
    let state = apply(initialPooled(), { type: 'sort', priorityId: 'p1', scope: 'shared' });
    state = apply(state, { type: 'sort', priorityId: 'p2', scope: 'separate' });
    state = apply(state, { type: 'sort', priorityId: 'p1', scope: 'separate' });
    expect(state.groups).toEqual([
      { id: 'p1', priorityIds: ['p1'], scope: 'separate' },
      { id: 'p2', priorityIds: ['p2'], scope: 'separate' },
    ]);
  });

  it('refuses in words: a priority merged with itself, an id not in the document, one already merged', () => {
    const self = applyPooledCommand(initialPooled(), { type: 'merge', priorityId: 'p1', intoId: 'p1' }, [
      'p1',
    ]);
    expect(self).toMatchObject({ ok: false, error: { message: 'A priority cannot be merged with itself.' } });
    const missing = applyPooledCommand(
      initialPooled(),
      { type: 'sort', priorityId: 'gone', scope: 'shared' },
      ['p1'],
    );
    expect(missing.ok ? '' : missing.error.message).toMatch(/not on the board/);
    const merged = apply(initialPooled(), { type: 'merge', priorityId: 'p2', intoId: 'p1' });
    const again = applyPooledCommand(merged, { type: 'merge', priorityId: 'p1', intoId: 'p2' }, ['p1', 'p2']);
    expect(again.ok ? '' : again.error.message).toBe('Those two are already one pooled priority.');
    const unsorted = applyPooledCommand(initialPooled(), { type: 'unsort', priorityId: 'p1' }, ['p1']);
    expect(unsorted.ok).toBe(false);
  });

  it('a merge keeps both wordings and both councils’ names, as shared unless sorted before', () => {
    const doc = new Y.Doc();
    addCouncilPriority(doc, 'p1', 'team-1', 'Growing the local economy', 'Fewer posts, more partners');
    addCouncilPriority(doc, 'p2', 'team-2', 'Jobs and growth', 'Local enterprise partnership');
    addCouncilPriority(doc, 'p3', 'team-2', 'Leisure centres', '');
    let state = apply(initialPooled(), { type: 'merge', priorityId: 'p2', intoId: 'p1' });
    state = apply(state, { type: 'sort', priorityId: 'p3', scope: 'separate' });
    const r = roster();
    const view = pooledView(state, readCouncilPriorities(doc), {
      teamCouncils: teamCouncils(r, teamIds),
      teamNames,
      councils: roomCouncils(r),
    });
    expect(view.unsorted).toEqual([]);
    expect(view.shared).toHaveLength(1);
    expect(view.shared[0]!.from).toEqual(['Northshire', 'Southvale']);
    expect(view.shared[0]!.wordings.map((w) => [w.headline, w.fit, w.from])).toEqual([
      ['Growing the local economy', 'Fewer posts, more partners', 'Northshire'],
      ['Jobs and growth', 'Local enterprise partnership', 'Southvale'],
    ]);
    expect(view.separate.map((c) => [c.from, c.entries.map((e) => e.id)])).toEqual([
      ['Northshire', []],
      ['Southvale', ['p3']],
    ]);
  });

  it('takes one back out of a merge, keeping the pooled priority’s id with the rest', () => {
    let state = apply(initialPooled(), { type: 'merge', priorityId: 'p2', intoId: 'p1' });
    state = apply(state, { type: 'unsort', priorityId: 'p1' });
    expect(state.groups).toEqual([{ id: 'p1', priorityIds: ['p2'], scope: 'shared' }]);
    state = apply(state, { type: 'sort', priorityId: 'p1', scope: 'separate' });
    expect(state.groups.map((g) => g.id)).toEqual(['p1', 'p1~2']);
  });

  it('PERM-23: only the facilitator sorts and merges, through the control pipeline', () => {
    const session: ControlSession = {
      agenda: template.agenda.map((item) => ({
        ...item,
        plannedStart: item.plannedStart ?? null,
      })) as ControlSession['agenda'],
      clock: initialClock(),
      board: initialBoard(),
      roster: roster(),
      propositions: initialPropositions(),
      witnesses: initialWitnesses(),
      propositionOwners: [],
      teamIds,
      priorityIds: [],
      councilPriorityIds: ['p1', 'p2'],
    };
    const tablet: Actor = { role: 'team', linkId: 't', teamId: 'team-1' };
    const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
    const command = { area: 'pooled', command: { type: 'merge', priorityId: 'p2', intoId: 'p1' } } as const;
    const refused = applyControlCommand(session, tablet, command, 0);
    expect(refused.ok ? '' : refused.error.message).toMatch(/Only the facilitator sorts/);
    const accepted = applyControlCommand(session, facilitator, command, 0);
    expect(accepted.ok && accepted.data.pooled?.groups).toEqual([
      { id: 'p1', priorityIds: ['p1', 'p2'], scope: 'shared' },
    ]);
  });
});

describe('PAIR-1 … PAIR-3: portfolio-holder pairs', () => {
  const holders = roster([
    member('fin-n', 'team-1', 'first-cabinet', 'Portfolio holder, Finance'),
    member('env-n', 'team-1', 'first-cabinet', 'Portfolio Holder for Environment'),
    member('leader-n', 'team-1', 'first-cabinet', 'Leader'),
    member('fin-s', 'team-2', 'second-cabinet', 'Portfolio holder, Finance and Resources'),
    member('env-s', 'team-2', 'second-cabinet', 'Portfolio holder, Environment and Transport'),
    member('cx', 'team-3', 'shared-management-team', 'Chief executive'),
  ]);

  it('proposes pairs across the two councils by the portfolio words their roles share', () => {
    expect(proposePairs(holders, teamIds, { pairs: [] })).toEqual([
      { memberIds: ['fin-n', 'fin-s'], words: ['finance'] },
      { memberIds: ['env-n', 'env-s'], words: ['environment'] },
    ]);
    const paired = { pairs: [{ id: 'env-n~env-s', memberIds: ['env-n', 'env-s'] as [string, string] }] };
    expect(proposePairs(holders, teamIds, paired)).toEqual([
      { memberIds: ['fin-n', 'fin-s'], words: ['finance'] },
    ]);
  });

  it('pairs one from each council, each in one pair; refuses otherwise in words', () => {
    const session = (
      pairs = { pairs: [] as { id: string; memberIds: [string, string] }[] },
    ): ControlSession => ({
      agenda: [],
      clock: initialClock(),
      board: initialBoard(),
      roster: holders,
      propositions: initialPropositions(),
      witnesses: initialWitnesses(),
      propositionOwners: [],
      pairs,
      teamIds,
      priorityIds: [],
    });
    const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
    const pair = (a: string, b: string) =>
      applyControlCommand(
        session(),
        facilitator,
        { area: 'pairs', command: { type: 'pair', memberIds: [a, b] } },
        0,
      );
    const made = pair('fin-n', 'env-s');
    expect(made.ok && made.data.pairs).toEqual({
      pairs: [{ id: 'env-s~fin-n', memberIds: ['fin-n', 'env-s'] }],
    });
    expect(pair('fin-n', 'env-n')).toMatchObject({ ok: false, error: { code: 'same-council' } });
    expect(pair('fin-n', 'cx')).toMatchObject({
      ok: false,
      error: { message: 'cx is not on either council’s cabinet.' },
    });
    const tablet: Actor = { role: 'team', linkId: 't', teamId: 'team-1' };
    const byTablet = applyControlCommand(
      session(),
      tablet,
      { area: 'pairs', command: { type: 'unpair', pairId: 'x' } },
      0,
    );
    expect(byTablet).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // A pair whose partner has left the roster holds nobody back: fin-n pairs again, and the
    // broken pair goes with the change.
    const broken = session({ pairs: [{ id: 'fin-n~gone', memberIds: ['fin-n', 'gone'] }] });
    const again = applyControlCommand(
      broken,
      facilitator,
      { area: 'pairs', command: { type: 'pair', memberIds: ['fin-n', 'fin-s'] } },
      0,
    );
    expect(again.ok && again.data.pairs).toEqual({
      pairs: [{ id: 'fin-n~fin-s', memberIds: ['fin-n', 'fin-s'] }],
    });
    expect(proposePairs(holders, teamIds, broken.pairs!).map((p) => p.memberIds)).toContainEqual([
      'fin-n',
      'fin-s',
    ]);
  });
});

describe('PERM-9, PERM-10: the councils’ content', () => {
  const cabinet1 = { role: 'team' as const, teamId: 'team-1' };
  const cabinet2 = { role: 'team' as const, teamId: 'team-2' };
  const management = { role: 'team' as const, teamId: 'team-3' };

  it('a cabinet writes and removes only its own priorities', () => {
    const edit = { key: 'councilPriorities', entry: 'p1', kind: 'edit' as const, owner: 'team-1' };
    expect(contentRefusal(cabinet1, edit)).toBeNull();
    expect(contentRefusal(cabinet2, edit)?.code).toBe('not-owner');
    expect(contentRefusal(cabinet2, { ...edit, kind: 'remove' })?.code).toBe('not-owner');
    expect(contentRefusal(cabinet2, { ...edit, kind: 'create' })?.code).toBe('not-owner');
  });

  it('NOTE-1: no screen starts or removes a note, the facilitator’s neither; its teams write in it', () => {
    const implications = councilNoteKey('implications:p1', ['team-3']);
    const create = { key: 'councilNotes', entry: implications, kind: 'create' as const, owner: ['team-3'] };
    const facilitator = { role: 'facilitator' as const, teamId: null };
    for (const actor of [management, cabinet1, facilitator]) {
      expect(contentRefusal(actor, create)?.code).toBe('forbidden');
      expect(contentRefusal(actor, { ...create, kind: 'remove' })?.code).toBe('forbidden');
    }
    expect(contentRefusal(management, { ...create, kind: 'edit' })).toBeNull();
    expect(contentRefusal(cabinet1, { ...create, kind: 'edit' })?.code).toBe('not-owner');
    const pair = councilNoteKey('pair:a~b', ['team-2', 'team-1']);
    const edit = { key: 'councilNotes', entry: pair, kind: 'edit' as const, owner: ['team-1', 'team-2'] };
    expect(contentRefusal(cabinet1, edit)).toBeNull();
    expect(contentRefusal(cabinet2, edit)).toBeNull();
    expect(contentRefusal(management, edit)?.code).toBe('not-owner');
    expect(contentRefusal(cabinet1, { ...edit, ownerChanged: true })?.code).toBe('not-owner');
    expect(contentRefusal(facilitator, edit)).toBeNull();
  });
});

describe('NOTE-1: the notes the session calls for, made once by the server', () => {
  const people = roster([
    member('fin-n', 'team-1', 'first-cabinet', 'Portfolio holder, Finance'),
    member('fin-s', 'team-2', 'second-cabinet', 'Portfolio holder, Finance'),
  ]);
  const facts = {
    agenda: template.agenda,
    roster: people,
    pooled: { groups: [{ id: 'p1', priorityIds: ['p1', 'p2'], scope: 'shared' as const }] },
    pairs: { pairs: [{ id: 'fin-n~fin-s', memberIds: ['fin-n', 'fin-s'] as [string, string] }] },
    teamIds,
  };

  it('one per pooled priority for the managers, one per pair for both teams, one per team and discussion item', () => {
    const discussionItems = template.agenda.filter((item) => item.shows?.tablet === 'discussion');
    expect(discussionItems.length).toBeGreaterThan(0);
    expect(councilNotesDue(facts)).toEqual([
      { topic: noteTopics.implications('p1'), teamIds: ['team-3'] },
      { topic: noteTopics.pair('fin-n~fin-s'), teamIds: ['team-1', 'team-2'] },
      ...discussionItems.flatMap((item) =>
        teamIds.map((teamId) => ({ topic: noteTopics.discussion(item.id), teamIds: [teamId] })),
      ),
    ]);
  });

  it('a pair whose partner left asks for no note; a workshop with nothing to note asks for none', () => {
    const left = { ...facts, roster: { ...people, members: people.members.slice(0, 1) } };
    expect(councilNotesDue(left).some((note) => note.topic.startsWith('pair:'))).toBe(false);
    const plain = findTemplate('strategic-political-leadership')!;
    expect(councilNotesDue({ agenda: plain.agenda, roster: initialRoster([]), teamIds })).toEqual([]);
  });

  it('makes what is missing and keeps what is there, words and all', () => {
    const doc = new Y.Doc();
    const due = councilNotesDue(facts);
    expect(makeCouncilNotes(doc, due)).toBe(due.length);
    const key = councilNoteKey(noteTopics.pair('fin-n~fin-s'), ['team-2', 'team-1']);
    councilNoteText(doc, key)!.insert(0, 'Meet every Monday');
    expect(makeCouncilNotes(doc, due)).toBe(0);
    expect(councilNoteText(doc, key)!.toString()).toBe('Meet every Monday');
  });
});
