import { AgendaList } from '../../ui/AgendaList.js';
import { ConnectionBanner } from '../../ui/ConnectionBanner.js';
import { Countdown } from '../../ui/Countdown.js';
import { CurrentItem } from '../../ui/CurrentItem.js';
import { FinishTimes } from '../../ui/FinishTimes.js';
import { useWorkshop } from '../../state/sessionContext.js';
import { ClockControls } from './ClockControls.js';
import { LinksPanel } from './LinksPanel.js';

/** The facilitator's cockpit: agenda on the left, the clock and its controls in the centre, links on the right. */
export default function FacilitatorScreen() {
  const { control } = useWorkshop();
  return (
    <main className="console">
      <ConnectionBanner />
      <nav className="console__agenda" aria-label="Programme">
        <AgendaList onSelect={(itemId) => void control.command({ type: 'goTo', itemId })} />
      </nav>
      <section className="console__centre" aria-label="Current item">
        <CurrentItem />
        <Countdown className="console__countdown" />
        <ClockControls />
        <FinishTimes />
      </section>
      <aside className="console__side">
        <LinksPanel />
      </aside>
    </main>
  );
}
