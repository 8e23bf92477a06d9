import { AgendaList } from '../ui/AgendaList.js';
import { Announcer } from '../ui/Announcer.js';
import { ConnectionBanner } from '../ui/ConnectionBanner.js';
import { Countdown } from '../ui/Countdown.js';
import { CurrentItem } from '../ui/CurrentItem.js';
import { PositionPaperButton } from '../paper/PositionPaperButton.js';
import './live.css';

/** What every role sees at least: the current item, its countdown and the programme. */
export default function LiveScreen() {
  return (
    <main className="live">
      <ConnectionBanner />
      <Announcer />
      <header className="live__header">
        <CurrentItem />
        <Countdown className="live__countdown" />
        <PositionPaperButton />
      </header>
      <AgendaList />
    </main>
  );
}
