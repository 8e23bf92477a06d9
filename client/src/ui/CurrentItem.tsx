import { useSessionState } from '../state/sessionContext.js';

export function CurrentItem({ level = 1 }: { level?: 1 | 2 }) {
  const control = useSessionState((s) => s.control);
  const item = control?.agenda[control.clock.currentIndex];
  const Heading = level === 1 ? 'h1' : 'h2';
  if (!control || !item) return <Heading className="current-item">Waiting for the workshop…</Heading>;
  return (
    <Heading className="current-item">
      <span className="current-item__label">
        {control.clock.status === 'finished' ? 'Programme finished' : 'Now'}
      </span>{' '}
      {item.title}
    </Heading>
  );
}
