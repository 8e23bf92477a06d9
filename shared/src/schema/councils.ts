import { z } from 'zod';

const id = z.string().min(1).max(64);

/** Shared: common to both councils, one agenda for the managers; separate: one council's own (POOL-3). */
export const poolScopes = ['shared', 'separate'] as const;
export type PoolScope = (typeof poolScopes)[number];

/**
 * One pooled priority: one or more of the cabinets' priorities (merged duplicates), sorted into
 * shared or separate. Its id stays what it was made with, so its implications stay with it (POOL-5).
 */
export const pooledGroupSchema = z.object({
  id,
  priorityIds: z.array(id).min(1).max(20),
  scope: z.enum(poolScopes),
});
export type PooledGroup = z.infer<typeof pooledGroupSchema>;

/** The facilitator's sorting and merging of the two cabinets' headline priorities (POOL-n). */
export const pooledStateSchema = z.object({ groups: z.array(pooledGroupSchema).max(200) });
export type PooledState = z.infer<typeof pooledStateSchema>;

export const pooledCommandSchema = z.discriminatedUnion('type', [
  /** Put a priority (and anything merged with it) under shared or separate. */
  z.object({ type: z.literal('sort'), priorityId: id, scope: z.enum(poolScopes) }),
  /** Take a priority out of its pooled priority: back to unsorted, and out of a merge. */
  z.object({ type: z.literal('unsort'), priorityId: id }),
  /** Two priorities say the same thing: one pooled priority keeping both wordings (POOL-4). */
  z.object({ type: z.literal('merge'), priorityId: id, intoId: id }),
]);
export type PooledCommand = z.infer<typeof pooledCommandSchema>;

/** Two portfolio holders, one from each council, who will lead a service together (PAIR-n). */
export const portfolioPairSchema = z.object({ id, memberIds: z.tuple([id, id]) });
export type PortfolioPair = z.infer<typeof portfolioPairSchema>;

export const pairsStateSchema = z.object({ pairs: z.array(portfolioPairSchema).max(100) });
export type PairsState = z.infer<typeof pairsStateSchema>;

export const pairsCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pair'), memberIds: z.tuple([id, id]) }),
  z.object({ type: z.literal('unpair'), pairId: id }),
]);
export type PairsCommand = z.infer<typeof pairsCommandSchema>;
