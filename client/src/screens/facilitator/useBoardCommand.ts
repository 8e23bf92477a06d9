import { useState } from 'react';
import type { BoardCommand } from '../../../../shared/src/index.js';
import { useWorkshop } from '../../state/sessionContext.js';

/** Sends board commands and keeps the last refusal, in words, for the form that sent it. */
export function useBoardCommand() {
  const { control } = useWorkshop();
  const [error, setError] = useState<string | null>(null);
  const send = async (command: BoardCommand): Promise<boolean> => {
    const result = await control.board(command);
    setError(result.ok ? null : result.error.message);
    return result.ok;
  };
  return { send, error };
}
