import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  addProposition,
  initialClock,
  initialDissent,
  proposeRotation,
  type DissentRun,
  type DissentState,
} from '../../shared/src/index.js';
import { DissentConsole } from '../../client/src/dissent/DissentConsole.js';
import FacilitatorScreen from '../../client/src/screens/facilitator/FacilitatorScreen.js';
import { dissentRoster, dissentTeams } from './dissentRoom.js';
import { agenda, controlState, renderScreen, summary } from './harness.js';

const teams = dissentTeams;
const roster = dissentRoster;
const presenting = ['team-1', 'team-2'];
const rotation = proposeRotation(
  teams.map((t) => t.id),
  presenting,
  2,
);
if (!rotation.ok) throw new Error(rotation.error.message);

/** Housing and growth and Adult care present, Communities only listens: as the server plans them (DISSENT-3). */
const planned = (run: DissentRun | null = null, patch: Partial<DissentState> = {}): DissentState => ({
  ...initialDissent(),
  plan: {
    presenting,
    propositionIds: { 'team-1': 'p-leisure', 'team-2': 'p-front-door' },
    rotation: rotation.data,
    spokespeople: { 'team-1': 'm-priya', 'team-2': 'm-tom' },
  },
  run,
  ...patch,
});
const running = (patch: Partial<DissentRun> = {}): DissentRun => ({
  round: 0,
  phase: 'dissent',
  status: 'running',
  deadlineAtMs: Date.now() + 150_000,
  remainingMs: null,
  step: 2,
  ...patch,
});
const state = (dissent?: DissentState) => ({
  summary: { ...summary, teams },
  control: controlState({ roster, ...(dissent && { dissent }) }),
});
const commands = (sent: { area: string; command: unknown }[]) =>
  sent.filter((s) => s.area === 'dissent').map((s) => s.command);

describe('ritual dissent on the console', () => {
  it('sets the minutes and the rounds, and plans the rounds; nothing runs before a plan', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<DissentConsole />, { role: 'facilitator', state: state() });
    const panel = screen.getByRole('region', { name: 'Ritual dissent' });
    expect(within(panel).getByText('Not planned yet.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Start the round' })).toBeDisabled();
    expect(within(panel).getByRole('button', { name: 'Next phase' })).toBeDisabled();
    expect(within(panel).getByRole('button', { name: 'Undo' })).toBeDisabled();
    // The handbook's minutes to start with: 3, 4, no assent, 5.
    expect(within(panel).getByRole('combobox', { name: 'Present' })).toHaveValue('3');
    expect(within(panel).getByRole('combobox', { name: 'Assent' })).toHaveDisplayValue('None');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Assent' }), '2');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Revise' }), '6');
    // Three teams: one or two rounds.
    const rounds = within(panel).getByRole('combobox', { name: 'Rounds' });
    expect(
      within(rounds)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1', '2']);
    await user.selectOptions(rounds, '1');
    await user.click(within(panel).getByRole('button', { name: 'Plan the rounds' }));
    expect(commands(sent)).toEqual([
      { type: 'setMinutes', assent: 2 },
      { type: 'setMinutes', revise: 6 },
      { type: 'setRounds', rounds: 1 },
      { type: 'plan' },
    ]);
  });

  it('shows the server’s refusal to plan in its words', async () => {
    const refusal =
      'Ritual dissent needs at least two teams with a proposition ready for dissent; only one team has one (ROTATION-5).';
    renderScreen(<DissentConsole />, {
      role: 'facilitator',
      state: state(),
      answer: { ok: false, error: { code: 'rotation-5', message: refusal } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Plan the rounds' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
  });

  it('shows who presents what and who only listens, chooses a spokesperson and swaps a listener by hand', async () => {
    const user = userEvent.setup();
    const refusal = 'In round 1 a team presents to itself (ROTATION-2).';
    const { sent, doc } = renderScreen(<DissentConsole />, {
      role: 'facilitator',
      state: state(planned()),
      answer: { ok: false, error: { code: 'rotation-2', message: refusal } },
    });
    act(() => {
      addProposition(doc, 'p-leisure', { teamId: 'team-1', title: 'Leisure as a staff mutual' });
      addProposition(doc, 'p-front-door', { teamId: 'team-2', title: 'One front door for adult care' });
    });
    const who = screen.getByRole('list', { name: 'Who presents' });
    expect(
      within(who)
        .getAllByRole('listitem')
        .map((li) => li.firstElementChild!.textContent),
    ).toEqual(['Housing and growth: Leisure as a staff mutual', 'Adult care: One front door for adult care']);
    expect(
      screen.getByText(
        /Only listen, with no proposition ready for dissent when the rounds were planned: Communities\./,
      ),
    ).toBeVisible();
    const housing = screen.getByRole('combobox', { name: 'Housing and growth’s spokesperson' });
    expect(housing).toHaveValue('m-priya');
    expect(
      within(housing)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Priya Shah', 'Sam Okafor']);
    await user.selectOptions(housing, 'Sam Okafor');

    // The schedule: rounds × presenting teams, each cell the team it presents to (ROTATION-6).
    const cell = (round: number, team: string) =>
      screen.getByRole('combobox', { name: `Round ${round}: ${team} presents to` });
    expect(cell(1, 'Housing and growth')).toHaveDisplayValue('Adult care');
    expect(cell(1, 'Adult care')).toHaveDisplayValue('Communities');
    expect(cell(2, 'Housing and growth')).toHaveDisplayValue('Communities');
    expect(cell(2, 'Adult care')).toHaveDisplayValue('Housing and growth');
    // Nobody presents to their own team: it is not offered.
    expect(within(cell(1, 'Adult care')).queryByRole('option', { name: 'Adult care' })).toBeNull();
    // Housing to Communities in round 1: Adult care, who went there, takes Housing's old listener.
    await user.selectOptions(cell(1, 'Housing and growth'), 'Communities');
    expect(commands(sent)).toEqual([
      { type: 'setSpokesperson', teamId: 'team-1', memberId: 'm-sam' },
      {
        type: 'setRotation',
        rotation: [
          { 'team-1': 'team-3', 'team-2': 'team-2' },
          { 'team-1': 'team-3', 'team-2': 'team-1' },
        ],
      },
    ]);
    // The server refuses it, naming the rule; the schedule shown stays the server's.
    const schedule = screen.getByRole('table', { name: 'Who presents to whom' }).parentElement!;
    expect(await within(schedule).findByRole('alert')).toHaveTextContent(refusal);
    expect(cell(1, 'Housing and growth')).toHaveDisplayValue('Adult care');
  });

  it('runs the rounds: the phase and its countdown, pause, next phase and round, a minute more or less, undo', async () => {
    const user = userEvent.setup();
    const { sent, store } = renderScreen(<DissentConsole />, {
      role: 'facilitator',
      state: state(planned(running(), { undo: { run: null } })),
    });
    const panel = screen.getByRole('region', { name: 'Ritual dissent' });
    const timer = within(panel).getByRole('timer', { name: 'Time left to dissent' });
    expect(timer).toHaveTextContent('Round 1 of 2');
    expect(timer).toHaveTextContent('Dissent');
    expect(timer).toHaveTextContent(/2:(30|29)/);
    expect(within(panel).queryByRole('button', { name: 'Start the round' })).toBeNull();
    // Round 1 has begun: only round 2 changes by hand.
    expect(within(panel).getByRole('combobox', { name: 'Round 1: Adult care presents to' })).toBeDisabled();
    expect(within(panel).getByRole('combobox', { name: 'Round 2: Adult care presents to' })).toBeEnabled();
    // Rounds and a new plan wait for a reset; minutes apply to the phases to come.
    expect(within(panel).getByRole('button', { name: 'Plan the rounds' })).toBeDisabled();
    expect(within(panel).getByRole('combobox', { name: 'Rounds' })).toBeDisabled();
    expect(within(panel).getByRole('combobox', { name: 'Revise' })).toBeEnabled();
    for (const name of ['Pause', 'Next phase', 'Next round', '+1 min', '−1 min', 'Undo'])
      await user.click(within(panel).getByRole('button', { name }));
    expect(commands(sent)).toEqual([
      { type: 'pause' },
      { type: 'nextPhase' },
      { type: 'nextRound' },
      { type: 'extend', minutes: 1 },
      { type: 'extend', minutes: -1 },
      { type: 'undo' },
    ]);
    act(() =>
      store.setState(state(planned(running({ status: 'paused', deadlineAtMs: null, remainingMs: 90_000 })))),
    );
    expect(within(panel).getByRole('timer')).toHaveTextContent('Paused');
    expect(within(panel).getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: 'Resume' }));
    expect(commands(sent).at(-1)).toEqual({ type: 'resume' });
  });

  it('resets the rounds only once the facilitator confirms', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<DissentConsole />, {
      role: 'facilitator',
      state: state(planned(running())),
    });
    await user.click(screen.getByRole('button', { name: 'Reset the rounds' }));
    const confirm = screen.getByRole('group', { name: 'Confirm the reset' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep the rounds as they are' }));
    expect(commands(sent)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Reset the rounds' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset the rounds' }));
    expect(commands(sent)).toEqual([{ type: 'reset' }]);
  });

  it('starts the planned rounds; after the last round says so and starts nothing', async () => {
    const user = userEvent.setup();
    const { sent, store } = renderScreen(<DissentConsole />, {
      role: 'facilitator',
      state: state(planned()),
    });
    expect(screen.getByText('Planned: 2 rounds, not started.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset the rounds' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    expect(commands(sent)).toEqual([{ type: 'start' }]);
    const finished = running({ round: 1, phase: 'revise', status: 'finished', deadlineAtMs: null });
    act(() => store.setState(state(planned(finished))));
    expect(screen.getByText('Every round has run.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the round' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next phase' })).toBeDisabled();
    // Finished rounds are planned again freely.
    expect(screen.getByRole('button', { name: 'Plan the rounds' })).toBeEnabled();
  });
});

describe('the console during team task 3', () => {
  const dissentItem = agenda.findIndex((item) => item.kind === 'dissent');

  it('shows the rounds under the clock during the ritual-dissent item, and while rounds run whatever the item', () => {
    const { store } = renderScreen(<FacilitatorScreen />, { role: 'facilitator', state: state() });
    expect(screen.queryByRole('region', { name: 'Ritual dissent' })).toBeNull();
    const clock = { ...initialClock(), currentIndex: dissentItem };
    act(() => store.setState({ control: controlState({ roster, clock }) }));
    expect(screen.getByRole('region', { name: 'Ritual dissent' })).toBeInTheDocument();
    const later = { ...initialClock(), currentIndex: dissentItem + 1 };
    act(() =>
      store.setState({ control: controlState({ roster, clock: later, dissent: planned(running()) }) }),
    );
    expect(screen.getByRole('region', { name: 'Ritual dissent' })).toBeInTheDocument();
  });
});
