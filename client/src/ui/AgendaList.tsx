import {
  effectiveDurationMin,
  formatProgrammeTime,
  itemProgress,
  plannedStartsMin,
} from '../../../shared/src/index.js';
import { useEffect, useRef, type RefObject } from 'react';
import { useSessionState } from '../state/sessionContext.js';

const marks = { done: 'Done', skipped: 'Skipped', current: 'Now', upcoming: 'To come' } as const;

/** The programme as a list: time, title, duration, and a mark for done / now / to come. */
export function AgendaList({ onSelect }: { onSelect?: (itemId: string) => void }) {
  const control = useSessionState((s) => s.control);
  const list = useRef<HTMLOListElement>(null);
  useCurrentInView(list, control?.clock.currentIndex ?? -1);
  if (!control) return null;
  const starts = plannedStartsMin(control.agenda);
  return (
    <ol className="agenda" aria-label="Agenda" ref={list}>
      {control.agenda.map((item, index) => {
        const progress = itemProgress(control.clock, control.agenda, index);
        const start = starts[index];
        return (
          <li
            key={item.id}
            className={`agenda__item agenda__item--${progress}`}
            aria-current={progress === 'current' ? 'step' : undefined}
          >
            <span className="agenda__time">
              {start === null || start === undefined ? '' : formatProgrammeTime(start)}
            </span>
            <span className="agenda__title">{item.title}</span>
            <span className="agenda__duration">
              {duration(item.durationMin, effectiveDurationMin(item, control.clock))}
            </span>
            <span className={`agenda__mark agenda__mark--${progress}`}>{marks[progress]}</span>
            {onSelect && progress !== 'current' && (
              <button
                type="button"
                className="agenda__go"
                aria-label={`Go to ${item.title}`}
                onClick={() => onSelect(item.id)}
              >
                Go to
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** "10 min", or "15 min (+5)" once the facilitator has extended it. */
function duration(plannedMin: number, effectiveMin: number): string {
  const change = effectiveMin - plannedMin;
  if (change === 0) return `${plannedMin} min`;
  return `${effectiveMin} min (${change > 0 ? '+' : '\u2212'}${Math.abs(change)})`;
}

/**
 * Where the list scrolls in a box of its own (the console's programme column), the current item is
 * kept in that box's view as the clock moves on. Only the box scrolls, never the page, so the
 * facilitator working further down is not pulled back up.
 */
function useCurrentInView(list: RefObject<HTMLOListElement | null>, currentIndex: number) {
  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const box = list.current?.parentElement;
    if (!current || !box || box.scrollHeight <= box.clientHeight) return;
    const top = current.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + current.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3) });
  }, [list, currentIndex]);
}
