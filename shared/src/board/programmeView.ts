import type { AgendaItem } from '../schema/agenda.js';

/** What a screen shows while it follows the programme. */
export type FollowedView = 'briefing' | 'break' | 'carried' | 'map' | 'clock';

/** The item with which a later workshop of a series opens: what the earlier ones carried forward. */
export const CARRIED_FORWARD_ITEM = 'carried-forward';

/** What the screens know about the workshop beyond its current item. */
export interface FollowFacts {
  /** The current item is an input with briefing cards. */
  hasBriefing: boolean;
  /** The workshop follows an earlier one of its series. */
  carriesForward: boolean;
}

/**
 * BOARD-11: what fits the current item. An input with briefing cards shows its card; a break says
 * when the room is back; a later workshop of a series opens with what the earlier ones carried
 * forward; a team task is the teams' work, on the map. Anything else (introductions, witness
 * sessions, presentations) keeps the clock in the centre of the wall, while a tablet keeps its
 * team's work in front of it.
 */
export function followedView(
  item: Pick<AgendaItem, 'id' | 'kind'> | undefined,
  facts: FollowFacts,
  screen: 'projector' | 'tablet',
): FollowedView {
  if (item?.kind === 'input' && facts.hasBriefing) return 'briefing';
  if (item?.kind === 'break') return 'break';
  if (item?.id === CARRIED_FORWARD_ITEM && facts.carriesForward) return 'carried';
  if (item?.kind === 'team-task' || screen === 'tablet') return 'map';
  return 'clock';
}
