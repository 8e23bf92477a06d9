import { describe, expect, it } from 'vitest';
import { actions, can, DOC_KEYS, refusalFor, roles, writableDocKeys } from '../../shared/src/index.js';

describe('permission table', () => {
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
    team: [
      'workshop:read',
      'board:vote',
      'presence:read',
      'content:read',
      'content:write',
      'awareness:write',
    ],
    witness: ['workshop:read', 'presence:read', 'content:read', 'content:write', 'awareness:write'],
    projector: ['workshop:read', 'presence:read', 'content:read'],
  };

  it.each(roles)('%s may do exactly its actions', (role) => {
    expect(actions.filter((action) => can(role, action))).toEqual(expected[role]);
  });

  it('only the facilitator commands the clock or makes links, and refusals say so', () => {
    expect(roles.filter((r) => can(r, 'clock:command'))).toEqual(['facilitator']);
    expect(roles.filter((r) => can(r, 'token:create'))).toEqual(['facilitator']);
    expect(refusalFor('clock:command')).toBe('Only the facilitator can change the clock.');
  });

  it('a witness writes only witness notes; the projector writes nothing', () => {
    expect(writableDocKeys('witness')).toEqual([DOC_KEYS.witnessNotes]);
    expect(writableDocKeys('projector')).toEqual([]);
    expect(writableDocKeys('team')).toEqual(Object.values(DOC_KEYS));
  });
});
