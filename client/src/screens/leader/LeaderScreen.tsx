import { voteTotals } from '../../../../shared/src/index.js';
import { CarriedForward } from '../../series/CarriedForward.js';
import { useCarriesForward } from '../../series/useSeries.js';
import { useSessionState } from '../../state/sessionContext.js';
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
import { count } from '../../ui/plural.js';
import { TeamMembers } from '../../roster/TeamMembers.js';
import './leader.css';

/**
 * The Leader's chair: where the programme is, the clock, the running order of the presentations and,
 * in a later workshop of a series, what the earlier ones carried forward.
 */
export default function LeaderScreen() {
  const summary = useSessionState((s) => s.summary);
  const board = useSessionState((s) => s.control?.board);
  const totals = board ? voteTotals(board) : {};
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
        <section aria-labelledby="order-heading">
          <h2 id="order-heading">Order of presentations</h2>
          <ol className="leader__order">
            {(summary?.teams ?? []).map((team) => {
              const allocated = Object.entries(board?.allocations ?? {}).filter(([, t]) => t === team.id);
              const votes = allocated.reduce((sum, [cardId]) => sum + (totals[cardId] ?? 0), 0);
              return (
                <li key={team.id}>
                  <strong>{team.name}</strong>
                  <span>
                    {count(allocated.length, 'priority', 'priorities')}, {count(votes, 'vote')}
                  </span>
                  <TeamMembers teamId={team.id} />
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">Agenda</h2>
          <AgendaList />
        </section>
        {carries && <CarriedForward />}
      </main>
    </div>
  );
}
