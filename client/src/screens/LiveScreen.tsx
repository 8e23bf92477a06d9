import { AgendaList } from '../ui/AgendaList.js';
import { Announcer } from '../ui/Announcer.js';
import { ConnectionBanner } from '../ui/ConnectionBanner.js';
import { Countdown } from '../ui/Countdown.js';
import { CurrentItem } from '../ui/CurrentItem.js';
import { PositionPaperButton } from '../paper/PositionPaperButton.js';
import './live.css';

import type { ReactNode } from 'react';

/** What every role sees at least: the current item, its countdown and the programme; a role's own part between. */
export default function LiveScreen({ children }: { children?: ReactNode }) {
  return (
    <main className="live">
      <ConnectionBanner />
      <Announcer />
      <header className="live__header">
        <CurrentItem />
        <Countdown className="live__countdown" />
        <PositionPaperButton />
      </header>
      {children}
      <AgendaList />
    </main>
  );
}
