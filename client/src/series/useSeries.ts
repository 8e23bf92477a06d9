import { seriesOf, type Series } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

/** The series this workshop is part of, once its summary has arrived; undefined if none. */
export function useSeries(): Series | undefined {
  const templateId = useSessionState((s) => s.summary?.templateId);
  return templateId ? seriesOf(templateId) : undefined;
}

/** Whether this workshop was started from an earlier one of its series, whose work it carries forward. */
export function useCarriesForward(): boolean {
  return useSessionState((s) => (s.summary?.follows ?? null) !== null);
}
