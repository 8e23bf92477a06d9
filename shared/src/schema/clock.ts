import { z } from 'zod';

export const clockStatuses = ['ready', 'running', 'paused', 'finished'] as const;

/** Where the clock stood before the last move between items, so an accidental "Next" can be undone. */
const clockPositionSchema = z.object({
  currentIndex: z.number().int().min(0),
  status: z.enum(clockStatuses),
  deadlineAtMs: z.number().nullable(),
  remainingMs: z.number().nullable(),
});
export type ClockPosition = z.infer<typeof clockPositionSchema>;

/**
 * The agenda clock. Times are server timestamps (ms since the epoch), never tick counts, so a
 * restarted server and every device compute the same countdown from `now`.
 */
export const clockStateSchema = clockPositionSchema.extend({
  version: z.number().int().min(0),
  /** Minutes the facilitator added (or took off) each item, by agenda item id. */
  adjustMinById: z.record(z.string(), z.number().int()),
  startedAtMs: z.number().nullable(),
  finishedAtMs: z.number().nullable(),
  beforeLastMove: clockPositionSchema.nullable(),
});
export type ClockState = z.infer<typeof clockStateSchema>;
export type ClockStatus = ClockState['status'];

const minutes = z
  .number()
  .int()
  .min(-120)
  .max(120)
  .refine((m) => m !== 0, 'minutes must not be zero');

export const clockCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('previous') }),
  z.object({ type: z.literal('goTo'), itemId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('adjust'), minutes }),
  z.object({ type: z.literal('undo') }),
  z.object({ type: z.literal('reset') }),
]);
export type ClockCommand = z.infer<typeof clockCommandSchema>;
