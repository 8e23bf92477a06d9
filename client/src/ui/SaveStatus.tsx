import { useSessionState } from '../state/sessionContext.js';

const words = {
  saved: 'Saved',
  saving: 'Saving…',
  'kept-on-device': 'Offline — kept on this tablet',
  'unsaved-offline': 'Offline — not saved yet',
} as const;

/** An honest save state: "Saved" only once the server has said this device's edits are on disk. */
export function SaveStatus() {
  const save = useSessionState((s) => s.save);
  const connected = useSessionState((s) => s.docConnected);
  return (
    <p className={`save-status save-status--${save}`} role="status" aria-live="polite">
      <span className={`dot ${connected ? 'dot--on' : 'dot--off'}`} aria-hidden="true" />
      {save === 'saved' && !connected ? 'Offline — everything before was saved' : words[save]}
    </p>
  );
}
