import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatProgrammeTime,
  formatTimeOfDay,
  parseProgrammeTime,
  plannedFinishMin,
  plannedStartsMin,
} from './fixtures.js';

describe('programme times', () => {
  it('reads and writes times as the handbook prints them', () => {
    expect(parseProgrammeTime('9.50')).toBe(590);
    expect(parseProgrammeTime('13:00')).toBe(780);
    expect(formatProgrammeTime(590)).toBe('9.50');
    expect(formatProgrammeTime(760)).toBe('12.40');
    expect(formatProgrammeTime(780)).toBe('1.00');
    expect(formatProgrammeTime(0)).toBe('12.00');
    expect(() => parseProgrammeTime('nine')).toThrow();
  });

  it('formats countdowns and overruns', () => {
    expect(formatCountdown(25 * 60_000)).toBe('25:00');
    expect(formatCountdown(24 * 60_000 + 59_001)).toBe('25:00');
    expect(formatCountdown(24 * 60_000 + 58_999)).toBe('24:59');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-90_000)).toBe('\u22121:30');
    expect(formatCountdown(-400)).toBe('0:00');
  });

  it('fills in planned starts from the item before', () => {
    const agenda = [
      { id: 'a', title: 'A', kind: 'input' as const, durationMin: 15, plannedStart: '9.00' },
      { id: 'b', title: 'B', kind: 'other' as const, durationMin: 5 },
    ];
    expect(plannedStartsMin(agenda)).toEqual([540, 555]);
    expect(plannedFinishMin([{ id: 'x', title: 'X', kind: 'other', durationMin: 5 }])).toBeNull();
  });

  it('says am or pm where a finish time could be misread', () => {
    expect(formatTimeOfDay(13 * 60)).toBe('1.00 pm');
    expect(formatTimeOfDay(10 * 60 + 9)).toBe('10.09 am');
    expect(formatTimeOfDay(12 * 60 + 40)).toBe('12.40 pm');
    expect(formatTimeOfDay(0)).toBe('12.00 am');
  });
});
