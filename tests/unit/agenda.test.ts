import { describe, expect, it } from 'vitest';
import {
  applyAgendaCommand,
  applyClockCommand,
  initialClock,
  plannedStartsMin,
  withFlowingStarts,
  formatProgrammeTime,
  type Agenda,
  type AgendaCommand,
  type ClockCommand,
  type Programme,
} from '../../shared/src/index.js';
import { strategicPoliticalLeadershipAgenda } from './fixtures.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 29, 9, 0);
const agenda: Agenda = [
  { id: 'intro', title: 'Introduction', kind: 'input', durationMin: 10, plannedStart: '9.00' },
  { id: 'task', title: 'Team task 1', kind: 'team-task', durationMin: 30 },
  { id: 'close', title: 'Presentations', kind: 'presentation', durationMin: 20 },
];

function edit(programme: Programme, command: AgendaCommand): Programme {
  const result = applyAgendaCommand(programme, command);
  if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  return result.data;
}

function clock(programme: Programme, command: ClockCommand, atMin: number): Programme {
  const result = applyClockCommand(programme.clock, programme.agenda, command, T0 + atMin * MIN);
  if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  return { ...programme, clock: result.data };
}

const times = (a: Agenda) => plannedStartsMin(a).map((m) => (m === null ? null : formatProgrammeTime(m)));
const fresh = (): Programme => ({ agenda, clock: initialClock() });

describe('agenda editing', () => {
  it('AGENDA-2 adds an item where it is asked for, and planned times re-flow', () => {
    const added = edit(fresh(), {
      type: 'add',
      item: { id: 'coffee', title: 'Coffee', kind: 'break', durationMin: 15 },
      index: 1,
    });
    expect(added.agenda.map((i) => i.id)).toEqual(['intro', 'coffee', 'task', 'close']);
    expect(times(added.agenda)).toEqual(['9.00', '9.10', '9.25', '9.55']);
    expect(
      applyAgendaCommand(added, { type: 'add', item: { ...added.agenda[1]!, id: 'coffee' }, index: 0 }),
    ).toMatchObject({ ok: false, error: { code: 'duplicate-item' } });
  });

  it('AGENDA-3 the running item cannot be removed; a waiting one gives way to the next', () => {
    const running = clock(fresh(), { type: 'start' }, 0);
    expect(applyAgendaCommand(running, { type: 'remove', itemId: 'intro' })).toMatchObject({
      ok: false,
      error: { code: 'item-in-progress' },
    });
    const removed = edit(fresh(), { type: 'remove', itemId: 'intro' });
    expect(removed.agenda[0]).toMatchObject({ id: 'task', plannedStart: '9.00' });
    expect(removed.clock).toMatchObject({ currentIndex: 0, status: 'ready' });
    const single = { agenda: [agenda[0]!], clock: initialClock() };
    expect(applyAgendaCommand(single, { type: 'remove', itemId: 'intro' })).toMatchObject({
      ok: false,
      error: { code: 'last-item' },
    });
  });

  it('AGENDA-4 reordering keeps the running clock on the same item, with its deadline', () => {
    const running = clock(clock(fresh(), { type: 'start' }, 0), { type: 'next' }, 10);
    expect(running.clock).toMatchObject({ currentIndex: 1, deadlineAtMs: T0 + 40 * MIN });
    const moved = edit(running, { type: 'move', itemId: 'task', toIndex: 2 });
    expect(moved.agenda.map((i) => i.id)).toEqual(['intro', 'close', 'task']);
    expect(moved.clock).toMatchObject({ currentIndex: 2, status: 'running', deadlineAtMs: T0 + 40 * MIN });
    // The undo of the last move still goes back to the introduction, wherever it now stands.
    const undone = clock(moved, { type: 'undo' }, 11);
    expect(moved.agenda[undone.clock.currentIndex]?.id).toBe('intro');
  });

  it('AGENDA-5 re-timing the running item moves its deadline by the same amount', () => {
    const running = clock(fresh(), { type: 'start' }, 0);
    const longer = edit(running, { type: 'update', itemId: 'intro', durationMin: 25 });
    expect(longer.clock.deadlineAtMs).toBe(T0 + 25 * MIN);
    const renamed = edit(longer, {
      type: 'update',
      itemId: 'task',
      title: 'Map the priorities',
      kind: 'other',
    });
    expect(renamed.agenda[1]).toMatchObject({ title: 'Map the priorities', kind: 'other', durationMin: 30 });
    expect(times(renamed.agenda)).toEqual(['9.00', '9.25', '9.55']);
  });

  it('re-timing or retitling an item keeps what it shows; making it another kind shows what that kind shows', () => {
    const withShows: Programme = {
      agenda: agenda.map((item) =>
        item.id === 'task' ? { ...item, shows: { tablet: 'options' as const } } : item,
      ),
      clock: initialClock(),
    };
    const shorter = edit(withShows, { type: 'update', itemId: 'task', durationMin: 1, title: 'Options' });
    expect(shorter.agenda[1]).toMatchObject({
      durationMin: 1,
      title: 'Options',
      shows: { tablet: 'options' },
    });
    const aBreak = edit(shorter, { type: 'update', itemId: 'task', kind: 'break' });
    expect(aBreak.agenda[1]!.shows).toBeUndefined();
  });

  it('AGENDA-6 the day’s start stays with whichever item is first', () => {
    const moved = edit(fresh(), { type: 'move', itemId: 'intro', toIndex: 2 });
    expect(moved.agenda.map((i) => [i.id, i.plannedStart])).toEqual([
      ['task', '9.00'],
      ['close', undefined],
      ['intro', undefined],
    ]);
    expect(times(moved.agenda)).toEqual(['9.00', '9.30', '9.50']);
  });

  it('AGENDA-7 a template keeps its published times, and only a real gap keeps a fixed start', () => {
    const flowing = withFlowingStarts(strategicPoliticalLeadershipAgenda);
    expect(times(flowing)).toEqual(times(strategicPoliticalLeadershipAgenda));
    expect(flowing.filter((i) => i.plannedStart).map((i) => i.id)).toEqual([flowing[0]!.id]);
    const gap: Agenda = [agenda[0]!, { ...agenda[1]!, plannedStart: '9.30' }];
    expect(withFlowingStarts(gap)[1]?.plannedStart).toBe('9.30');
  });

  it('refuses an item that is not in the agenda', () => {
    expect(applyAgendaCommand(fresh(), { type: 'update', itemId: 'nope', title: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-item' },
    });
  });
});
