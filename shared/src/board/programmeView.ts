import { z } from 'zod';
import { agendaItemKinds, type AgendaItem, type AgendaItemKind } from '../schema/agenda.js';
import { followedViews, type FollowedView } from '../schema/views.js';

/** What the projector and a team's tablet show during an item of each kind: part of a template. */
export const itemViewsSchema = z.record(
  z.enum(agendaItemKinds),
  z.object({ projector: z.enum(followedViews), tablet: z.enum(followedViews) }),
);
export type ItemViews = Record<AgendaItemKind, { projector: FollowedView; tablet: FollowedView }>;

/**
 * The handbook's use of the room: an input's briefing cards on the wall and the tablets; in a team
 * task the teams' work, on the map; in a break when the room is back; in the witness sessions who
 * is with which witness; in team task 3 (ritual dissent) each team's propositions; at the presentations
 * what the Leader shows on the wall and the actions on the tablets (CHAIR-6). Anything else
 * (introductions) keeps the clock in the centre of the wall while a tablet keeps its
 * team's work in front of it. An item may say otherwise (`shows`): team task 2 shows options.
 */
export const handbookItemViews: ItemViews = {
  input: { projector: 'briefing', tablet: 'briefing' },
  'team-task': { projector: 'map', tablet: 'map' },
  break: { projector: 'break', tablet: 'break' },
  witness: { projector: 'witnesses', tablet: 'witnesses' },
  dissent: { projector: 'clock', tablet: 'propositions' },
  presentation: { projector: 'presentations', tablet: 'actions' },
  other: { projector: 'clock', tablet: 'map' },
};

/** The item with which a later workshop of a series opens: what the earlier ones carried forward. */
export const CARRIED_FORWARD_ITEM = 'carried-forward';

/** What the screens know about the workshop beyond its current item. */
export interface FollowFacts {
  /** The current item is an input with briefing cards. */
  hasBriefing: boolean;
  /** The workshop follows an earlier one of its series. */
  carriesForward: boolean;
  /** What its programme shows for each kind of item (the template's `itemViews`). */
  views?: ItemViews;
  /** Ritual-dissent rounds are under way (started, not finished): every screen follows them (DISSENT-10). */
  roundsRunning?: boolean;
}

/**
 * BOARD-11: what fits the current item: its own `shows`, else what the workshop's programme says for its kind. A later
 * workshop of a series opens with what the earlier ones carried forward. Where what the programme
 * asks for is not there (an input without cards, a workshop that carries nothing), the wall shows
 * the clock and a tablet its team's work.
 */
export function followedView(
  item: Pick<AgendaItem, 'id' | 'kind' | 'shows'> | undefined,
  facts: FollowFacts,
  screen: 'projector' | 'tablet',
): FollowedView {
  const fallback = screen === 'projector' ? 'clock' : 'map';
  if (facts.roundsRunning) return 'rotation';
  if (!item) return fallback;
  if (item.id === CARRIED_FORWARD_ITEM && facts.carriesForward) return 'carried';
  const wanted = item.shows?.[screen] ?? (facts.views ?? handbookItemViews)[item.kind][screen];
  if ((wanted === 'briefing' && !facts.hasBriefing) || (wanted === 'carried' && !facts.carriesForward))
    return fallback;
  return wanted;
}
