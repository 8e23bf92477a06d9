import { lazy, Suspense } from 'react';
import { roles, type Role } from '../../shared/src/roles.js';
import { StartScreen } from './screens/start/StartScreen.js';
import { WorkshopScreen } from './screens/WorkshopScreen.js';

// The facilitator's and the Leader's screens are split out so a tablet never downloads them.
const FacilitatorScreen = lazy(() => import('./screens/facilitator/FacilitatorScreen.js'));

export interface Route {
  workshopId: string;
  role: Role;
}

/** `/w/<workshop id>/<role>`; anything else is the start page. */
export function parseRoute(pathname: string): Route | null {
  const match = /^\/w\/([A-Za-z0-9_-]+)\/([a-z]+)\/?$/.exec(pathname);
  if (!match || !(roles as readonly string[]).includes(match[2]!)) return null;
  return { workshopId: match[1]!, role: match[2] as Role };
}

export function App() {
  const route = parseRoute(window.location.pathname);
  if (!route) return <StartScreen />;
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <WorkshopScreen route={route} facilitatorScreen={FacilitatorScreen} />
    </Suspense>
  );
}
