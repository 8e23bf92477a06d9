import { describe, expect, it } from 'vitest';
import {
  applyClockCommand,
  initialClock,
  itemProgress,
  projectedFinishAtMs,
  remainingMs,
  type Agenda,
  type ClockCommand,
  type ClockState,
} from '../../shared/src/index.js';

const MIN = 60_000;
const agenda: Agenda = [
  { id: 'intro', title: 'Introduction', kind: 'input', durationMin: 10, plannedStart: '9.00' },
  { id: 'task', title: 'Team task 1', kind: 'team-task', durationMin: 60 },
  { id: 'close', title: 'Presentations', kind: 'presentation', durationMin: 20 },
];
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** Applies commands at given minutes after T0, failing the test on any refusal. */
function run(steps: [number, ClockCommand][], state: ClockState = initialClock()): ClockState {
  return steps.reduce((s, [atMin, command]) => {
    const result = applyClockCommand(s, agenda, command, T0 + atMin * MIN);
    if (!result.ok) throw new Error(`${command.type} at ${atMin}: ${result.error.message}`);
    return result.data;
  }, state);
}

describe('agenda clock', () => {
  it('CLOCK-1 a new clock waits on the first item', () => {
    const clock = initialClock();
    expect(clock.status).toBe('ready');
    expect(remainingMs(clock, agenda, T0)).toBe(10 * MIN);
  });

  it('CLOCK-2 start runs the current item to a deadline and refuses a second start', () => {
    const clock = run([[0, { type: 'start' }]]);
    expect(clock.deadlineAtMs).toBe(T0 + 10 * MIN);
    expect(remainingMs(clock, agenda, T0 + 4 * MIN)).toBe(6 * MIN);
    const again = applyClockCommand(clock, agenda, { type: 'start' }, T0 + MIN);
    expect(again).toMatchObject({ ok: false, error: { code: 'already-running' } });
  });

  it('CLOCK-3 pause keeps the remaining time and resume carries on from it', () => {
    const paused = run([
      [0, { type: 'start' }],
      [3, { type: 'pause' }],
    ]);
    expect(remainingMs(paused, agenda, T0 + 100 * MIN)).toBe(7 * MIN);
    const resumed = run([[50, { type: 'resume' }]], paused);
    expect(resumed.deadlineAtMs).toBe(T0 + 57 * MIN);
    expect(applyClockCommand(resumed, agenda, { type: 'resume' }, T0)).toMatchObject({ ok: false });
    expect(applyClockCommand(initialClock(), agenda, { type: 'pause' }, T0)).toMatchObject({ ok: false });
  });

  it('CLOCK-4 overrun shows as negative time left, kept through a pause', () => {
    const clock = run([[0, { type: 'start' }]]);
    expect(remainingMs(clock, agenda, T0 + 12 * MIN)).toBe(-2 * MIN);
    const paused = run([[12, { type: 'pause' }]], clock);
    expect(remainingMs(paused, agenda, T0 + 30 * MIN)).toBe(-2 * MIN);
  });

  it('CLOCK-5 projects the finish from now, the time left and the later items', () => {
    const clock = run([[0, { type: 'start' }]]);
    expect(projectedFinishAtMs(clock, agenda, T0 + 4 * MIN)).toBe(T0 + 90 * MIN);
    // Overrunning by 5 minutes pushes the finish by 5 minutes.
    expect(projectedFinishAtMs(clock, agenda, T0 + 15 * MIN)).toBe(T0 + 95 * MIN);
    expect(projectedFinishAtMs(initialClock(), agenda, T0 + 2 * MIN)).toBe(T0 + 92 * MIN);
  });

  it('CLOCK-6 next keeps a running clock running with the new item’s full time', () => {
    const clock = run([
      [0, { type: 'start' }],
      [8, { type: 'next' }],
    ]);
    expect(clock).toMatchObject({ currentIndex: 1, status: 'running', deadlineAtMs: T0 + 68 * MIN });
    expect(itemProgress(clock, agenda, 0)).toBe('done');
    expect(itemProgress(clock, agenda, 1)).toBe('current');
    expect(itemProgress(clock, agenda, 2)).toBe('upcoming');
  });

  it('CLOCK-6 moving while not running leaves the new item ready; next on the last item finishes', () => {
    const ready = run([[0, { type: 'goTo', itemId: 'close' }]]);
    expect(ready).toMatchObject({ currentIndex: 2, status: 'ready' });
    const finished = run([[0, { type: 'next' }]], ready);
    expect(finished).toMatchObject({ status: 'finished', finishedAtMs: T0 });
    expect(projectedFinishAtMs(finished, agenda, T0 + 30 * MIN)).toBe(T0);
    expect(applyClockCommand(finished, agenda, { type: 'next' }, T0)).toMatchObject({ ok: false });
    expect(run([[1, { type: 'previous' }]], finished)).toMatchObject({ currentIndex: 2, status: 'ready' });
    expect(applyClockCommand(initialClock(), agenda, { type: 'previous' }, T0)).toMatchObject({ ok: false });
    expect(applyClockCommand(initialClock(), agenda, { type: 'goTo', itemId: 'nope' }, T0)).toMatchObject({
      ok: false,
      error: { code: 'unknown-item' },
    });
  });

  it('CLOCK-7 undo restores the item and deadline from before an accidental next', () => {
    const clock = run([
      [0, { type: 'start' }],
      [4, { type: 'next' }],
      [5, { type: 'undo' }],
    ]);
    expect(clock).toMatchObject({ currentIndex: 0, status: 'running', deadlineAtMs: T0 + 10 * MIN });
    expect(applyClockCommand(clock, agenda, { type: 'undo' }, T0)).toMatchObject({ ok: false });
  });

  it('CLOCK-8 extend and shorten move the deadline; shortening stops at zero', () => {
    const extended = run([
      [0, { type: 'start' }],
      [1, { type: 'adjust', minutes: 5 }],
    ]);
    expect(extended.deadlineAtMs).toBe(T0 + 15 * MIN);
    expect(projectedFinishAtMs(extended, agenda, T0 + MIN)).toBe(T0 + 95 * MIN);
    const shortened = run([[12, { type: 'adjust', minutes: -5 }]], extended);
    expect(remainingMs(shortened, agenda, T0 + 12 * MIN)).toBe(0);
    const refused = applyClockCommand(shortened, agenda, { type: 'adjust', minutes: -1 }, T0 + 13 * MIN);
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-time-left' } });
    const paused = run([
      [0, { type: 'start' }],
      [2, { type: 'pause' }],
      [3, { type: 'adjust', minutes: 1 }],
    ]);
    expect(remainingMs(paused, agenda, T0 + 40 * MIN)).toBe(9 * MIN);
    const ready = run([[0, { type: 'adjust', minutes: -5 }]]);
    expect(remainingMs(ready, agenda, T0)).toBe(5 * MIN);
  });

  it('CLOCK-9 reset forgets everything but the version count, and can be undone', () => {
    const before = run([
      [0, { type: 'start' }],
      [1, { type: 'adjust', minutes: 5 }],
    ]);
    const clock = run([[2, { type: 'reset' }]], before);
    expect({ ...clock, undo: null }).toEqual({ ...initialClock(), version: 3 });
    expect(clock.undo?.kind).toBe('reset');
    const undone = run([[3, { type: 'undo' }]], clock);
    expect({ ...undone, version: 0, undo: null }).toEqual({ ...before, version: 0, undo: null });
    expect(undone.deadlineAtMs).toBe(T0 + 15 * MIN);
  });

  it('CLOCK-8 a shortening clipped at the time left is kept exactly, a fraction of a minute', () => {
    const clock = run([
      [0, { type: 'start' }],
      [7.5, { type: 'adjust', minutes: -5 }],
    ]);
    expect(clock.adjustMinById.intro).toBeCloseTo(-2.5, 10);
    expect(remainingMs(clock, agenda, T0 + 7.5 * MIN)).toBe(0);
  });

  it('CLOCK-12 an item the facilitator went past without running it is skipped, not done', () => {
    const clock = run([[0, { type: 'goTo', itemId: 'close' }]]);
    expect(itemProgress(clock, agenda, 0)).toBe('skipped');
    expect(itemProgress(clock, agenda, 1)).toBe('skipped');
    expect(itemProgress(clock, agenda, 2)).toBe('current');
  });

  it('CLOCK-11 records when each item actually started and ended', () => {
    const clock = run([
      [0, { type: 'start' }],
      [12, { type: 'next' }],
      [20, { type: 'pause' }],
      [25, { type: 'next' }],
      [30, { type: 'start' }],
      [50, { type: 'next' }],
    ]);
    expect(clock.asRun).toEqual([
      { itemId: 'intro', title: 'Introduction', startedAtMs: T0, endedAtMs: T0 + 12 * MIN },
      { itemId: 'task', title: 'Team task 1', startedAtMs: T0 + 12 * MIN, endedAtMs: T0 + 25 * MIN },
      { itemId: 'close', title: 'Presentations', startedAtMs: T0 + 30 * MIN, endedAtMs: T0 + 50 * MIN },
    ]);
    const undone = run([[51, { type: 'undo' }]], clock);
    expect(undone.asRun.at(-1)).toMatchObject({ itemId: 'close', endedAtMs: null });
  });

  it('CLOCK-10 accepted commands bump the version, refused ones change nothing', () => {
    const clock = run([
      [0, { type: 'start' }],
      [1, { type: 'pause' }],
    ]);
    expect(clock.version).toBe(2);
    const refused = applyClockCommand(clock, agenda, { type: 'pause' }, T0);
    expect(refused.ok).toBe(false);
    expect(clock.version).toBe(2);
  });
});
