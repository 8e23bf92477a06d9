import { formatProgrammeTime, plannedFinishMin, plannedStartsMin } from '../agenda/programme.js';
import type { AsRunEntry } from '../schema/clock.js';
import type { ReportFacts } from './facts.js';
import type { ReportAgenda, ReportAgendaItem } from './model.js';
import { minutesBetween, timeInZone } from './time.js';

/**
 * The programme as planned (its published times, flowing from the durations) beside the programme
 * as run (CLOCK-11): when each item started and ended and how long it took (REPORT-4).
 */
export function reportAgenda(facts: ReportFacts): ReportAgenda {
  const { agenda, clock } = facts.control;
  const zone = facts.timeZone;
  const at = (ms: number) => timeInZone(ms, zone);
  const starts = plannedStartsMin(agenda);
  const finish = plannedFinishMin(agenda);
  const items = agenda.map((item, index): ReportAgendaItem => {
    const runs = clock.asRun.filter((entry) => entry.itemId === item.id);
    const open = runs.some((entry) => entry.endedAtMs === null);
    const start = starts[index];
    return {
      title: item.title,
      kind: item.kind,
      plannedStart: start === null || start === undefined ? null : formatProgrammeTime(start),
      plannedMinutes: item.durationMin,
      extendedBy: Math.round(clock.adjustMinById[item.id] ?? 0),
      started: runs[0] ? at(runs[0].startedAtMs) : null,
      ended: !open && runs.length > 0 ? at(runs.at(-1)!.endedAtMs!) : null,
      minutesTaken: !open && runs.length > 0 ? runs.reduce((sum, e) => sum + taken(e)!, 0) : null,
      state: open
        ? 'running'
        : runs.length > 0
          ? 'done'
          : clock.status === 'finished' || index < clock.currentIndex
            ? 'skipped'
            : 'not reached',
    };
  });
  return {
    items,
    asRun: clock.asRun.map((entry) => ({
      title: entry.title,
      started: at(entry.startedAtMs),
      ended: entry.endedAtMs === null ? null : at(entry.endedAtMs),
      minutes: taken(entry),
    })),
    plannedFinish: finish === null ? null : formatProgrammeTime(finish),
    finished: clock.finishedAtMs === null ? null : at(clock.finishedAtMs),
  };
}

const taken = (entry: AsRunEntry) =>
  entry.endedAtMs === null ? null : minutesBetween(entry.startedAtMs, entry.endedAtMs);
