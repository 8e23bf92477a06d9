import { findTemplate, followedView, roundsRunning, type FollowedView } from '../../../shared/src/index.js';
import { useBriefing } from '../briefing/useBriefing.js';
import { useCarriesForward } from '../series/useSeries.js';
import { useSessionState } from '../state/sessionContext.js';

/** What `screen` shows now while it follows the programme: the workshop's programme says, by the current item's kind (BOARD-11). */
export function useFollowedView(screen: 'projector' | 'tablet'): FollowedView {
  const item = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]);
  const templateId = useSessionState((s) => s.summary?.templateId);
  const hasBriefing = useBriefing().current !== null;
  const carriesForward = useCarriesForward();
  const rounds = useSessionState((s) => roundsRunning(s.control?.dissent));
  const views = templateId ? findTemplate(templateId)?.itemViews : undefined;
  return followedView(
    item,
    { hasBriefing, carriesForward, roundsRunning: rounds, ...(views && { views }) },
    screen,
  );
}
