import { useSessionState } from '../state/sessionContext.js';

/** Said plainly when the browser will not keep work on the device: the screen still works online. */
export function StorageWarning() {
  const available = useSessionState((s) => s.storageAvailable);
  if (available !== false) return null;
  return (
    <p className="banner banner--warning" role="status">
      This browser won’t keep the board on this device (private browsing or a locked-down setting). It works
      while connected, but changes made offline could be lost: keep the tablet online, or open the link in a
      normal browser window.
    </p>
  );
}
