import { useEffect, useState, type ComponentType } from 'react';
import { connectControl } from '../live/controlConnection.js';
import { takeToken } from '../live/token.js';
import type { Route } from '../routes.js';
import { SessionProvider, type Session } from '../state/sessionContext.js';
import { createSessionStore } from '../state/sessionStore.js';
import { LiveScreen } from './LiveScreen.js';

interface Props {
  route: Route;
  facilitatorScreen: ComponentType;
}

/** Opens the workshop for the role in the address, with the token from its link, and shows that role's screen. */
export function WorkshopScreen({ route, facilitatorScreen: Facilitator }: Props) {
  const [token] = useState(() => takeToken(route.workshopId));
  const [session, setSession] = useState<Session | null>(null);

  useEffect(() => {
    if (!token) return;
    const store = createSessionStore();
    const control = connectControl(route.workshopId, token, store);
    setSession({ workshopId: route.workshopId, role: route.role, token, store, control });
    return () => control.close();
  }, [route.workshopId, route.role, token]);

  if (!token) {
    return (
      <main className="message-page">
        <h1>This screen needs a workshop link</h1>
        <p>Open the link the facilitator gave you, or scan the QR code on the facilitator’s screen.</p>
        <p>
          <a href="/">Go to the start page</a>
        </p>
      </main>
    );
  }
  if (!session) return <p className="loading">Connecting…</p>;
  return (
    <SessionProvider session={session}>
      {route.role === 'facilitator' ? <Facilitator /> : <LiveScreen />}
    </SessionProvider>
  );
}
