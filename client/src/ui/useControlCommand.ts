import { useState } from 'react';
import type { ControlCommand } from '../../../shared/src/index.js';
import { useWorkshop } from '../state/sessionContext.js';

/**
 * Sends control commands and keeps the last refusal, in the server's words, for the part of the
 * screen that sent it (shown with `FormError`). Every screen sends its commands through this.
 */
export function useControlCommand() {
  const { control } = useWorkshop();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (command: ControlCommand): Promise<boolean> => {
    setBusy(true);
    const result = await control.send(command);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    return result.ok;
  };
  return { send, error, busy };
}
