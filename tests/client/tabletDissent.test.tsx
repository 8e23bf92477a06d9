import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { CUE_MS } from '../../client/src/dissent/WhatToDoNow.js';
import { TabletDissent } from '../../client/src/dissent/TabletDissent.js';
import { TabletScreen } from '../../client/src/screens/tablet/TabletScreen.js';
import { PropositionsView } from '../../client/src/teamWork/PropositionsView.js';
import {
  addDissentPoint,
  addProposition,
  initialDissent,
  propositionText,
  readDissentPoints,
  readSpokespersonNotes,
  recordPresented,
  type DissentPhase,
  type DissentRun,
  type DissentState,
  type Identity,
} from '../../shared/src/index.js';
import type { SessionStore } from '../../client/src/state/sessionStore.js';
import { dissentRoster, dissentTeams } from './dissentRoom.js';
import { controlState, renderScreen, summary } from './harness.js';

const teams = dissentTeams;
const roster = dissentRoster;

/**
 * Housing and growth and Adult care present; Communities only listens. Round 1: Housing and
 * growth's Priya Shah goes to Adult care, Adult care's Tom Jones to Communities. Round 2: Priya
 * to Communities, Tom to Housing and growth.
 */
const plan: NonNullable<DissentState['plan']> = {
  presenting: ['team-1', 'team-2'],
  propositionIds: { 'team-1': 'prop-1', 'team-2': 'prop-2' },
  rotation: [
    { 'team-1': 'team-2', 'team-2': 'team-3' },
    { 'team-1': 'team-3', 'team-2': 'team-1' },
  ],
  spokespeople: { 'team-1': 'm-priya', 'team-2': 'm-tom' },
};

const run = (
  round: number,
  phase: DissentPhase,
  step: number,
  patch: Partial<DissentRun> = {},
): DissentRun => ({
  round,
  phase,
  status: 'running',
  deadlineAtMs: Date.now() + 180_000,
  remainingMs: null,
  step,
  ...patch,
});

const dissent = (r: DissentRun | null, p = plan): DissentState => ({
  ...initialDissent(),
  minutes: { present: 3, dissent: 4, assent: 2, revise: 5 },
  plan: p,
  run: r,
});

const identityOf = (teamId: string): Identity => ({
  linkId: 'link-team',
  name: 'team',
  role: 'team',
  teamId,
});

function tablet(teamId: string, state: DissentState, ui = <TabletDissent teamId={teamId} />) {
  const rendered = renderScreen(ui, {
    state: {
      summary: { ...summary, teams },
      identity: identityOf(teamId),
      control: controlState({ roster, dissent: state }),
    },
  });
  act(() => addPropositions(rendered.doc));
  return rendered;
}

function addPropositions(doc: Y.Doc) {
  addProposition(doc, 'prop-1', { teamId: 'team-1', title: 'Leisure as a staff mutual' });
  propositionText(doc, 'prop-1', 'proposal')!.insert(
    0,
    'The leisure centres run by their staff, from April.',
  );
  addProposition(doc, 'prop-2', { teamId: 'team-2', title: 'One front door for adult care' });
}

/** The server's next control state: the rounds moved on. */
function moveTo(store: SessionStore, state: DissentState) {
  const control = store.getState().control!;
  act(() => store.setState({ control: { ...control, version: control.version + 1, dissent: state } }));
}

const whatNow = () => screen.getByRole('region', { name: 'What to do now' });

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('what to do now, on a team’s tablet', () => {
  it('tells a team that presents and listens what its table and its spokesperson do, phase by phase', () => {
    const { store } = tablet('team-2', dissent(run(0, 'present', 1)));
    expect(whatNow()).toHaveTextContent('You are hearing Housing and growth. Listen in silence.');
    expect(whatNow()).toHaveTextContent('Tom Jones presents to Communities.');
    moveTo(store, dissent(run(0, 'dissent', 2)));
    expect(whatNow()).toHaveTextContent('You are hearing Housing and growth. Dissent: why will this fail?');
    expect(whatNow()).toHaveTextContent(
      'Tom Jones presents to Communities. Dissent: Tom Jones turns their back, listens in silence and takes notes.',
    );
    moveTo(store, dissent(run(0, 'assent', 3)));
    expect(whatNow()).toHaveTextContent(
      'You are hearing Housing and growth. Assent: what would make it better?',
    );
    moveTo(store, dissent(run(0, 'revise', 4)));
    expect(whatNow()).toHaveTextContent('Revise: Tom Jones is back.');
    expect(whatNow()).not.toHaveTextContent('hearing');
  });

  it('tells a team that only listens when it hears nobody, and that the spokespeople go home', () => {
    // Round 2: Communities hears Housing and growth; Adult care presents but hears nobody.
    const { store } = tablet('team-3', dissent(run(0, 'present', 1)));
    expect(whatNow()).toHaveTextContent('You are hearing Adult care. Listen in silence.');
    expect(whatNow()).not.toHaveTextContent('presents to');
    moveTo(store, dissent(run(0, 'revise', 4)));
    expect(whatNow()).toHaveTextContent('Revise: the spokespeople are going home.');
    const alone = { ...plan, rotation: [{ 'team-1': 'team-2', 'team-2': 'team-1' }] };
    moveTo(store, dissent(run(0, 'dissent', 5), alone));
    expect(whatNow()).toHaveTextContent('Nobody presents to you this round.');
  });

  it('says what comes before the rounds start and that they are over after', () => {
    const { store } = tablet('team-1', dissent(null));
    expect(whatNow()).toHaveTextContent('Round 1 of 2 starts when the facilitator says.');
    expect(whatNow()).toHaveTextContent('Nobody presents to you in round 1.');
    expect(whatNow()).toHaveTextContent('Priya Shah will present to Adult care.');
    moveTo(store, dissent(run(1, 'revise', 9, { status: 'finished', deadlineAtMs: null })));
    expect(whatNow()).toHaveTextContent('The rounds are over.');
    expect(whatNow()).toHaveTextContent('Answer the points you received and revise your proposition.');
  });
});

/** A Web Audio stand-in: the test's boundary with the loudspeaker. Counts the notes played. */
class FakeAudioContext {
  static notes: number[] = [];
  state = 'running';
  currentTime = 0;
  destination = {};
  resume = () => Promise.resolve();
  createGain = () => ({
    gain: { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} },
    connect: () => {},
  });
  createOscillator = () => {
    const oscillator = {
      type: '',
      frequency: { value: 0, setValueAtTime: (hz: number) => (oscillator.frequency.value = hz) },
      connect: () => {},
      start: () => FakeAudioContext.notes.push(oscillator.frequency.value),
      stop: () => {},
    };
    return oscillator;
  };
}

describe('the phase change cue', () => {
  it('lights the panel and says the new instruction when the phase changes, not on first showing; a tone only when switched on', () => {
    vi.useFakeTimers();
    vi.stubGlobal('AudioContext', FakeAudioContext);
    FakeAudioContext.notes = [];
    // The whole tablet: it follows the rounds while they run, and cues whichever tab it is on.
    const { store } = tablet('team-2', dissent(run(0, 'present', 1)), <TabletScreen />);
    const said = screen.getByRole('status', { name: 'Ritual dissent' });
    expect(said).toBeEmptyDOMElement();
    expect(whatNow()).not.toHaveClass('what-now--cue');
    expect(screen.getByRole('timer', { name: 'Time left to present' })).toHaveTextContent('Round 1 of 2');
    expect(screen.getByRole('timer', { name: 'Time left on this item' })).toBeVisible();

    moveTo(store, dissent(run(0, 'dissent', 2)));
    expect(said).toHaveTextContent(
      'You are hearing Housing and growth. Dissent: why will this fail? Tom Jones presents to Communities.',
    );
    expect(whatNow()).toHaveClass('what-now--cue');
    expect(FakeAudioContext.notes).toEqual([]);
    act(() => vi.advanceTimersByTime(CUE_MS));
    expect(whatNow()).not.toHaveClass('what-now--cue');

    // The same step sent again (a reconnect) is no change.
    moveTo(store, dissent(run(0, 'dissent', 2)));
    expect(whatNow()).not.toHaveClass('what-now--cue');

    const toneSwitch = screen.getByRole('checkbox', { name: 'Sound a tone when the phase changes' });
    expect(toneSwitch).not.toBeChecked();
    fireEvent.click(toneSwitch);
    expect(toneSwitch).toBeChecked();
    // Switching it on plays the tone once, so the team knows what it will hear.
    expect(FakeAudioContext.notes).toEqual([880, 660]);
    expect(localStorage.getItem('challenge-board:phase-tone')).toBe('on');

    moveTo(store, dissent(run(0, 'assent', 3)));
    expect(FakeAudioContext.notes).toEqual([880, 660, 880, 660]);
    expect(said).toHaveTextContent('Assent: what would make it better?');
    moveTo(store, dissent(run(0, 'assent', 3)));
    expect(FakeAudioContext.notes).toHaveLength(4);
  });

  it('remembers the tone on the device, and a screen opened mid-phase plays nothing', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    FakeAudioContext.notes = [];
    localStorage.setItem('challenge-board:phase-tone', 'on');
    tablet('team-2', dissent(run(0, 'dissent', 7)), <TabletScreen />);
    expect(screen.getByRole('checkbox', { name: 'Sound a tone when the phase changes' })).toBeChecked();
    expect(FakeAudioContext.notes).toEqual([]);
    expect(screen.getByRole('status', { name: 'Ritual dissent' })).toBeEmptyDOMElement();
  });
});

describe('points, notes and answers', () => {
  it('a listening team adds points during dissent and assent, each in the document with its round and teams', async () => {
    const user = userEvent.setup();
    const { store, doc } = tablet('team-2', dissent(run(0, 'present', 1)));
    const hearing = screen.getByRole('region', { name: 'Housing and growth’s proposition' });
    expect(hearing).toHaveTextContent('Leisure as a staff mutual');
    expect(hearing).toHaveTextContent('The leisure centres run by their staff, from April.');
    // Listening in silence: no points yet.
    expect(screen.queryByRole('button', { name: 'Add a point' })).toBeNull();

    moveTo(store, dissent(run(0, 'dissent', 2)));
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(screen.getByLabelText('Point 1')).toHaveFocus();
    await user.keyboard('Staff will not take the risk');
    moveTo(store, dissent(run(0, 'assent', 3)));
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    await user.type(screen.getByLabelText('Point 2'), 'Ask the staff first');
    expect(readDissentPoints(doc)).toEqual([
      expect.objectContaining({
        round: 0,
        kind: 'dissent',
        listeningTeamId: 'team-2',
        presentingTeamId: 'team-1',
        propositionId: 'prop-1',
        text: 'Staff will not take the risk',
        answer: 'open',
      }),
      expect.objectContaining({ round: 0, kind: 'assent', text: 'Ask the staff first' }),
    ]);

    // Revise: the server refuses points now, so none is offered; what was written stays, read only.
    moveTo(store, dissent(run(0, 'revise', 4)));
    expect(screen.queryByRole('button', { name: 'Add a point' })).toBeNull();
    expect(screen.queryByLabelText('Point 1')).toBeNull();
    const made = screen.getByRole('region', { name: 'Points we made' });
    expect(made).toHaveTextContent('Round 1: to Housing and growth');
    expect(made).toHaveTextContent('Staff will not take the risk');
    expect(within(made).queryByRole('button')).toBeNull();
  });

  it('the presenting team’s spokesperson keeps notes with the round', async () => {
    const user = userEvent.setup();
    const { doc } = tablet('team-1', dissent(run(0, 'dissent', 2)));
    const notes = screen.getByRole('region', { name: 'Our spokesperson’s notes' });
    expect(notes).toHaveTextContent('Round 1: at Adult care');
    await user.click(within(notes).getByRole('button', { name: 'Add a note' }));
    await user.keyboard('They fear the pensions');
    expect(readSpokespersonNotes(doc)).toEqual([
      expect.objectContaining({ teamId: 'team-1', round: 0, text: 'They fear the pensions' }),
    ]);
    expect(within(notes).getByLabelText('Round 1, note 1')).toHaveValue('They fear the pensions');
  });

  it('the presenting team marks a point addressed with a note, and reads its proposition round by round', async () => {
    const user = userEvent.setup();
    const state = dissent(run(0, 'revise', 4));
    const { doc } = tablet('team-1', state);
    act(() => {
      recordPresented(doc, state);
      for (const [id, text] of [
        ['p1', 'Staff will not take the risk'],
        ['p2', 'The pensions cost too much'],
      ] as const)
        addDissentPoint(doc, {
          id,
          round: 0,
          kind: 'dissent',
          listeningTeamId: 'team-2',
          presentingTeamId: 'team-1',
          propositionId: 'prop-1',
          text,
        });
    });
    const received = screen.getByRole('region', { name: 'Points we received' });
    const round = within(received).getByRole('region', { name: 'Round 1: from Adult care' });
    const addressed = within(round).getByRole('button', {
      name: 'Addressed: point 1 of round 1 from Adult care, “Staff will not take the risk”',
    });
    expect(addressed).toHaveAttribute('aria-pressed', 'false');
    await user.click(addressed);
    expect(addressed).toHaveAttribute('aria-pressed', 'true');
    await user.type(within(round).getByLabelText('Our note on point 1 of round 1'), 'Staff ballot first');
    await user.click(within(round).getByRole('button', { name: /^Rejected: point 2 of round 1/ }));
    expect(readDissentPoints(doc).map(({ answer, note }) => ({ answer, note }))).toEqual([
      { answer: 'addressed', note: 'Staff ballot first' },
      { answer: 'rejected', note: '' },
    ]);

    const history = screen.getByRole('region', { name: 'History, round by round' });
    expect(history).toHaveTextContent('Round 1: presented to Adult care');
    expect(history).toHaveTextContent('The leisure centres run by their staff, from April.');
    expect(history).toHaveTextContent('Staff will not take the risk Addressed: Staff ballot first');
    expect(history).toHaveTextContent('The pensions cost too much Rejected');
  });

  it('the listening team cannot answer the points it made', () => {
    const { doc } = tablet('team-2', dissent(run(0, 'revise', 4)));
    act(() =>
      addDissentPoint(doc, {
        id: 'p1',
        round: 0,
        kind: 'dissent',
        listeningTeamId: 'team-2',
        presentingTeamId: 'team-1',
        propositionId: 'prop-1',
        text: 'Staff will not take the risk',
      }),
    );
    expect(screen.getByRole('region', { name: 'Points we made' })).toHaveTextContent(
      'Staff will not take the risk',
    );
    expect(screen.queryByRole('button', { name: /^Addressed/ })).toBeNull();
  });

  it('a proposition’s card says how much dissent it received and opens its history', async () => {
    const state = dissent(run(0, 'revise', 4));
    const { doc } = tablet('team-1', state, <PropositionsView teamId="team-1" />);
    act(() => {
      recordPresented(doc, state);
      addDissentPoint(doc, {
        id: 'p1',
        round: 0,
        kind: 'dissent',
        listeningTeamId: 'team-2',
        presentingTeamId: 'team-1',
        propositionId: 'prop-1',
        text: 'Staff will not take the risk',
      });
    });
    const line = screen.getByText('Dissent received: 1 point, 0 addressed');
    await userEvent.click(line);
    expect(screen.getByRole('heading', { name: 'Round 1: presented to Adult care' })).toBeVisible();
  });
});
