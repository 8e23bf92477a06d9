import { useCallback, useEffect, useState } from 'react';
import type { CarriedWorkshop } from '../../../shared/src/index.js';
import { api } from '../live/api.js';
import { useWorkshop } from '../state/sessionContext.js';

export type CarriedForwardState =
  | { status: 'loading' }
  | { status: 'ready'; workshops: CarriedWorkshop[] }
  | { status: 'failed'; message: string };

/**
 * What the earlier workshops of the series carry forward, asked of the server each time the view
 * opens: it is read from those workshops as they stand, never kept in this one.
 */
export function useCarriedForward(): { state: CarriedForwardState; reload: () => void } {
  const { workshopId, token } = useWorkshop();
  const [state, setState] = useState<CarriedForwardState>({ status: 'loading' });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    api.carriedForward(workshopId, token).then(
      (workshops) => current && setState({ status: 'ready', workshops }),
      (e: Error) => current && setState({ status: 'failed', message: e.message }),
    );
    return () => {
      current = false;
    };
  }, [workshopId, token, asked]);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAsked((n) => n + 1);
  }, []);
  return { state, reload };
}
