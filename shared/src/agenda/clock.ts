import type { Agenda, AgendaItem } from '../schema/agenda.js';
import type { AsRunEntry, ClockCommand, ClockState, ClockUndo } from '../schema/clock.js';
import { accept, refuse, type Outcome } from '../result.js';

const MS_PER_MIN = 60_000;

/** The clock of a workshop that has not started: first item, waiting (CLOCK-1). */
export function initialClock(): ClockState {
  return {
    version: 0,
    currentIndex: 0,
    status: 'ready',
    deadlineAtMs: null,
    remainingMs: null,
    adjustMinById: {},
    startedAtMs: null,
    finishedAtMs: null,
    asRun: [],
    undo: null,
  };
}

/** An item's length in ms once the facilitator's extensions are counted; never below zero. */
export function effectiveDurationMs(item: AgendaItem, state: Pick<ClockState, 'adjustMinById'>): number {
  const minutes = item.durationMin + (state.adjustMinById[item.id] ?? 0);
  return Math.max(0, minutes) * MS_PER_MIN;
}

/** Applies one facilitator command. Pure: `nowMs` is the server's time of the command. */
export function applyClockCommand(
  state: ClockState,
  agenda: Agenda,
  command: ClockCommand,
  nowMs: number,
): Outcome<ClockState> {
  const result = reduce(state, agenda, command, nowMs);
  if (!result.ok) return result;
  return accept({ ...result.data, version: state.version + 1 });
}

function reduce(
  state: ClockState,
  agenda: Agenda,
  command: ClockCommand,
  nowMs: number,
): Outcome<ClockState> {
  switch (command.type) {
    case 'start':
      return start(state, agenda, nowMs);
    case 'pause':
      if (state.status !== 'running')
        return refuse('not-running', 'The clock is not running, so it cannot be paused.');
      return accept({
        ...state,
        status: 'paused',
        remainingMs: state.deadlineAtMs! - nowMs,
        deadlineAtMs: null,
      });
    case 'resume':
      if (state.status !== 'paused')
        return refuse('not-paused', 'The clock is not paused, so there is nothing to resume.');
      return accept({
        ...state,
        status: 'running',
        deadlineAtMs: nowMs + state.remainingMs!,
        remainingMs: null,
      });
    case 'next':
      if (state.status === 'finished')
        return refuse('finished', 'The programme has finished: there is no next item.');
      if (state.currentIndex === agenda.length - 1) return finish(state, nowMs);
      return moveTo(state, agenda, state.currentIndex + 1, nowMs);
    case 'previous':
      if (state.status === 'finished') return moveTo(state, agenda, agenda.length - 1, nowMs);
      if (state.currentIndex === 0)
        return refuse('first-item', 'This is the first item: there is no previous one.');
      return moveTo(state, agenda, state.currentIndex - 1, nowMs);
    case 'goTo': {
      const index = agenda.findIndex((item) => item.id === command.itemId);
      if (index < 0) return refuse('unknown-item', 'That agenda item is not in this workshop’s agenda.');
      return moveTo(state, agenda, index, nowMs);
    }
    case 'adjust':
      return adjust(state, agenda, command.minutes, nowMs);
    case 'undo':
      return undo(state);
    case 'reset':
      return accept({ ...initialClock(), version: state.version, undo: snapshot(state, 'reset') });
  }
}

function start(state: ClockState, agenda: Agenda, nowMs: number): Outcome<ClockState> {
  if (state.status === 'running') return refuse('already-running', 'The clock is already running.');
  if (state.status === 'paused') return refuse('paused', 'The clock is paused: resume it instead.');
  if (state.status === 'finished')
    return refuse('finished', 'The programme has finished. Reset the clock to run it again.');
  const item = itemAt(agenda, state.currentIndex);
  return accept({
    ...state,
    status: 'running',
    deadlineAtMs: nowMs + effectiveDurationMs(item, state),
    remainingMs: null,
    startedAtMs: state.startedAtMs ?? nowMs,
    asRun: [...state.asRun, { itemId: item.id, title: item.title, startedAtMs: nowMs, endedAtMs: null }],
  });
}

/** CLOCK-6: a running clock keeps running into the new item; otherwise the new item waits for "start". */
function moveTo(state: ClockState, agenda: Agenda, index: number, nowMs: number): Outcome<ClockState> {
  const item = itemAt(agenda, index);
  const running = state.status === 'running';
  const asRun = endOpenItem(state.asRun, nowMs);
  return accept({
    ...state,
    currentIndex: index,
    status: running ? 'running' : 'ready',
    deadlineAtMs: running ? nowMs + effectiveDurationMs(item, state) : null,
    remainingMs: null,
    finishedAtMs: null,
    asRun: running
      ? [...asRun, { itemId: item.id, title: item.title, startedAtMs: nowMs, endedAtMs: null }]
      : asRun,
    undo: snapshot(state, 'move'),
  });
}

function finish(state: ClockState, nowMs: number): Outcome<ClockState> {
  return accept({
    ...state,
    status: 'finished',
    deadlineAtMs: null,
    remainingMs: null,
    finishedAtMs: nowMs,
    asRun: endOpenItem(state.asRun, nowMs),
    undo: snapshot(state, 'move'),
  });
}

/** CLOCK-7 and CLOCK-9: a move puts back the position and the agenda as run; a reset puts back everything. */
function undo(state: ClockState): Outcome<ClockState> {
  const before = state.undo;
  if (!before) return refuse('nothing-to-undo', 'There is no move between items or reset to undo.');
  const { kind: _kind, adjustMinById, ...restored } = before;
  return accept({
    ...state,
    ...restored,
    adjustMinById: before.kind === 'reset' ? adjustMinById : state.adjustMinById,
    undo: null,
  });
}

function snapshot(state: ClockState, kind: ClockUndo['kind']): ClockUndo {
  const { currentIndex, status, deadlineAtMs, remainingMs, adjustMinById, startedAtMs, finishedAtMs, asRun } =
    state;
  return {
    kind,
    currentIndex,
    status,
    deadlineAtMs,
    remainingMs,
    adjustMinById,
    startedAtMs,
    finishedAtMs,
    asRun,
  };
}

/** CLOCK-11: the item that was running (or paused) ends now. */
function endOpenItem(asRun: AsRunEntry[], nowMs: number): AsRunEntry[] {
  const last = asRun.at(-1);
  if (!last || last.endedAtMs !== null) return asRun;
  return [...asRun.slice(0, -1), { ...last, endedAtMs: nowMs }];
}

function adjust(state: ClockState, agenda: Agenda, minutes: number, nowMs: number): Outcome<ClockState> {
  if (state.status === 'finished')
    return refuse('finished', 'The programme has finished: there is no item to change.');
  const item = itemAt(agenda, state.currentIndex);
  const remaining = remainingMs(state, agenda, nowMs);
  let deltaMs = minutes * MS_PER_MIN;
  if (deltaMs < 0) {
    // CLOCK-8: shortening never takes the time left below zero.
    if (remaining <= 0) return refuse('no-time-left', 'This item has no time left to take off.');
    deltaMs = Math.max(deltaMs, -remaining);
  }
  // A clipped shortening is a fraction of a minute: kept exactly, so the stored state reloads as it was.
  const appliedMin = deltaMs / MS_PER_MIN;
  const adjustMinById = {
    ...state.adjustMinById,
    [item.id]: (state.adjustMinById[item.id] ?? 0) + appliedMin,
  };
  if (state.status === 'running')
    return accept({ ...state, adjustMinById, deadlineAtMs: state.deadlineAtMs! + deltaMs });
  if (state.status === 'paused')
    return accept({ ...state, adjustMinById, remainingMs: state.remainingMs! + deltaMs });
  return accept({ ...state, adjustMinById });
}

function itemAt(agenda: Agenda, index: number): AgendaItem {
  const item = agenda[index];
  if (!item) throw new RangeError(`agenda has no item ${index}`);
  return item;
}

/** Time left on the current item at `nowMs`; negative when it has overrun (CLOCK-4). */
export function remainingMs(state: ClockState, agenda: Agenda, nowMs: number): number {
  switch (state.status) {
    case 'running':
      return state.deadlineAtMs! - nowMs;
    case 'paused':
      return state.remainingMs!;
    case 'ready':
      return effectiveDurationMs(itemAt(agenda, state.currentIndex), state);
    case 'finished':
      return 0;
  }
}

/** When the whole programme will end if every later item takes its planned time (CLOCK-5). */
export function projectedFinishAtMs(state: ClockState, agenda: Agenda, nowMs: number): number {
  if (state.status === 'finished') return state.finishedAtMs ?? nowMs;
  const later = agenda
    .slice(state.currentIndex + 1)
    .reduce((sum, item) => sum + effectiveDurationMs(item, state), 0);
  return nowMs + Math.max(0, remainingMs(state, agenda, nowMs)) + later;
}

export type ItemProgress = 'done' | 'skipped' | 'current' | 'upcoming';

/**
 * Where an item stands (CLOCK-12): the current one, one to come, or one behind the clock, which is
 * done if it ever ran and skipped if the facilitator went past it without running it.
 */
export function itemProgress(state: ClockState, agenda: Agenda, index: number): ItemProgress {
  const behind = state.status === 'finished' || index < state.currentIndex;
  if (!behind) return index === state.currentIndex ? 'current' : 'upcoming';
  const id = agenda[index]?.id;
  return state.asRun.some((entry) => entry.itemId === id) ? 'done' : 'skipped';
}

/** An item's length in whole minutes once the facilitator's extensions are counted, as the agenda shows it. */
export function effectiveDurationMin(item: AgendaItem, state: Pick<ClockState, 'adjustMinById'>): number {
  return Math.round(effectiveDurationMs(item, state) / MS_PER_MIN);
}

/** The clock commands a screen offers, each named as the controls name them. */
export type ClockControl =
  'start' | 'pause' | 'resume' | 'next' | 'previous' | 'undo' | 'reset' | 'extend' | 'shorten';

const probes: Record<ClockControl, ClockCommand> = {
  start: { type: 'start' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  next: { type: 'next' },
  previous: { type: 'previous' },
  undo: { type: 'undo' },
  reset: { type: 'reset' },
  extend: { type: 'adjust', minutes: 1 },
  shorten: { type: 'adjust', minutes: -1 },
};

/**
 * Which clock commands the rules accept at `nowMs`. Screens enable their controls from this, so
 * they never re-derive a rule: the reducer is asked.
 */
export function possibleClockCommands(
  state: ClockState,
  agenda: Agenda,
  nowMs: number,
): Record<ClockControl, boolean> {
  const entries = Object.entries(probes).map(([control, command]) => [
    control,
    applyClockCommand(state, agenda, command, nowMs).ok,
  ]);
  return Object.fromEntries(entries) as Record<ClockControl, boolean>;
}

/** How far the current item has overrun at `nowMs` (0 while there is time left, CLOCK-4). */
export function overrunMs(state: ClockState, agenda: Agenda, nowMs: number): number {
  return Math.max(0, -remainingMs(state, agenda, nowMs));
}
