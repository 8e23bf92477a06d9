import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import * as Y from 'yjs';
import {
  findTemplate,
  initialBoard,
  initialClock,
  initialPropositions,
  initialRoster,
  initialWitnesses,
  seedBriefing,
  type Ack,
  type ControlCommand,
  type ControlState,
  type Identity,
  type Role,
  type WorkshopSummary,
} from '../../shared/src/index.js';
import type { ControlConnection } from '../../client/src/live/controlConnection.js';
import { SessionProvider, type Session } from '../../client/src/state/sessionContext.js';
import { createSessionStore, type SessionState } from '../../client/src/state/sessionStore.js';

export const agenda = findTemplate('strategic-political-leadership')!.agenda;
export const summary: WorkshopSummary = {
  id: 'w1',
  title: 'Cabinet challenge workshop',
  templateId: 'strategic-political-leadership',
  agenda,
  teams: [
    { id: 'team-1', name: 'Housing' },
    { id: 'team-2', name: 'Adult care' },
  ],
};

export function controlState(patch: Partial<ControlState> = {}): ControlState {
  return {
    workshopId: 'w1',
    version: 1,
    agenda,
    clock: initialClock(),
    board: initialBoard(),
    roster: initialRoster(findTemplate('strategic-political-leadership')!.room.bodies),
    propositions: initialPropositions(),
    witnesses: initialWitnesses(),
    unreadable: [],
    ...patch,
  };
}

/**
 * A screen with a real session store and a real Yjs document; only the network is replaced, by a
 * control connection that records what the screen sends and answers as the server would.
 */
export function renderScreen(
  ui: ReactNode,
  options: { role?: Role; state?: Partial<SessionState>; answer?: Ack<ControlState> } = {},
) {
  const role = options.role ?? 'team';
  const store = createSessionStore();
  const identity: Identity = {
    linkId: `link-${role}`,
    name: role,
    role,
    teamId: role === 'team' ? 'team-1' : null,
  };
  store.setState({
    connection: 'online',
    control: controlState(),
    summary,
    identity,
    storageAvailable: true,
    clockSynced: true,
    ...options.state,
  });
  const answer = options.answer ?? { ok: true, data: store.getState().control! };
  const sent: ControlCommand[] = [];
  const control: ControlConnection = {
    socket: {} as ControlConnection['socket'],
    send: vi.fn(async (command) => (sent.push(command), answer)),
    close: () => {},
  };
  // As the server does when a workshop is created: its programme's briefing in its document.
  const doc = new Y.Doc();
  const templateId = store.getState().summary?.templateId ?? summary.templateId;
  seedBriefing(doc, findTemplate(templateId)?.briefing ?? []);
  const session: Session = { workshopId: 'w1', role, token: 'token', store, control, doc };
  const view = render(<SessionProvider session={session}>{ui}</SessionProvider>);
  return { ...view, store, doc, sent, session };
}
