import { z } from 'zod';

/** One card of an input's briefing, in the handbook's words. */
export const briefingCardSchema = z.object({
  id: z.string(),
  heading: z.string(),
  /** A sentence under the heading, where the handbook gives one. */
  lead: z.string().optional(),
  points: z.array(z.string()),
  /** Which handbook document it comes from, as the workshop's own papers would cite it. */
  source: z.string(),
});
export type BriefingCard = z.infer<typeof briefingCardSchema>;

/** The cards of one input: the projector shows them while `itemId` runs; tablets keep them all. */
export const briefingDeckSchema = z.object({
  itemId: z.string(),
  title: z.string(),
  cards: z.array(briefingCardSchema).min(1),
});
export type BriefingDeck = z.infer<typeof briefingDeckSchema>;
