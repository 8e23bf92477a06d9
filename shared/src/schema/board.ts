import { z } from 'zod';
import { TEXT_LIMITS } from './limits.js';

const id = z.string().min(1).max(64);

/**
 * What the projector shows in its centre; the clock stays in view whatever it is. `programme`
 * follows the current item (BOARD-11); every other focus is the facilitator's choice for the item
 * it was made in. `joining` shows every task team's join code, its QR code and the address to open
 * (PERM-12).
 */
export const focusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('programme') }),
  z.object({ kind: z.literal('agenda') }),
  z.object({ kind: z.literal('map') }),
  z.object({ kind: z.literal('team'), teamId: id }),
  z.object({ kind: z.literal('joining') }),
]);
export type Focus = z.infer<typeof focusSchema>;

const axisName = z.string().trim().min(1, 'an axis needs a name').max(TEXT_LIMITS.axisName);

/**
 * The facilitator's decisions about the priority map: what the projector shows, the axes, dot
 * votes and which task team each priority goes to. Decided by the server, like the clock, so no
 * device can change them by editing the shared document.
 */
export const boardStateSchema = z.object({
  focus: focusSchema,
  axes: z.object({ x: axisName, y: axisName }),
  votesPerPerson: z.number().int().min(0).max(20),
  /** Dot votes: voter (link id) → card id → number of dots. */
  votes: z.record(z.string(), z.record(z.string(), z.number().int().min(1))),
  /** Card id → task team id. */
  allocations: z.record(z.string(), z.string()),
  /** Which card of an input's briefing the projector shows (BOARD-10); none stepped yet: the first. */
  briefing: z
    .object({ itemId: id, step: z.number().int().min(0).max(99) })
    .nullable()
    .default(null),
});
export type BoardState = z.infer<typeof boardStateSchema>;

export const boardCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('focus'), focus: focusSchema }),
  z.object({ type: z.literal('axes'), x: axisName, y: axisName }),
  z.object({ type: z.literal('votesPerPerson'), count: z.number().int().min(0).max(20) }),
  z.object({ type: z.literal('vote'), cardId: id, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({ type: z.literal('clearVotes') }),
  z.object({ type: z.literal('allocate'), cardId: id, teamId: id.nullable() }),
  z.object({ type: z.literal('briefing'), itemId: id, step: z.number().int().min(0).max(99) }),
]);
export type BoardCommand = z.infer<typeof boardCommandSchema>;
