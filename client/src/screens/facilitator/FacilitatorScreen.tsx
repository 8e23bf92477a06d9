import { useWorkshop } from '../../state/sessionContext.js';
import { AgendaList } from '../../ui/AgendaList.js';
import { Announcer } from '../../ui/Announcer.js';
import { ConnectionBanner } from '../../ui/ConnectionBanner.js';
import { Countdown } from '../../ui/Countdown.js';
import { CurrentItem } from '../../ui/CurrentItem.js';
import { FinishTimes } from '../../ui/FinishTimes.js';
import { SaveStatus } from '../../ui/SaveStatus.js';
import { WorkshopTitle } from '../../ui/WorkshopTitle.js';
import { BoardSection } from './BoardSection.js';
import { ClockControls } from './ClockControls.js';
import { FocusControl } from './FocusControl.js';
import { JoinPanel } from './JoinPanel.js';
import { LinksPanel } from './LinksPanel.js';
import { AgendaEditor } from './agenda/AgendaEditor.js';
import { TeamsPanel } from './TeamsPanel.js';
import { UnreadableNotice } from './UnreadableNotice.js';
import './facilitator.css';

/** The facilitator's cockpit: agenda on the left, the clock and its controls in the centre, the room on the right, the board below. */
export default function FacilitatorScreen() {
  const { control } = useWorkshop();
  return (
    <div className="console">
      <ConnectionBanner />
      <UnreadableNotice />
      <Announcer />
      <WorkshopTitle />
      <nav className="console__agenda" aria-label="Programme">
        <AgendaList
          onSelect={(itemId) => void control.send({ area: 'clock', command: { type: 'goTo', itemId } })}
        />
        <details className="console__agenda-editor">
          <summary>Edit the agenda</summary>
          <AgendaEditor />
        </details>
      </nav>
      <main className="console__centre">
        <CurrentItem />
        <Countdown className="console__countdown" />
        <ClockControls />
        <FinishTimes />
        <FocusControl />
        <SaveStatus />
      </main>
      <aside className="console__side" aria-label="The room">
        <TeamsPanel />
        <JoinPanel />
        <LinksPanel />
      </aside>
      <div className="console__board">
        <BoardSection />
      </div>
    </div>
  );
}
