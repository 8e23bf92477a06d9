import { describe, expect, it } from 'vitest';
import {
  actions,
  can,
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
    facilitator: [...actions],
    leader: [
      'workshop:read',
      'board:vote',
      'presence:read',
      'content:read',
      'content:write',
      'awareness:write',
    ],
    team: ['workshop:read', 'board:vote', 'content:read', 'content:write', 'awareness:write'],
    witness: ['workshop:read', 'content:read', 'content:write', 'awareness:write'],
    projector: everyone,
  };

  it.each(roles)('PERM-1…11 %s may do exactly its actions', (role) => {
    expect(actions.filter((action) => can(role, action))).toEqual(expected[role]);
  });

  it('PERM-2 PERM-3 PERM-4 only the facilitator commands the clock, edits the agenda or manages links', () => {
    expect(roles.filter((r) => can(r, 'clock:command'))).toEqual(['facilitator']);
    expect(roles.filter((r) => can(r, 'agenda:edit'))).toEqual(['facilitator']);
    expect(roles.filter((r) => can(r, 'links:manage'))).toEqual(['facilitator']);
    expect(refusalFor('clock:command')).toBe('Only the facilitator can change the clock.');
  });

  it('PERM-9 a witness writes only witness notes; the projector writes nothing', () => {
    expect(writableDocKeys('witness')).toEqual([DOC_KEYS.witnessNotes]);
    expect(writableDocKeys('projector')).toEqual([]);
    expect(writableDocKeys('team')).toEqual(Object.values(DOC_KEYS));
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
