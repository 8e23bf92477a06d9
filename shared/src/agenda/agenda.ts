import { accept, refuse, type Outcome } from '../result.js';
import type { Agenda, AgendaCommand, AgendaItem } from '../schema/agenda.js';
import type { ClockState } from '../schema/clock.js';
import { parseProgrammeTime, plannedStartsMin } from './programme.js';

const MS_PER_MIN = 60_000;
export const MAX_AGENDA_ITEMS = 100;

/** The agenda and the clock that runs on it: an edit to one may move the other. */
export interface Programme {
  agenda: Agenda;
  clock: ClockState;
}

/** Applies one edit of the agenda (rules AGENDA-n in SPEC.md). */
export function applyAgendaCommand(programme: Programme, command: AgendaCommand): Outcome<Programme> {
  const { agenda, clock } = programme;
  const index = 'itemId' in command ? agenda.findIndex((item) => item.id === command.itemId) : -1;
  if ('itemId' in command && index < 0)
    return refuse('unknown-item', 'That agenda item is not in this workshop’s agenda.');
  switch (command.type) {
    case 'add':
      return add(programme, command.item, command.index);
    case 'remove':
      return remove(programme, index);
    case 'move': {
      if (command.toIndex >= agenda.length)
        return refuse(
          'bad-position',
          `The agenda has ${agenda.length} items: there is no place ${command.toIndex + 1}.`,
        );
      const moved = withoutStart(agenda[index]!);
      const rest = agenda.filter((_, i) => i !== index);
      const after = [...rest.slice(0, command.toIndex), moved, ...rest.slice(command.toIndex)];
      return accept({ agenda: keepDayStart(agenda, after), clock: followItems(clock, agenda, after) });
    }
    case 'update':
      return update(programme, index, command);
  }
}

function add(programme: Programme, item: Omit<AgendaItem, 'plannedStart'>, at: number): Outcome<Programme> {
  const { agenda, clock } = programme;
  if (agenda.length >= MAX_AGENDA_ITEMS)
    return refuse('agenda-full', `An agenda can have at most ${MAX_AGENDA_ITEMS} items.`);
  if (agenda.some((existing) => existing.id === item.id))
    return refuse('duplicate-item', 'An agenda item with that id already exists.');
  if (at > agenda.length)
    return refuse(
      'bad-position',
      `The agenda has ${agenda.length} items: an item can go at place ${agenda.length + 1} at most.`,
    );
  const after = [...agenda.slice(0, at), item, ...agenda.slice(at)];
  return accept({ agenda: keepDayStart(agenda, after), clock: followItems(clock, agenda, after) });
}

/** AGENDA-3: the item the clock is on can go only while it waits; the clock then waits on the item in its place. */
function remove(programme: Programme, index: number): Outcome<Programme> {
  const { agenda, clock } = programme;
  if (agenda.length === 1) return refuse('last-item', 'An agenda needs at least one item.');
  const isCurrent = index === clock.currentIndex;
  if (isCurrent && (clock.status === 'running' || clock.status === 'paused'))
    return refuse(
      'item-in-progress',
      'This item is running. Move the clock to another item before removing it.',
    );
  const after = keepDayStart(
    agenda,
    agenda.filter((_, i) => i !== index),
  );
  const followed = followItems(clock, agenda, after);
  return accept({ agenda: after, clock: followed });
}

function update(
  programme: Programme,
  index: number,
  command: Extract<AgendaCommand, { type: 'update' }>,
): Outcome<Programme> {
  const { agenda, clock } = programme;
  const item = agenda[index]!;
  const { title = item.title, kind = item.kind, durationMin = item.durationMin } = command;
  // What the item shows is kept while it stays the same kind: team task 2 re-timed still shows
  // options; an item made a break shows what a break shows.
  const shows = kind === item.kind ? item.shows : undefined;
  const base: AgendaItem = { id: item.id, title, kind, durationMin, ...(shows && { shows }) };
  const plannedStart = command.plannedStart === undefined ? item.plannedStart : command.plannedStart;
  const updated: AgendaItem = plannedStart ? { ...base, plannedStart } : base;
  const after = agenda.map((existing, i) => (i === index ? updated : existing));
  // AGENDA-5: re-timing the item the clock is on moves its deadline (or kept time) by the same amount.
  const deltaMs = (durationMin - item.durationMin) * MS_PER_MIN;
  const current = index === clock.currentIndex && deltaMs !== 0;
  if (current && clock.status === 'running')
    return accept({ agenda: after, clock: { ...clock, deadlineAtMs: clock.deadlineAtMs! + deltaMs } });
  if (current && clock.status === 'paused')
    return accept({ agenda: after, clock: { ...clock, remainingMs: clock.remainingMs! + deltaMs } });
  return accept({ agenda: after, clock });
}

/** AGENDA-4: the clock stays on the same item, by id, with its deadline; an undo whose item is gone is dropped. */
function followItems(clock: ClockState, before: Agenda, after: Agenda): ClockState {
  const indexOf = (oldIndex: number) => after.findIndex((item) => item.id === before[oldIndex]?.id);
  const current = indexOf(clock.currentIndex);
  const currentIndex = current >= 0 ? current : Math.min(clock.currentIndex, after.length - 1);
  const undoIndex = clock.undo ? indexOf(clock.undo.currentIndex) : -1;
  return {
    ...clock,
    currentIndex,
    undo: clock.undo && undoIndex >= 0 ? { ...clock.undo, currentIndex: undoIndex } : null,
  };
}

/** AGENDA-6: the day's start time stays with the first item, whichever item that is now. */
function keepDayStart(before: Agenda, after: Agenda): Agenda {
  const first = before[0];
  const dayStart = first?.plannedStart;
  if (!first || !dayStart) return after;
  return after.map((item, i) => {
    if (i === 0) return item.plannedStart ? item : { ...item, plannedStart: dayStart };
    return item.id === first.id && item.plannedStart === dayStart ? withoutStart(item) : item;
  });
}

function withoutStart(item: AgendaItem): AgendaItem {
  const { plannedStart: _start, ...rest } = item;
  return rest;
}

/**
 * AGENDA-7: an item keeps a fixed start time only where the programme has a gap before it; every
 * other item follows the one before, so re-timing an item re-flows the times after it. The
 * programme's published times are unchanged.
 */
export function withFlowingStarts(agenda: Agenda): Agenda {
  const starts = plannedStartsMin(agenda);
  return agenda.map((item, i) => {
    const previous = agenda[i - 1];
    const previousStart = starts[i - 1];
    const flows =
      i > 0 &&
      previous &&
      previousStart !== null &&
      previousStart !== undefined &&
      starts[i] === previousStart + previous.durationMin;
    return flows ? withoutStart(item) : item;
  });
}

/** Minutes since midnight as a stored programme time: 24-hour, "9.00", "13.30". */
function storedTime(minutesOfDay: number): string {
  const total = ((minutesOfDay % 1440) + 1440) % 1440;
  return `${Math.floor(total / 60)}.${String(total % 60).padStart(2, '0')}`;
}

/**
 * AGENDA-8: the same programme starting at `start` ("9.30", "13:30"): the day's start moves, and
 * every fixed start after a gap moves with it, so the gaps stay.
 */
export function startingAt(agenda: Agenda, start: string): Agenda {
  const flowing = withFlowingStarts(agenda);
  const newStart = parseProgrammeTime(start);
  const first = flowing[0]?.plannedStart;
  const shift = first ? newStart - parseProgrammeTime(first) : 0;
  return flowing.map((item, i) => {
    if (i === 0) return { ...item, plannedStart: storedTime(newStart) };
    return item.plannedStart
      ? { ...item, plannedStart: storedTime(parseProgrammeTime(item.plannedStart) + shift) }
      : item;
  });
}
