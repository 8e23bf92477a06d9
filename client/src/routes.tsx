import { lazy, Suspense } from 'react';
import { joinCodeFrom, parseRoute } from './route.js';
import { StartScreen } from './screens/start/StartScreen.js';

// The start page does not need the live board's code (Yjs, Socket.IO, drag and drop).
const WorkshopScreen = lazy(() => import('./screens/WorkshopScreen.js'));

export function App() {
  const route = parseRoute(window.location.pathname);
  if (!route) return <StartScreen initialCode={joinCodeFrom(window.location.pathname)} />;
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <WorkshopScreen route={route} />
    </Suspense>
  );
}
