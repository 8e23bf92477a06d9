import { PriorityMap } from '../../board/PriorityMap.js';
import { BriefingSlide } from '../../briefing/BriefingSlide.js';
import { useBriefing } from '../../briefing/useBriefing.js';
import { TeamPriorities } from '../../board/TeamPriorities.js';
import { useCards } from '../../board/useCards.js';
import { useSessionState, useWorkshop, useTeams } from '../../state/sessionContext.js';
import { Announcer } from '../../ui/Announcer.js';
import { ConnectionBanner } from '../../ui/ConnectionBanner.js';
import { Countdown } from '../../ui/Countdown.js';
import { CurrentItem } from '../../ui/CurrentItem.js';
import { NextItem } from '../../ui/NextItem.js';
import { PositionPaperButton } from '../../paper/PositionPaperButton.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import './projector.css';
import { JoiningView } from './JoiningView.js';
import { possessive } from '../../ui/possessive.js';
import { BackAt } from '../../ui/BackAt.js';
import { CarriedForward } from '../../series/CarriedForward.js';
import { useFollowedView } from '../../ui/useFollowedView.js';
import { wallView } from '../../workspaces/wallViews.js';
import { WitnessWall } from '../../witnesses/WitnessWall.js';
import { PooledBoard } from '../../councils/PooledBoard.js';
import { PortfolioPairs } from '../../councils/PortfolioPairs.js';
import { PresentationsWall } from '../../chair/PresentationsWall.js';
import { RotationWall } from '../../dissent/RotationWall.js';

/**
 * The projector: read from the back of the room, nothing to click. The countdown fills the centre
 * until the facilitator focuses content; then the content takes the centre and the clock a corner.
 */
export default function ProjectorScreen() {
  const { doc } = useWorkshop();
  const board = useSessionState((s) => s.control?.board);
  const teams = useTeams();
  const cards = useCards(doc);
  const focus = board?.focus ?? { kind: 'programme' };
  const team = focus.kind === 'team' ? teams.find((t) => t.id === focus.teamId) : undefined;
  const briefing = useBriefing().current;
  // BOARD-11: following the programme, the wall shows what fits the item; else the facilitator's choice.
  const followed = useFollowedView('projector');
  const view = focus.kind === 'programme' ? wallView(followed) : focus.kind;
  const slide = view === 'briefing' ? briefing : null;
  const bigClock = view === 'clock' || view === 'agenda';
  return (
    <div className={`projector projector--${view}`}>
      <header className="projector__title">
        <CurrentItem />
        {!bigClock && <Countdown className="projector__corner-clock" />}
      </header>
      <ConnectionBanner quiet />
      <Announcer />
      <main className="projector__centre">
        {bigClock && <Countdown className="projector__big-clock" />}
        {slide && <BriefingSlide deck={slide.deck} step={slide.step} />}
        {view === 'break' && <BackAt className="projector__break" />}
        {view === 'carried' && <CarriedForward />}
        {view === 'map' && board && (
          <PriorityMap doc={doc} cards={cards} board={board} teams={teams} fit="shrink" />
        )}
        {view === 'joining' && <JoiningView />}
        {view === 'witnesses' && <WitnessWall />}
        {view === 'pooled' && <PooledBoard showUnsorted={false} />}
        {view === 'pairs' && <PortfolioPairs teamId={null} readOnly />}
        {view === 'rotation' && <RotationWall />}
        {view === 'presentations' && <PresentationsWall />}
        {team && board && (
          <div className="projector__team">
            <TeamPriorities
              cards={cards}
              board={board}
              teamId={team.id}
              heading={`${possessive(team.name)} priorities`}
            />
            <TeamPriorities
              cards={cards}
              board={board}
              teamId={team.id}
              heading={`Added by ${team.name}`}
              which="added"
            />
          </div>
        )}
      </main>
      <footer className="projector__progress">
        <ProgressBar />
        <NextItem />
        <PositionPaperButton className="button projector__paper" />
      </footer>
    </div>
  );
}
