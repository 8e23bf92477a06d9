import { useEffect, useRef } from 'react';
import { whatToDoNow } from './instructions.js';
import { playTone, wakeTone } from './tone.js';
import { useTonePreference } from './tonePreference.js';
import { useDissent } from './useDissent.js';
import { usePhaseChanges } from './usePhaseChanges.js';

/**
 * What every team's tablet does when the phase changes, whichever tab it is on: says the new
 * instruction in a polite live region (nothing on first showing), and sounds the tone where the
 * team has switched it on. The "what to do now" panel shows its own highlight.
 */
export function PhaseCue({ teamId }: { teamId: string }) {
  const view = useDissent();
  const changes = usePhaseChanges();
  const [toneOn] = useTonePreference();
  const played = useRef(0);
  useEffect(() => {
    if (changes === played.current) return;
    played.current = changes;
    if (toneOn) playTone();
  }, [changes, toneOn]);
  useEffect(() => {
    if (!toneOn) return;
    // After a reload the browser keeps the page silent until it is touched: the first touch wakes it.
    const wake = () => wakeTone();
    document.addEventListener('pointerdown', wake, { once: true });
    document.addEventListener('keydown', wake, { once: true });
    return () => {
      document.removeEventListener('pointerdown', wake);
      document.removeEventListener('keydown', wake);
    };
  }, [toneOn]);
  const message = changes > 0 ? whatToDoNow(view, teamId).join(' ') : '';
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label="Ritual dissent"
    >
      {message}
    </div>
  );
}
