import { useEffect, useState } from 'react';
import type { PositionPaper } from '../../../shared/src/index.js';
import { paperApi } from '../live/paperApi.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';

/**
 * The workshop's position paper (null while there is none): read when the screen opens, again
 * whenever the server says it changed and on every reconnect. `setPaper` shows the console's own
 * change before the server's word arrives.
 */
export function usePositionPaper() {
  const { workshopId, token } = useWorkshop();
  const changes = useSessionState((s) => s.positionPaperChanges);
  const [paper, setPaper] = useState<PositionPaper | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // An answer that arrives after a newer question was asked is dropped.
    let current = true;
    paperApi.read(workshopId, token).then(
      (read) => {
        if (!current) return;
        setPaper(read);
        setError(null);
      },
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [workshopId, token, changes]);
  return { paper, setPaper, error };
}
