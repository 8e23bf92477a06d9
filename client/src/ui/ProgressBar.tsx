import { itemProgress } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

const words = { done: 'done', skipped: 'skipped', current: 'now', upcoming: 'to come' } as const;

/** The whole programme as a row of squares: done, now (yellow), to come. */
export function ProgressBar() {
  const control = useSessionState((s) => s.control);
  if (!control) return null;
  const current = control.clock.currentIndex + 1;
  return (
    <ol className="progress-bar" aria-label={`Programme: item ${current} of ${control.agenda.length}`}>
      {control.agenda.map((item, index) => {
        const progress = itemProgress(control.clock, control.agenda, index);
        return (
          <li key={item.id} className={`progress-bar__item progress-bar__item--${progress}`}>
            <span className="visually-hidden">
              {item.title}: {words[progress]}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
