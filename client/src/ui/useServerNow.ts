import { useEffect, useEffectEvent, useState } from 'react';
import { useSessionState } from '../state/sessionContext.js';

/**
 * Derives something (a countdown's text) from the server's time on every animation frame, and
 * re-renders only when it changes. Every device draws from the same deadline and its own offset
 * estimate, so countdowns agree however late a frame is.
 */
export function useServerTime<T extends string | number | boolean>(derive: (serverNowMs: number) => T): T {
  const offsetMs = useSessionState((s) => s.offsetMs);
  const [value, setValue] = useState(() => derive(Date.now() + offsetMs));
  const onFrame = useEffectEvent(() => setValue(derive(Date.now() + offsetMs)));
  useEffect(() => {
    let frame = requestAnimationFrame(function tick() {
      onFrame();
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return value;
}
