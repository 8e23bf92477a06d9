import { z } from 'zod';

/**
 * What a screen shows while it follows the programme: the briefing, a break's "back at", what a
 * series carried forward, the priority map, the clock, and the teams' later work (options, the
 * witness sessions, propositions; in the two councils' programme the pooled priorities, the
 * portfolio-holder pairs and a discussion's notes), and while ritual-dissent rounds run, the
 * rotation (DISSENT-10); at the presentations what the Leader shows on the wall, and the actions on
 * a tablet (CHAIR-6).
 */
export const followedViews = [
  'briefing',
  'break',
  'carried',
  'map',
  'clock',
  'options',
  'witnesses',
  'propositions',
  'pooled',
  'pairs',
  'discussion',
  'rotation',
  'presentations',
  'actions',
] as const;
export type FollowedView = (typeof followedViews)[number];

/** An agenda item's own choice of what the wall and the tablets show, over its kind's (BOARD-11). */
export const itemShowsSchema = z.object({
  projector: z.enum(followedViews).optional(),
  tablet: z.enum(followedViews).optional(),
});
export type ItemShows = z.infer<typeof itemShowsSchema>;
