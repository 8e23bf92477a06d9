import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  addProposition,
  initialClock,
  initialDissent,
  initialRoster,
  proposeRotation,
  type DissentRun,
  type DissentState,
} from '../../shared/src/index.js';
import ProjectorScreen from '../../client/src/screens/projector/ProjectorScreen.js';
import { dissentTeams, member } from './dissentRoom.js';
import { agenda, controlState, renderScreen, summary } from './harness.js';

const teams = [...dissentTeams, { id: 'team-4', name: 'Resources' }];
// Adult care has nobody on its roster yet.
const roster = {
  ...initialRoster([]),
  members: [member('m-priya', 'Priya Shah', 'team-1'), member('m-raj', 'Raj Patel', 'team-3')],
};
const presenting = ['team-1', 'team-2', 'team-3'];
const rotation = proposeRotation(
  teams.map((t) => t.id),
  presenting,
  3,
);
if (!rotation.ok) throw new Error(rotation.error.message);
const plan = {
  presenting,
  propositionIds: { 'team-1': 'p-leisure', 'team-2': 'p-front-door', 'team-3': 'p-wards' },
  rotation: rotation.data,
  spokespeople: { 'team-1': 'm-priya', 'team-3': 'm-raj' },
};
// Round 2 of 3, dissent, paused with two and a half minutes left; the item's clock paused at 17 minutes.
const round2: DissentRun = {
  round: 1,
  phase: 'dissent',
  status: 'paused',
  deadlineAtMs: null,
  remainingMs: 150_000,
  step: 5,
};
const onTask3 = {
  ...initialClock(),
  currentIndex: agenda.findIndex((i) => i.kind === 'dissent'),
  status: 'paused' as const,
  remainingMs: 17 * 60_000,
};
const state = (run: DissentRun, planned: DissentState['plan'] = plan) => ({
  summary: { ...summary, teams },
  control: controlState({ roster, clock: onTask3, dissent: { ...initialDissent(), plan: planned, run } }),
});

describe('the wall while ritual-dissent rounds run', () => {
  it('shows the round, every pairing in words, who only listens, and the phase’s countdown beside the item’s', () => {
    const { doc } = renderScreen(<ProjectorScreen />, { role: 'projector', state: state(round2) });
    act(() => addProposition(doc, 'p-leisure', { teamId: 'team-1', title: 'Leisure as a staff mutual' }));
    const wall = screen.getByRole('region', { name: 'Ritual dissent rotation' });
    const pairings = within(wall).getByRole('list', { name: 'Who presents to whom' });
    // Round 2 (ROTATION-6): the team at place i goes to the team two places on.
    expect(
      within(pairings)
        .getAllByRole('listitem')
        .map((li) => li.firstElementChild!.textContent),
    ).toEqual([
      'Housing and growth’s spokesperson, Priya Shah → Communities',
      'Adult care’s spokesperson → Resources',
      'Communities’ spokesperson, Raj Patel → Housing and growth',
    ]);
    expect(within(pairings).getByText('Leisure as a staff mutual')).toBeInTheDocument();
    expect(within(wall).getByText('Resources only listens.')).toBeInTheDocument();
    // The phase, its question and its countdown; the item's own countdown stays in the corner.
    const phase = within(wall).getByRole('timer', { name: 'Time left to dissent' });
    expect(phase).toHaveTextContent('Round 2 of 3');
    expect(phase).toHaveTextContent('Dissent');
    expect(phase).toHaveTextContent('2:30');
    expect(phase).toHaveTextContent('Paused');
    expect(within(wall).getByText('Why will this fail?')).toBeInTheDocument();
    const item = screen.getByRole('timer', { name: 'Time left on this item' });
    expect(item).toHaveTextContent('17:00');
    expect(wall).not.toContainElement(item);
    // The change of phase is read out, not only drawn.
    expect(within(wall).getByRole('status')).toHaveTextContent('Round 2 of 3: Dissent.');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('names a team that neither presents nor hears anyone this round, and follows the item again when the rounds finish', () => {
    // Two teams present in one round: Communities hears Adult care, Resources nobody.
    const twoPresent = {
      ...plan,
      presenting: ['team-1', 'team-2'],
      rotation: [{ 'team-1': 'team-2', 'team-2': 'team-3' }],
    };
    const revise: DissentRun = { ...round2, round: 0, phase: 'revise' };
    const { store } = renderScreen(<ProjectorScreen />, {
      role: 'projector',
      state: state(revise, twoPresent),
    });
    const wall = screen.getByRole('region', { name: 'Ritual dissent rotation' });
    expect(within(wall).getByRole('timer', { name: 'Time left to revise' })).toHaveTextContent(
      'Round 1 of 1',
    );
    expect(
      within(wall).getByText('Communities only listens. Resources hears nobody this round.'),
    ).toBeInTheDocument();
    expect(within(wall).getByText('Spokespeople go home; each team revises its proposition.')).toBeVisible();
    act(() => store.setState(state({ ...revise, status: 'finished' }, twoPresent)));
    expect(screen.queryByRole('region', { name: 'Ritual dissent rotation' })).toBeNull();
    // Team task 3 shows the clock in the centre again (handbookItemViews), and one countdown.
    expect(screen.getAllByRole('timer')).toHaveLength(1);
  });
});
