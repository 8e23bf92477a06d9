import { CarriedForward } from '../../series/CarriedForward.js';
import { useCarriesForward } from '../../series/useSeries.js';
import { AgendaList } from '../../ui/AgendaList.js';
import { Announcer } from '../../ui/Announcer.js';
import { ConnectionBanner } from '../../ui/ConnectionBanner.js';
import { Countdown } from '../../ui/Countdown.js';
import { CurrentItem } from '../../ui/CurrentItem.js';
import { FinishTimes } from '../../ui/FinishTimes.js';
import { NextItem } from '../../ui/NextItem.js';
import { PositionPaperButton } from '../../paper/PositionPaperButton.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { WorkshopTitle } from '../../ui/WorkshopTitle.js';
import { ActionsView } from '../../chair/ActionsView.js';
import { ChairPanel } from '../../chair/ChairPanel.js';
import { ReportDownloads } from '../../report/ReportDownloads.js';
import './leader.css';

/**
 * The Leader's chair: where the programme is, the clock, the presentations the Leader chairs (their
 * order, what the wall shows, the decisions), the actions and, in a later workshop of a series, what
 * the earlier ones carried forward.
 */
export default function LeaderScreen() {
  const carries = useCarriesForward();
  return (
    <div className="leader">
      <ConnectionBanner />
      <Announcer />
      <WorkshopTitle />
      <header className="leader__now">
        <CurrentItem />
        <Countdown className="leader__countdown" />
        <FinishTimes />
        {/* The programme's shape and what is coming, as the wall shows them. */}
        <ProgressBar />
        <NextItem />
        <PositionPaperButton />
      </header>
      <main className="leader__body">
        <ChairPanel />
        <ActionsView chairs />
        <ReportDownloads />
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">Agenda</h2>
          <AgendaList />
        </section>
        {carries && <CarriedForward />}
      </main>
    </div>
  );
}
