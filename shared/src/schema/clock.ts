import { z } from 'zod';

export const clockStatuses = ['ready', 'running', 'paused', 'finished'] as const;

const position = {
  currentIndex: z.number().int().min(0),
  status: z.enum(clockStatuses),
  deadlineAtMs: z.number().nullable(),
  remainingMs: z.number().nullable(),
};

/** When an agenda item actually started and ended: the agenda as run (CLOCK-11). */
export const asRunEntrySchema = z.object({
  itemId: z.string(),
  title: z.string(),
  startedAtMs: z.number(),
  endedAtMs: z.number().nullable(),
});
export type AsRunEntry = z.infer<typeof asRunEntrySchema>;

/** What `undo` puts back (CLOCK-7, CLOCK-9): the position before a move, or the whole clock before a reset. */
const undoSchema = z.object({
  kind: z.enum(['move', 'reset']),
  ...position,
  adjustMinById: z.record(z.string(), z.number().finite()),
  startedAtMs: z.number().nullable(),
  finishedAtMs: z.number().nullable(),
  asRun: z.array(asRunEntrySchema),
});
export type ClockUndo = z.infer<typeof undoSchema>;

/**
 * The agenda clock. Times are server timestamps (ms since the epoch), never tick counts, so a
 * restarted server and every device compute the same countdown from `now`.
 */
export const clockStateSchema = z.object({
  ...position,
  version: z.number().int().min(0),
  /** Minutes the facilitator added (or took off) each item, by agenda item id. A shortening clipped at
   * the time left is a fraction of a minute (CLOCK-8), so these are not whole numbers. */
  adjustMinById: z.record(z.string(), z.number().finite()),
  startedAtMs: z.number().nullable(),
  finishedAtMs: z.number().nullable(),
  asRun: z.array(asRunEntrySchema),
  undo: undoSchema.nullable(),
});
export type ClockState = z.infer<typeof clockStateSchema>;
export type ClockStatus = ClockState['status'];

/**
 * A clock stored before the agenda as run and the undo of a reset: `beforeLastMove` becomes a move
 * that can be undone. Lets a workshop saved by an older version load without losing its clock.
 */
export const storedClockSchema = z.preprocess((raw) => {
  if (typeof raw !== 'object' || raw === null || 'undo' in raw) return raw;
  const { beforeLastMove, ...rest } = raw as Record<string, unknown>;
  const before = beforeLastMove as Record<string, unknown> | null | undefined;
  const old = rest as Record<string, unknown>;
  return {
    asRun: [],
    ...rest,
    undo: before
      ? {
          kind: 'move',
          ...before,
          adjustMinById: old.adjustMinById,
          startedAtMs: old.startedAtMs,
          finishedAtMs: null,
          asRun: [],
        }
      : null,
  };
}, clockStateSchema);

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
