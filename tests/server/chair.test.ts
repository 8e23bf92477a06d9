import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPresentationNote,
  readPresentationNotes,
  type Ack,
  type ControlState,
} from '../../shared/src/index.js';
import { presentationsWorkshop } from '../support/scenario.js';
import {
  connectControl,
  connectProvider,
  startServer,
  synced,
  waitFor,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

function as(token: string) {
  const client = connectControl(s.baseUrl, token);
  let n = 0;
  const send = (event: 'chair:command' | 'actions:command', command: object) =>
    client.emitWithAck(event, { commandId: `c-${token.slice(0, 6)}-${n++}`, command } as never) as Promise<
      Ack<ControlState>
    >;
  return { client, send };
}

describe('the Leader’s chair on the server', () => {
  it('the Leader steps through, decides and confirms an action a tablet proposed; a tablet can do neither', async () => {
    const { workshop, tablets, leader } = await presentationsWorkshop(s.baseUrl);
    const chair = as(tokenOf(leader));
    const tablet = as(tablets['team-2']!.token);
    try {
      const stepped = await chair.send('chair:command', { type: 'step', by: 1 });
      expect(stepped.ok && stepped.data.chair?.showing).toEqual({ kind: 'team', teamId: 'team-1' });
      const decided = await chair.send('chair:command', {
        type: 'decide',
        propositionId: 'prop-team-1',
        decision: 'agreed',
        changes: '',
      });
      expect(decided.ok && decided.data.chair?.decisions['prop-team-1']?.decision).toBe('agreed');
      expect(
        await tablet.send('chair:command', {
          type: 'decide',
          propositionId: 'prop-team-2',
          decision: 'agreed',
          changes: '',
        }),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const proposed = await tablet.send('actions:command', {
        type: 'propose',
        action: {
          id: 'a1',
          commitment: 'One front door for adult care by April',
          owner: { memberId: 'team-2-1' },
          level: 'management-team',
          council: null,
          dueDate: '2027-04-01',
          propositionId: 'prop-team-2',
        },
      });
      expect(proposed.ok && proposed.data.actions?.actions[0]).toMatchObject({
        status: 'proposed',
        proposedByTeamId: 'team-2',
      });
      expect(await tablet.send('actions:command', { type: 'confirm', actionId: 'a1' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      const confirmed = await chair.send('actions:command', { type: 'confirm', actionId: 'a1' });
      expect(confirmed.ok && confirmed.data.actions?.actions[0]?.status).toBe('confirmed');

      // The discussion notes are the chair's: the Leader writes one; a tablet's is refused.
      const leaderDoc = connectProvider(s.wsUrl, workshop.id, tokenOf(leader), new Y.Doc());
      await synced(leaderDoc);
      addPresentationNote(leaderDoc.doc, 'n1', 'prop-team-1', 'Unison to be consulted first');
      const check = connectProvider(s.wsUrl, workshop.id, workshop.facilitatorToken, new Y.Doc());
      await waitFor(() => readPresentationNotes(check.doc).length === 1, 'the discussion note');
      const team = connectProvider(s.wsUrl, workshop.id, tablets['team-1']!.token, new Y.Doc());
      await synced(team);
      const closed = new Promise<number>((resolve) =>
        team.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
      );
      addPresentationNote(team.doc, 'n2', 'prop-team-1', 'Ours');
      expect(await closed).toBe(4403);
      for (const p of [leaderDoc, check, team]) p.destroy();
    } finally {
      chair.client.close();
      tablet.client.close();
    }
  });
});
