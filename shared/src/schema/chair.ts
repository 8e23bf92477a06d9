import { z } from 'zod';
import { MAX_TEAMS } from './api.js';

const id = z.string().min(1).max(64);

/** What the Leader has decided about a team's proposition (handbook 000, 12.40). */
export const decisions = ['agreed', 'agreed-with-changes', 'not-agreed', 'further-work'] as const;
export type Decision = (typeof decisions)[number];

export const decisionRecordSchema = z.object({
  decision: z.enum(decisions),
  /** The changes agreed, written down (required with "agreed with changes"). */
  changes: z.string().trim().max(2000),
  decidedAtMs: z.number(),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/** What the Leader puts on the projector during the presentations (CHAIR-3). */
export const chairShowingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), teamId: id }),
  z.object({ kind: z.literal('actions') }),
]);
export type ChairShowing = z.infer<typeof chairShowingSchema>;

/** The Leader's chair: the order of presentations, what is shown, and the decisions (CHAIR-n). */
export const chairStateSchema = z.object({
  /** Team ids in the order they present; empty: the workshop's order (CHAIR-2). */
  order: z.array(id).max(MAX_TEAMS),
  showing: chairShowingSchema.nullable(),
  /** The team shown last, so stepping on after the actions or the order carries on from it (CHAIR-3). */
  lastTeamId: id.optional(),
  /** Proposition id → the decision on it. */
  decisions: z.record(id, decisionRecordSchema),
});
export type ChairState = z.infer<typeof chairStateSchema>;

export const chairCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setOrder'), teamIds: z.array(id).max(MAX_TEAMS) }),
  z.object({ type: z.literal('show'), showing: chairShowingSchema.nullable() }),
  /** The next or previous team in the order, from the one shown. */
  z.object({ type: z.literal('step'), by: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({
    type: z.literal('decide'),
    propositionId: id,
    /** Null takes a decision back. */
    decision: z.enum(decisions).nullable(),
    changes: decisionRecordSchema.shape.changes.default(''),
  }),
]);
export type ChairCommand = z.infer<typeof chairCommandSchema>;

/** The three levels at which the two-council programme asks for commitments (handbook 001). */
export const actionLevels = ['cabinet', 'management-team', 'personal'] as const;
export type ActionLevel = (typeof actionLevels)[number];

export const actionStatuses = ['proposed', 'confirmed', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Who owns an action: someone on a roster, or a name written in (ACTION-1). */
export const actionOwnerSchema = z.union([
  z.object({ memberId: id }),
  z.object({ name: z.string().trim().min(1, 'an owner needs a name').max(60) }),
]);
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

/** "2027-02-30" has the shape of a date and is none: it must read back as the same day. */
function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m! - 1 && day.getUTCDate() === d;
}

export const actionFieldsSchema = z.object({
  commitment: z.string().trim().min(1, 'say what the commitment is').max(300),
  owner: actionOwnerSchema.nullable(),
  level: z.enum(actionLevels),
  /** For two councils: which council's commitment it is; null where it is both's or there is one. */
  council: z.string().trim().max(80).nullable(),
  /** A date, "2027-03-31"; null: no date yet. */
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a due date is a date, 2027-03-31')
    .refine(isCalendarDate, 'a due date is a day of the calendar: there is no 30 February')
    .nullable(),
  propositionId: id.nullable(),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

export const agreedActionSchema = actionFieldsSchema.extend({
  id,
  status: z.enum(actionStatuses),
  /** The team whose tablet proposed it; null for the Leader's or the facilitator's. */
  proposedByTeamId: id.nullable(),
  /** Carried from an earlier workshop of the series (ACTION-5): its title, where it was agreed. */
  carriedFrom: z.object({ workshopId: id, title: z.string().max(200) }).optional(),
});
export type AgreedAction = z.infer<typeof agreedActionSchema>;

export const MAX_ACTIONS = 200;
/** How many proposals one team may have waiting for the Leader at once (ACTION-2). */
export const MAX_WAITING_PER_TEAM = 20;

export const actionsStateSchema = z.object({ actions: z.array(agreedActionSchema).max(MAX_ACTIONS) });
export type ActionsState = z.infer<typeof actionsStateSchema>;

export const actionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('propose'), action: actionFieldsSchema.extend({ id }) }),
  z.object({ type: z.literal('edit'), actionId: id, fields: actionFieldsSchema.partial() }),
  z.object({ type: z.literal('confirm'), actionId: id }),
  z.object({ type: z.literal('drop'), actionId: id }),
  z.object({ type: z.literal('markDone'), actionId: id, done: z.boolean() }),
]);
export type ActionCommand = z.infer<typeof actionCommandSchema>;
