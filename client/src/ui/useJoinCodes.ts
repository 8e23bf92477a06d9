import { useEffect, useState } from 'react';
import type { JoinCodeInfo } from '../../../shared/src/index.js';
import { api } from '../live/api.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';

/**
 * The workshop's live join codes: read when the screen opens and again whenever the server says
 * they changed, so a revoked code leaves every screen showing it. `setCodes` shows this screen's own
 * change before the server's word arrives.
 */
export function useJoinCodes() {
  const { workshopId, token } = useWorkshop();
  const changes = useSessionState((s) => s.joinCodesChanges);
  const [codes, setCodes] = useState<JoinCodeInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // An answer that arrives after a newer question was asked is dropped.
    let current = true;
    api.joinCodes(workshopId, token).then(
      (list) => {
        if (!current) return;
        setCodes(list);
        setError(null);
      },
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [workshopId, token, changes]);
  return { codes, setCodes, error };
}
