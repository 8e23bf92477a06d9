import { useState } from 'react';
import { useSessionState } from '../state/sessionContext.js';

/**
 * How many times the rounds have changed phase or round since this part of the screen appeared:
 * 0 at first, so a screen opened mid-phase (or control state arriving, or sent again on a
 * reconnect) cues nothing. The server counts every change in `run.step` (DISSENT-5); a start from
 * nothing and a reset count too.
 */
export function usePhaseChanges(): number {
  // Undefined until control state has arrived: the first step seen is where the screen starts.
  const step = useSessionState((s) => (s.control ? (s.control.dissent?.run?.step ?? null) : undefined));
  const [seen, setSeen] = useState({ step, changes: 0 });
  if (seen.step === step) return seen.changes;
  const changes = seen.step === undefined ? seen.changes : seen.changes + 1;
  // Kept from the render before (React's way of storing what a prop was); no effect, no extra paint.
  setSeen({ step, changes });
  return changes;
}
