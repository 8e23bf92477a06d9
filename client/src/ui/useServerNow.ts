import { useEffect, useRef, useState } from 'react';
import { useSessionState } from '../state/sessionContext.js';

/**
 * Derives something (a countdown's text) from the server's time on every animation frame, and
 * re-renders only when it changes. Every device draws from the same deadline and its own offset
 * estimate, so countdowns agree however late a frame is.
 */
export function useServerTime<T extends string | number | boolean>(derive: (serverNowMs: number) => T): T {
  const offsetMs = useSessionState((s) => s.offsetMs);
  const deriveRef = useRef(derive);
  deriveRef.current = derive;
  const [value, setValue] = useState(() => derive(Date.now() + offsetMs));
  useEffect(() => {
    let frame = 0;
    const tick = () => {
      setValue(deriveRef.current(Date.now() + offsetMs));
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [offsetMs]);
  return value;
}
