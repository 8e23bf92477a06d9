import { roundsRunning } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

/**
 * The console shows the ritual-dissent panel during a ritual-dissent item (handbook 000, 12.10), and
 * whatever the item while rounds run, so a clock moved on early never hides the rounds' controls.
 */
export function useDissentDue(): boolean {
  const kind = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]?.kind);
  const running = useSessionState((s) => roundsRunning(s.control?.dissent));
  return kind === 'dissent' || running;
}
