import type { AgendaItemKind } from '../schema/agenda.js';

/** What a screen shows while it follows the programme. */
export type FollowedView = 'briefing' | 'break' | 'map' | 'clock';

/**
 * BOARD-11: what fits the current item. An input with briefing cards shows its card; a break says
 * when the room is back; a team task is the teams' work, on the map. Anything else (introductions,
 * witness sessions, presentations) keeps the clock in the centre of the wall, while a tablet keeps
 * its team's work in front of it.
 */
export function followedView(
  kind: AgendaItemKind | undefined,
  hasBriefing: boolean,
  screen: 'projector' | 'tablet',
): FollowedView {
  if (kind === 'input' && hasBriefing) return 'briefing';
  if (kind === 'break') return 'break';
  if (kind === 'team-task' || screen === 'tablet') return 'map';
  return 'clock';
}
