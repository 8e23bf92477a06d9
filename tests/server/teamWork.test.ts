import { afterEach, describe, expect, it } from 'vitest';
import {
  addOption,
  addProposition,
  optionText,
  propositionText,
  readOptions,
  readPropositions,
  removeProposition,
  updateOption,
  type Ack,
  type ControlState,
  type Notice,
} from '../../shared/src/index.js';
import { spawnServer, type ChildServer } from '../support/childServer.js';
import {
  closeOf,
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type ControlClient,
} from '../support/server.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Urls {
  baseUrl: string;
  wsUrl: string;
}

async function open(s: Urls, workshopId: string, token: string) {
  const provider = connectProvider(s.wsUrl, workshopId, token);
  cleanup.push(() => provider.destroy());
  await synced(provider);
  return provider;
}

function control(baseUrl: string, token: string): ControlClient {
  const client = connectControl(baseUrl, token);
  cleanup.push(() => client.close());
  return client;
}

let ids = 0;
const setStatus = (client: ControlClient, propositionId: string, status: string) =>
  client.emitWithAck('propositions:command', {
    commandId: `team-work-${++ids}-${Date.now()}`,
    command: { type: 'setStatus', propositionId, status },
  } as never) as Promise<Ack<ControlState>>;

/** A workshop with two teams' tablets, team 1's option and proposition on the server. */
async function twoTeams(s: Urls) {
  const w = await createWorkshop(s.baseUrl, { teams: ['Housing', 'Adult care'] });
  const one = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
  const two = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-2' });
  const tablet = await open(s, w.id, one.token);
  addOption(tablet.doc, 'o1', { teamId: 'team-1', priorityId: 'p1' });
  optionText(tablet.doc, 'o1', 'money')!.insert(0, 'Saves £200k');
  addProposition(tablet.doc, 'x1', { teamId: 'team-1', title: 'Leisure as a staff mutual' });
  propositionText(tablet.doc, 'x1', 'proposal')!.insert(0, 'Spin out leisure');
  const check = await open(s, w.id, w.facilitatorToken);
  await waitFor(
    () => readPropositions(check.doc).length === 1 && readOptions(check.doc).length === 1,
    'team 1’s work on the server',
  );
  return { w, one, two, tablet };
}

describe('a team’s options and propositions are its own (OPTION-3, PERM-10)', () => {
  it('another team’s edit of an option is refused, said, and nothing of it kept', async () => {
    const s = await startServer();
    cleanup.push(() => s.close());
    const { w, two } = await twoTeams(s);
    const notices: Notice[] = [];
    control(s.baseUrl, two.token).on('workshop:notice', (n) => notices.push(n));
    const intruder = await open(s, w.id, two.token);
    const closed = closeOf(intruder);
    optionText(intruder.doc, 'o1', 'money')!.insert(0, 'Costs a fortune. ');
    expect(await closed).toEqual({
      code: 4403,
      reason: 'Only the task team that made this option, or the facilitator, can change it.',
    });
    await waitFor(() => notices.length > 0, 'the notice to team 2');
    expect(notices[0]).toMatchObject({ level: 'error', code: 'not-owner' });

    const again = await open(s, w.id, two.token);
    const shortlisted = closeOf(again);
    updateOption(again.doc, 'o1', { shortlisted: true });
    expect(await shortlisted).toMatchObject({ code: 4403 });

    const fresh = await open(s, w.id, w.facilitatorToken);
    expect(readOptions(fresh.doc)[0]).toMatchObject({ money: 'Saves £200k', shortlisted: false });
  });

  it('another team’s edit or removal of a proposition is refused; the owner and the facilitator may', async () => {
    const s = await startServer();
    cleanup.push(() => s.close());
    const { w, two, tablet } = await twoTeams(s);
    const intruder = await open(s, w.id, two.token);
    const closed = closeOf(intruder);
    removeProposition(intruder.doc, 'x1');
    expect(await closed).toEqual({
      code: 4403,
      reason: 'Only the task team that made this proposition, or the facilitator, can remove it.',
    });
    const writer = await open(s, w.id, two.token);
    const writerClosed = closeOf(writer);
    propositionText(writer.doc, 'x1', 'proposal')!.insert(0, 'Ours now. ');
    expect(await writerClosed).toMatchObject({ code: 4403 });

    const desk = await open(s, w.id, w.facilitatorToken);
    propositionText(desk.doc, 'x1', 'risks')!.insert(0, 'Staff may say no');
    propositionText(tablet.doc, 'x1', 'firstSteps')!.insert(0, 'Ask the staff');
    const fresh = await open(s, w.id, w.facilitatorToken);
    await waitFor(
      () =>
        readPropositions(fresh.doc)[0]?.risks === 'Staff may say no' &&
        readPropositions(fresh.doc)[0]?.firstSteps === 'Ask the staff',
      'the owner’s and the facilitator’s edits',
    );
    expect(readPropositions(fresh.doc)[0]).toMatchObject({ proposal: 'Spin out leisure' });
    expect(tablet.wsconnected && desk.wsconnected).toBe(true);
  });

  it('PROP-1 PROP-2 a status for another team’s proposition, or one not on the board, is refused; the owner’s goes to every screen', async () => {
    const s = await startServer();
    cleanup.push(() => s.close());
    const { one, two } = await twoTeams(s);
    const theirs = control(s.baseUrl, two.token);
    expect(await setStatus(theirs, 'x1', 'ready-for-dissent')).toEqual({
      ok: false,
      error: {
        code: 'not-owner',
        message: 'Only the task team that made this proposition, or the facilitator, can move it on.',
      },
    });
    expect(await setStatus(theirs, 'nowhere', 'ready-for-dissent')).toMatchObject({
      ok: false,
      error: { code: 'unknown-proposition' },
    });
    expect(await setStatus(theirs, 'x1', 'ready for dissent')).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const states: ControlState[] = [];
    theirs.on('control:state', (state) => states.push(state));
    const ours = control(s.baseUrl, one.token);
    const ack = await setStatus(ours, 'x1', 'ready-for-dissent');
    expect(ack).toMatchObject({ ok: true, data: { propositions: { status: { x1: 'ready-for-dissent' } } } });
    await waitFor(
      () => states.some((st) => st.propositions.status.x1 === 'ready-for-dissent'),
      'the broadcast',
    );
  });
});

describe('durability', () => {
  it('options, propositions and their statuses survive a SIGKILL and a restart', async () => {
    const dataDir = tempDataDir();
    let server: ChildServer = await spawnServer(dataDir);
    cleanup.push(() => server.child.kill('SIGKILL'));
    const { w, one, tablet } = await twoTeams(server);
    updateOption(tablet.doc, 'o1', { shortlisted: true, level: 'service-redesign' });
    const check = await open(server, w.id, w.facilitatorToken);
    await waitFor(() => readOptions(check.doc)[0]?.shortlisted === true, 'the shortlist on the server');
    const ack = await setStatus(control(server.baseUrl, one.token), 'x1', 'ready-for-dissent');
    expect(ack.ok).toBe(true);

    server.child.kill('SIGKILL');
    await server.exited;
    server = await spawnServer(dataDir);
    const fresh = await open(server, w.id, w.facilitatorToken);
    expect(readOptions(fresh.doc)).toEqual([
      expect.objectContaining({
        id: 'o1',
        money: 'Saves £200k',
        shortlisted: true,
        level: 'service-redesign',
      }),
    ]);
    expect(readPropositions(fresh.doc)).toEqual([
      expect.objectContaining({ id: 'x1', title: 'Leisure as a staff mutual', proposal: 'Spin out leisure' }),
    ]);
    const state = await new Promise<ControlState>((resolve) =>
      control(server.baseUrl, w.facilitatorToken).once('control:state', resolve),
    );
    expect(state.propositions).toEqual({ status: { x1: 'ready-for-dissent' } });
  });
});
