import { useSessionState } from '../state/sessionContext.js';

/** Which workshop this is, for a facilitator with more than one open. */
export function WorkshopTitle() {
  const title = useSessionState((s) => s.summary?.title);
  return title ? <p className="workshop-title">{title}</p> : null;
}
