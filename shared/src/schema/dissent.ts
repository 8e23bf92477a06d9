import { z } from 'zod';
import { MAX_TEAMS } from './api.js';

const id = z.string().min(1).max(64);

/** The phases of a round (handbook 000, 12.10), in order; assent is optional. */
export const dissentPhases = ['present', 'dissent', 'assent', 'revise'] as const;
export type DissentPhase = (typeof dissentPhases)[number];

/** How long each phase runs, in minutes; an assent of 0 leaves the phase out (DISSENT-2). */
export const phaseMinutesSchema = z.object({
  present: z.number().int().min(1).max(30),
  dissent: z.number().int().min(1).max(30),
  assent: z.number().int().min(0).max(30),
  revise: z.number().int().min(1).max(30),
});
export type PhaseMinutes = z.infer<typeof phaseMinutesSchema>;

/** One round: presenting team id → the team its spokesperson presents to (ROTATION-n). */
const roundSchema = z.record(id, id);

/**
 * The rounds as planned (DISSENT-3): who presents, what, through whom, and to whom in each round.
 * Fixed when planned, so a status changed mid-session does not reshuffle a round in progress.
 */
export const dissentPlanSchema = z.object({
  presenting: z.array(id).max(MAX_TEAMS),
  /** Presenting team → the proposition its spokesperson presents. */
  propositionIds: z.record(id, id),
  rotation: z
    .array(roundSchema)
    .min(1)
    .max(MAX_TEAMS - 1),
  /** Presenting team → the member of its roster who presents; a team of nobody yet has none. */
  spokespeople: z.record(id, id),
});
export type DissentPlan = z.infer<typeof dissentPlanSchema>;

/** Where the rounds are: run from deadlines, like the agenda clock (DISSENT-4). */
export const dissentRunSchema = z.object({
  /** The round, from 0. */
  round: z
    .number()
    .int()
    .min(0)
    .max(MAX_TEAMS - 1),
  phase: z.enum(dissentPhases),
  status: z.enum(['ready', 'running', 'paused', 'finished']),
  /** Running: when the phase's time is up, on the server's clock. */
  deadlineAtMs: z.number().nullable(),
  /** Paused or ready: the time the phase has left. */
  remainingMs: z.number().nullable(),
  /** Bumped on every phase change, so a screen can tell a new phase from the same one re-sent. */
  step: z.number().int().min(0),
});
export type DissentRun = z.infer<typeof dissentRunSchema>;

export const dissentStateSchema = z.object({
  minutes: phaseMinutesSchema,
  rounds: z
    .number()
    .int()
    .min(1)
    .max(MAX_TEAMS - 1),
  plan: dissentPlanSchema.nullable(),
  /** Null until the rounds start. */
  run: dissentRunSchema.nullable(),
  /** What one undo puts back: the run before the last start, phase or round change, or end (DISSENT-6). */
  undo: z.object({ run: dissentRunSchema.nullable() }).nullable(),
});
export type DissentState = z.infer<typeof dissentStateSchema>;

/** The facilitator's commands (PERM-25); a team chooses its own spokesperson (PERM-26). */
export const dissentCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('setMinutes'),
    present: phaseMinutesSchema.shape.present.optional(),
    dissent: phaseMinutesSchema.shape.dissent.optional(),
    assent: phaseMinutesSchema.shape.assent.optional(),
    revise: phaseMinutesSchema.shape.revise.optional(),
  }),
  z.object({ type: z.literal('setRounds'), rounds: dissentStateSchema.shape.rounds }),
  z.object({ type: z.literal('plan') }),
  z.object({ type: z.literal('setRotation'), rotation: dissentPlanSchema.shape.rotation }),
  z.object({ type: z.literal('setSpokesperson'), teamId: id, memberId: id }),
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('nextPhase') }),
  z.object({ type: z.literal('nextRound') }),
  z.object({
    type: z.literal('extend'),
    minutes: z
      .number()
      .int()
      .min(-10)
      .max(10)
      .refine((n) => n !== 0, 'extend by at least a minute'),
  }),
  z.object({ type: z.literal('undo') }),
  z.object({ type: z.literal('reset') }),
]);
export type DissentCommand = z.infer<typeof dissentCommandSchema>;
