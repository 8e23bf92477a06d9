import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addOption,
  addProposition,
  applyControlCommand,
  contentRefusal,
  DOC_KEYS,
  howYouWillChange,
  initialBoard,
  initialClock,
  initialPropositions,
  initialWitnesses,
  initialRoster,
  kindsOfProvider,
  levelsOfChange,
  optionsMap,
  optionText,
  propositionOwners,
  propositionsMap,
  propositionText,
  readOptions,
  readPropositions,
  removeOption,
  setOptionAim,
  setPropositionFlag,
  updateOption,
  updateProposition,
  type Actor,
  type ControlSession,
  type PropositionsState,
  type PropositionStatus,
} from '../../shared/src/index.js';
import { contentChangesOf } from '../../server/src/yjs/writeScope.js';
import { strategicPoliticalLeadershipAgenda as agenda } from './fixtures.js';

describe('the words options are written in (OPTION-2)', () => {
  const points = (id: string) => howYouWillChange.cards.find((card) => card.id === id)!.points;

  it('are the briefing cards’ points, one for one, with "other" as the only provider the card does not name', () => {
    expect(levelsOfChange.map((level) => level.briefing)).toEqual(points('levels-of-change'));
    expect(kindsOfProvider.filter((k) => 'briefing' in k).map((k) => k.briefing)).toEqual(
      points('kinds-of-provider'),
    );
    expect(kindsOfProvider.at(-1)).toEqual({ id: 'other', label: 'Other' });
  });
});

describe('options in the document (OPTION-n)', () => {
  it('adds an option with empty long fields, writes whole values and ticks aims', () => {
    const doc = new Y.Doc();
    addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'p1' });
    addOption(doc, 'o2', { teamId: 'team-1', priorityId: 'p1' });
    optionText(doc, 'o1', 'description')!.insert(0, 'A staff mutual for leisure');
    optionText(doc, 'o1', 'money')!.insert(0, 'Saves £200k a year');
    expect(
      updateOption(doc, 'o1', { level: 'organisational-transformation', provider: 'staff-mutual' }),
    ).toEqual({ ok: true, data: null });
    expect(updateOption(doc, 'o1', { shortlisted: true }).ok).toBe(true);
    setOptionAim(doc, 'o1', 'cheaper', true);
    setOptionAim(doc, 'o1', 'better', true);
    setOptionAim(doc, 'o1', 'better', false);
    const [first, second] = readOptions(doc);
    expect(first).toEqual({
      id: 'o1',
      teamId: 'team-1',
      priorityId: 'p1',
      level: 'organisational-transformation',
      provider: 'staff-mutual',
      aims: ['cheaper'],
      shortlisted: true,
      order: 1,
      description: 'A staff mutual for leisure',
      money: 'Saves £200k a year',
      culture: '',
      power: '',
      risks: '',
    });
    expect(second).toMatchObject({ id: 'o2', order: 2, shortlisted: false, aims: [] });
    removeOption(doc, 'o2');
    expect(readOptions(doc).map((o) => o.id)).toEqual(['o1']);
  });

  it('refuses a word not in the handbook’s lists and stores nothing (OPTION-4)', () => {
    const doc = new Y.Doc();
    addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'p1' });
    const before = Y.encodeStateVector(doc);
    expect(updateOption(doc, 'o1', { level: 'revolution' as never })).toMatchObject({ ok: false });
    expect(updateOption(doc, 'o1', { teamId: 'team-2' } as never)).toMatchObject({ ok: false });
    expect(setOptionAim(doc, 'o1', 'faster' as never, true)).toBe(false);
    expect(updateOption(doc, 'gone', { shortlisted: true })).toMatchObject({
      ok: false,
      error: { code: 'unknown-option' },
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reads what another device wrote wrongly defensively: malformed entries are left out, odd words read as none', () => {
    const doc = new Y.Doc();
    addOption(doc, 'ok', { teamId: 'team-1', priorityId: 'p1' });
    optionsMap(doc).get('ok');
    (optionsMap(doc).get('ok') as Y.Map<unknown>).set('level', 'revolution');
    optionsMap(doc).set('no-team', new Y.Map());
    optionsMap(doc).set('a-string', 'nonsense');
    addOption(doc, 'plain-text', { teamId: 'team-1', priorityId: 'p1' });
    (optionsMap(doc).get('plain-text') as Y.Map<unknown>).set('money', 'not a Y.Text');
    expect(readOptions(doc)).toEqual([expect.objectContaining({ id: 'ok', level: null })]);
    expect(optionText(doc, 'plain-text', 'money')).toBeUndefined();
  });

  it('two people typing in the same money notes at once both keep their words', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addOption(a, 'o1', { teamId: 'team-1', priorityId: 'p1' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    optionText(a, 'o1', 'money')!.insert(0, 'Saves £200k. ');
    optionText(b, 'o1', 'money')!.insert(0, 'Costs £50k to set up. ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const money = readOptions(a)[0]!.money;
    expect(money).toContain('Saves £200k.');
    expect(money).toContain('Costs £50k to set up.');
    expect(readOptions(b)[0]!.money).toBe(money);
  });

  it('two people ticking two aims at once both keep theirs (OPTION-4)', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addOption(a, 'o1', { teamId: 'team-1', priorityId: 'p1' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setOptionAim(a, 'o1', 'simpler', true);
    setOptionAim(b, 'o1', 'cheaper', true);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readOptions(a)[0]!.aims).toEqual(['cheaper', 'simpler']);
    expect(readOptions(b)[0]!.aims).toEqual(['cheaper', 'simpler']);
  });
});

describe('propositions in the document (PROP-5, PROP-6)', () => {
  it('adds, edits and cites', () => {
    const doc = new Y.Doc();
    addProposition(doc, 'x1', { teamId: 'team-2', title: 'Leisure as a staff mutual' });
    propositionText(doc, 'x1', 'proposal')!.insert(0, 'Spin leisure out by 2013');
    expect(
      updateProposition(doc, 'x1', {
        challenge: 'budget',
        level: 'service-redesign',
        provider: 'staff-mutual',
        costKind: 'saving',
        pounds: 250_000,
        percent: 12.5,
      }).ok,
    ).toBe(true);
    setPropositionFlag(doc, 'x1', 'optionIds', 'o1', true);
    setPropositionFlag(doc, 'x1', 'noteIds', 'n1', true);
    setPropositionFlag(doc, 'x1', 'benefits', 'cheaper', true);
    expect(readPropositions(doc)).toEqual([
      {
        id: 'x1',
        teamId: 'team-2',
        title: 'Leisure as a staff mutual',
        challenge: 'budget',
        level: 'service-redesign',
        provider: 'staff-mutual',
        benefits: ['cheaper'],
        costKind: 'saving',
        pounds: 250_000,
        percent: 12.5,
        optionIds: ['o1'],
        noteIds: ['n1'],
        order: 1,
        proposal: 'Spin leisure out by 2013',
        risks: '',
        firstSteps: '',
      },
    ]);
    expect(propositionOwners(doc)).toEqual([{ id: 'x1', teamId: 'team-2' }]);
  });

  it('refuses a cost that is not a number in range, in words, and stores nothing', () => {
    const doc = new Y.Doc();
    addProposition(doc, 'x1', { teamId: 'team-2' });
    const before = Y.encodeStateVector(doc);
    expect(updateProposition(doc, 'x1', { percent: 140 })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'A percentage is between 0 and 100.' },
    });
    expect(updateProposition(doc, 'x1', { pounds: -5 })).toMatchObject({ ok: false });
    expect(updateProposition(doc, 'x1', { pounds: Number.NaN })).toMatchObject({ ok: false });
    expect(setPropositionFlag(doc, 'x1', 'benefits', 'faster', true)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // A number another device wrote out of range reads as none.
    (propositionsMap(doc).get('x1') as Y.Map<unknown>).set('percent', 900);
    expect(readPropositions(doc)[0]!.percent).toBeNull();
  });
});

describe('who may change a team’s options and propositions (OPTION-3, PERM-10)', () => {
  /** What applying `edit` (made on a copy of `doc`) changes in `doc`, as the server reads it. */
  function changesOf(doc: Y.Doc, edit: (copy: Y.Doc) => void) {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(copy);
    edit(copy);
    let seen: ReturnType<typeof contentChangesOf> = [];
    const read = (tr: Y.Transaction) => (seen = contentChangesOf(tr));
    doc.on('beforeObserverCalls', read);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy, before));
    doc.off('beforeObserverCalls', read);
    return seen;
  }
  const doc = () => {
    const d = new Y.Doc();
    addOption(d, 'o1', { teamId: 'team-1', priorityId: 'p1' });
    addProposition(d, 'x1', { teamId: 'team-1' });
    return d;
  };
  const teamTwo = { role: 'team' as const, teamId: 'team-2' };
  const teamOne = { role: 'team' as const, teamId: 'team-1' };
  const facilitator = { role: 'facilitator' as const, teamId: null };
  const judge = (who: typeof teamOne | typeof facilitator, edit: (d: Y.Doc) => void) =>
    changesOf(doc(), edit).map((change) => contentRefusal(who, change)?.code ?? null);

  it.each([
    ['typing in an option', (d: Y.Doc) => optionText(d, 'o1', 'money')!.insert(0, 'x')],
    ['shortlisting an option', (d: Y.Doc) => void updateOption(d, 'o1', { shortlisted: true })],
    ['ticking an aim', (d: Y.Doc) => void setOptionAim(d, 'o1', 'simpler', true)],
    ['removing an option', (d: Y.Doc) => removeOption(d, 'o1')],
    ['typing in a proposition', (d: Y.Doc) => propositionText(d, 'x1', 'risks')!.insert(0, 'x')],
    ['citing in a proposition', (d: Y.Doc) => void setPropositionFlag(d, 'x1', 'optionIds', 'o1', true)],
  ])('%s: refused for another team, allowed for the owner and the facilitator', (_what, edit) => {
    expect(judge(teamTwo, edit)).toContain('not-owner');
    expect(judge(teamOne, edit).every((code) => code === null)).toBe(true);
    expect(judge(facilitator, edit).every((code) => code === null)).toBe(true);
  });

  it('a team adds options only as its own', () => {
    const own = changesOf(doc(), (d) => addOption(d, 'o2', { teamId: 'team-2', priorityId: 'p1' }));
    expect(own.map((c) => contentRefusal(teamTwo, c))).toEqual([null]);
    expect(own.map((c) => contentRefusal(teamOne, c)?.code)).toEqual(['not-owner']);
    expect(
      contentRefusal(teamTwo, { key: DOC_KEYS.options, entry: 'o1', kind: 'edit', owner: 'team-1' })?.message,
    ).toBe('Only the task team that made this option, or the facilitator, can change it.');
  });
});

describe('a proposition’s status (PROP-n), through the control pipeline', () => {
  const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
  const teamOne: Actor = { role: 'team', linkId: 't1', teamId: 'team-1' };
  const teamTwo: Actor = { role: 'team', linkId: 't2', teamId: 'team-2' };
  const leader: Actor = { role: 'leader', linkId: 'l', teamId: null };

  function move(state: PropositionsState, actor: Actor, propositionId: string, status: PropositionStatus) {
    const session: ControlSession = {
      agenda,
      clock: initialClock(),
      board: initialBoard(),
      roster: initialRoster([]),
      propositions: state,
      witnesses: initialWitnesses(),
      teamIds: ['team-1', 'team-2'],
      priorityIds: [],
      propositionOwners: [
        { id: 'x1', teamId: 'team-1' },
        { id: 'x2', teamId: 'team-2' },
      ],
    };
    const result = applyControlCommand(
      session,
      actor,
      { area: 'propositions', command: { type: 'setStatus', propositionId, status } },
      0,
    );
    return result.ok ? { ok: true as const, data: result.data.propositions } : result;
  }
  const at = (status: PropositionStatus): PropositionsState => ({ status: { x1: status } });

  it('PROP-1 a proposition with no status is a draft; one not in the document is refused', () => {
    expect(move(initialPropositions(), teamOne, 'x1', 'ready-for-dissent')).toEqual({
      ok: true,
      data: { status: { x1: 'ready-for-dissent' } },
    });
    expect(move(initialPropositions(), facilitator, 'gone', 'ready-for-dissent')).toMatchObject({
      ok: false,
      error: { code: 'unknown-proposition' },
    });
  });

  it('PROP-2 only the owning team or the facilitator moves it; the Leader does not (PERM-17)', () => {
    expect(move(initialPropositions(), teamTwo, 'x1', 'ready-for-dissent')).toEqual({
      ok: false,
      error: {
        code: 'not-owner',
        message: 'Only the task team that made this proposition, or the facilitator, can move it on.',
      },
    });
    expect(move(initialPropositions(), leader, 'x1', 'ready-for-dissent')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(move(initialPropositions(), facilitator, 'x2', 'ready-for-dissent').ok).toBe(true);
  });

  it('PROP-3 draft → ready for dissent → revised → (another round) → final; nothing else', () => {
    let state = initialPropositions();
    for (const status of ['ready-for-dissent', 'revised', 'ready-for-dissent', 'revised', 'final'] as const) {
      const next = move(state, teamOne, 'x1', status);
      if (!next.ok) throw new Error(next.error.message);
      state = next.data;
    }
    expect(state).toEqual({ status: { x1: 'final' } });
    expect(move(initialPropositions(), teamOne, 'x1', 'final')).toEqual({
      ok: false,
      error: {
        code: 'not-next',
        message: 'A proposition goes from draft to ready for dissent, not to final.',
      },
    });
    expect(move(at('ready-for-dissent'), teamOne, 'x1', 'ready-for-dissent')).toMatchObject({
      error: { code: 'no-change' },
    });
  });

  it('PROP-4 the facilitator may set one back; the team may not (PERM-18)', () => {
    expect(move(at('final'), teamOne, 'x1', 'revised')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(move(at('final'), facilitator, 'x1', 'revised')).toEqual({ ok: true, data: at('revised') });
    expect(move(at('revised'), facilitator, 'x1', 'draft')).toEqual({ ok: true, data: { status: {} } });
  });
});
