import { lazy, Suspense, useEffect, useState } from 'react';
import { can, type Role } from '../../../shared/src/index.js';
import { api } from '../live/api.js';
import { connectControl } from '../live/controlConnection.js';
import { canKeepOnDevice } from '../live/storageCheck.js';
import { takeToken } from '../live/token.js';
import { connectYjs } from '../live/yjsConnection.js';
import type { Route } from '../route.js';
import { SessionProvider, type Session } from '../state/sessionContext.js';
import { createSessionStore } from '../state/sessionStore.js';
import { TabletScreen } from './tablet/TabletScreen.js';

// The facilitator's, projector's and Leader's screens are split out: a tablet never downloads them.
const FacilitatorScreen = lazy(() => import('./facilitator/FacilitatorScreen.js'));
const ProjectorScreen = lazy(() => import('./projector/ProjectorScreen.js'));
const LeaderScreen = lazy(() => import('./leader/LeaderScreen.js'));
const WitnessScreen = lazy(() => import('../witnesses/WitnessScreen.js'));

function ScreenFor({ role }: { role: Role }) {
  switch (role) {
    case 'team':
      return <TabletScreen />;
    case 'facilitator':
      return <FacilitatorScreen />;
    case 'projector':
      return <ProjectorScreen />;
    case 'leader':
      return <LeaderScreen />;
    case 'witness':
      return <WitnessScreen />;
  }
}

/** Opens the workshop for the role in the address, with the token from its link, and shows that role's screen. */
export default function WorkshopScreen({ route }: { route: Route }) {
  const [token] = useState(() => takeToken(route.workshopId));
  const [session, setSession] = useState<Session | null>(null);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    let closeYjs = () => {};
    const store = createSessionStore();
    const control = connectControl(route.workshopId, token, store);
    api.workshop(route.workshopId, token).then(
      (summary) => store.setState({ summary }),
      () => undefined, // the control connection reports a refused link in words
    );
    void canKeepOnDevice().then((keep) => {
      if (cancelled) return;
      store.setState({ storageAvailable: keep });
      const yjs = connectYjs(route.workshopId, token, store, control.socket, keep);
      closeYjs = yjs.close;
      setSession({ workshopId: route.workshopId, role: route.role, token, store, control, doc: yjs.doc });
    });
    return () => {
      cancelled = true;
      control.close();
      closeYjs();
    };
  }, [route.workshopId, route.role, token]);

  if (!token) {
    return (
      <main className="message-page">
        <h1>This screen needs a workshop link</h1>
        {can(route.role, 'links:manage') ? (
          <p>
            Open a facilitator link: on the console where the workshop was made, “Links to the screens” makes
            one for another laptop.
          </p>
        ) : (
          <p>
            Open the link the facilitator gave you, or type the join code shown on the facilitator’s screen.
          </p>
        )}
        <p>
          <a href="/">Go to the start page</a>
        </p>
      </main>
    );
  }
  if (!session) return <p className="loading">Connecting…</p>;
  return (
    <SessionProvider session={session}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <ScreenFor role={route.role} />
      </Suspense>
    </SessionProvider>
  );
}
