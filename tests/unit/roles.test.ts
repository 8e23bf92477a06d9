import { describe, expect, it } from 'vitest';
import {
  actions,
  addressForTablets,
  can,
  canSometimes,
  contentRefusal,
  DOC_KEYS,
  refusalFor,
  roles,
  writableDocKeys,
  type ContentActor,
} from '../../shared/src/index.js';

describe('permission table', () => {
  const everyone = ['workshop:read', 'content:read'];
  const expected: Record<string, string[]> = {
    // A tablet speaks for its own team's members: the facilitator has no team to speak for (PERM-14).
    facilitator: actions.filter((action) => action !== 'roster:speak'),
    leader: [
      'workshop:read',
      'board:vote',
      'presence:read',
      'content:read',
      'content:write',
      'awareness:write',
      'chair:present',
      'chair:decide',
      'actions:propose',
      'actions:confirm',
      'report:read',
    ],
    team: [
      'workshop:read',
      'board:vote',
      'content:read',
      'content:write',
      'awareness:write',
      'roster:speak',
      'propositions:status',
      'dissent:spokesperson',
      'actions:propose',
    ],
    witness: ['workshop:read', 'content:read', 'content:write', 'awareness:write'],
    projector: everyone,
  };

  it.each(roles)('PERM-1…18 %s may do exactly its actions, the workshop’s state unknown', (role) => {
    expect(actions.filter((action) => can(role, action))).toEqual(expected[role]);
  });

  it('PERM-2 PERM-3 PERM-4 only the facilitator commands the clock, edits the agenda or manages links', () => {
    expect(roles.filter((r) => can(r, 'clock:command'))).toEqual(['facilitator']);
    expect(roles.filter((r) => can(r, 'agenda:edit'))).toEqual(['facilitator']);
    expect(roles.filter((r) => can(r, 'links:manage'))).toEqual(['facilitator']);
    expect(refusalFor('clock:command')).toBe('Only the facilitator can change the clock.');
  });

  it('PERM-16 only the facilitator attaches the position paper; every link reads it (PERM-1)', () => {
    expect(roles.filter((r) => can(r, 'paper:attach'))).toEqual(['facilitator']);
    expect(roles.filter((r) => can(r, 'workshop:read'))).toEqual([...roles]);
    expect(refusalFor('paper:attach')).toBe(
      'Only the facilitator can attach, replace or remove the position paper.',
    );
  });

  it('PERM-32 only the Leader and the facilitator take away the Action Report and the backup', () => {
    expect(roles.filter((r) => can(r, 'report:read'))).toEqual(['facilitator', 'leader']);
    expect(refusalFor('report:read')).toBe(
      'Only the Leader, or the facilitator, takes away the Action Report and the workshop’s backup.',
    );
  });

  it('PERM-12 the projector reads join codes only while it shows the joining screen; tablets never', () => {
    const showing = (kind: 'agenda' | 'map' | 'joining') => ({ focus: { kind } });
    expect(roles.filter((r) => can(r, 'join-codes:read', showing('joining')))).toEqual([
      'facilitator',
      'projector',
    ]);
    expect(roles.filter((r) => can(r, 'join-codes:read', showing('map')))).toEqual(['facilitator']);
    expect(can('projector', 'join-codes:read', { focus: { kind: 'team', teamId: 'team-1' } })).toBe(false);
    // Who is told when the codes change: those some state lets read them.
    expect(roles.filter((r) => canSometimes(r, 'join-codes:read'))).toEqual(['facilitator', 'projector']);
    expect(refusalFor('join-codes:read')).toMatch(
      /on the projector while the facilitator has put the joining/,
    );
  });

  it('PERM-9 a witness writes only witness notes; the projector writes nothing; the briefing is the facilitator’s', () => {
    expect(writableDocKeys('witness')).toEqual([DOC_KEYS.witnessNotes]);
    expect(writableDocKeys('projector')).toEqual([]);
    expect(writableDocKeys('team')).toEqual([
      DOC_KEYS.cards,
      DOC_KEYS.witnessNotes,
      DOC_KEYS.options,
      DOC_KEYS.propositions,
      DOC_KEYS.councilPriorities,
      DOC_KEYS.councilNotes,
      DOC_KEYS.dissentPoints,
      DOC_KEYS.spokespersonNotes,
    ]);
    // Witness notes, options and propositions are the teams' (and witnesses'): the Leader reads them.
    expect(writableDocKeys('leader')).toEqual([DOC_KEYS.cards, DOC_KEYS.presentationNotes]);
    // The record of each round is the server's alone (DISSENT-11).
    expect(writableDocKeys('facilitator')).toEqual(
      Object.values(DOC_KEYS).filter((key) => key !== DOC_KEYS.propositionHistory),
    );
    const edit = { key: DOC_KEYS.briefing, entry: 'decks', kind: 'edit' } as const;
    expect(contentRefusal({ role: 'team', teamId: 'team-1' }, { ...edit, owner: undefined })).toEqual({
      code: 'forbidden',
      message: 'This screen cannot change a briefing card.',
    });
    expect(contentRefusal({ role: 'facilitator', teamId: null }, { ...edit, owner: undefined })).toBeNull();
  });
});

describe('content rules', () => {
  const teamA: ContentActor = { role: 'team', teamId: 'team-1' };
  const facilitator: ContentActor = { role: 'facilitator', teamId: null };

  it('PERM-9 only declared top-level keys are written, by anyone', () => {
    for (const actor of [teamA, facilitator]) {
      expect(
        contentRefusal(actor, { key: 'evil', entry: null, kind: 'edit', owner: undefined }),
      ).toMatchObject({
        code: 'undeclared-key',
      });
    }
    expect(
      contentRefusal(
        { role: 'witness', teamId: null },
        { key: 'cards', entry: 'c1', kind: 'edit', owner: 'team-1' },
      ),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('PERM-10 a priority is removed only by the team that made it, or the facilitator', () => {
    const removeB = { key: 'cards', entry: 'c1', kind: 'remove', owner: 'team-2' } as const;
    expect(contentRefusal(teamA, removeB)).toMatchObject({
      code: 'not-owner',
      message: expect.stringMatching(/Only the task team that made this priority/),
    });
    expect(contentRefusal(facilitator, removeB)).toBeNull();
    expect(contentRefusal(teamA, { ...removeB, owner: 'team-1' })).toBeNull();
    // Every team may edit the shared map, but not claim another team's priority.
    expect(contentRefusal(teamA, { key: 'cards', entry: 'c1', kind: 'edit', owner: 'team-2' })).toBeNull();
    expect(
      contentRefusal(teamA, { key: 'cards', entry: 'c1', kind: 'edit', owner: 'team-2', ownerChanged: true }),
    ).toMatchObject({ code: 'not-owner' });
    expect(
      contentRefusal(teamA, { key: 'cards', entry: 'c2', kind: 'create', owner: 'team-2' }),
    ).toMatchObject({
      code: 'not-owner',
    });
    expect(contentRefusal(teamA, { key: 'cards', entry: 'c2', kind: 'create', owner: 'team-1' })).toBeNull();
  });
});

describe('witness notes (PERM-21)', () => {
  const teamA: ContentActor = { role: 'team', teamId: 'team-1' };
  const beth: ContentActor = { role: 'witness', teamId: null, witnessId: 'w-beth' };
  const note = { key: DOC_KEYS.witnessNotes, entry: 'n1' } as const;

  it('a team writes only its own team’s notes', () => {
    expect(contentRefusal(teamA, { ...note, kind: 'create', owner: 'team-1', witness: 'w-raj' })).toBeNull();
    expect(contentRefusal(teamA, { ...note, kind: 'edit', owner: 'team-1', witness: 'w-raj' })).toBeNull();
    for (const kind of ['create', 'edit', 'remove'] as const)
      expect(contentRefusal(teamA, { ...note, kind, owner: 'team-2', witness: 'w-raj' })).toMatchObject({
        code: 'not-owner',
      });
  });

  it('a witness writes only notes for themselves, for any team, and never moves one', () => {
    expect(contentRefusal(beth, { ...note, kind: 'create', owner: 'team-2', witness: 'w-beth' })).toBeNull();
    expect(contentRefusal(beth, { ...note, kind: 'edit', owner: 'team-1', witness: 'w-beth' })).toBeNull();
    for (const kind of ['create', 'edit', 'remove'] as const)
      expect(contentRefusal(beth, { ...note, kind, owner: 'team-1', witness: 'w-raj' })).toEqual({
        code: 'not-owner',
        message: 'A witness writes only the witness notes for themselves: this one is for another witness.',
      });
    expect(
      contentRefusal(beth, {
        ...note,
        kind: 'edit',
        owner: 'team-1',
        witness: 'w-beth',
        witnessChanged: true,
      }),
    ).toMatchObject({ code: 'not-owner' });
    // A witness link that belongs to no witness writes no notes.
    expect(
      contentRefusal(
        { role: 'witness', teamId: null },
        { ...note, kind: 'create', owner: 'team-1', witness: 'w-beth' },
      ),
    ).toMatchObject({ code: 'not-owner' });
  });

  it('a witness never removes a note, so none can replace a member’s question under its key', () => {
    // Replacing an entry is a create and a remove at one key: the remove is refused.
    expect(
      contentRefusal(beth, { ...note, kind: 'remove', owner: 'team-1', witness: 'w-beth' }),
    ).toMatchObject({
      code: 'not-owner',
      message: 'Only the team it belongs to can remove a witness note.',
    });
  });
});

describe('a new entry belongs to someone where only its team edits it (PERM-10)', () => {
  const teamA: ContentActor = { role: 'team', teamId: 'team-1' };
  it('an option, a proposition or a witness note of no team is refused; a priority of no team is not', () => {
    for (const key of [DOC_KEYS.options, DOC_KEYS.propositions, DOC_KEYS.witnessNotes])
      expect(contentRefusal(teamA, { key, entry: 'x', kind: 'create', owner: undefined })).toMatchObject({
        code: 'not-owner',
      });
    expect(
      contentRefusal(teamA, { key: DOC_KEYS.cards, entry: 'x', kind: 'create', owner: null }),
    ).toBeNull();
  });
});

describe('the address shown for tablets', () => {
  const address = { base: 'http://localhost:3000', onlyThisComputer: true, networkUrls: [] as string[] };

  it('is the address itself when tablets can reach it', () => {
    expect(
      addressForTablets({ ...address, base: 'https://board.council.gov.uk', onlyThisComputer: false }),
    ).toBe('https://board.council.gov.uk');
  });

  it('opened at localhost, is the one network address, and none when it would be a guess', () => {
    expect(addressForTablets({ ...address, networkUrls: ['http://192.168.1.20:3000'] })).toBe(
      'http://192.168.1.20:3000',
    );
    expect(
      addressForTablets({ ...address, networkUrls: ['http://192.168.1.20:3000', 'http://172.17.0.1:3000'] }),
    ).toBeNull();
    expect(addressForTablets(address)).toBeNull();
  });
});
