import { z } from 'zod';
import { TEXT_LIMITS } from './limits.js';

const id = z.string().min(1).max(64);

/**
 * A body people in the room belong to: a council's cabinet, the (shared) management team. In the
 * two-council programme each cabinet names its council; the management team serves both.
 */
export const bodySchema = z.object({
  id,
  name: z.string().trim().min(1, 'a body needs a name').max(TEXT_LIMITS.bodyName),
  council: z.string().trim().min(1).max(TEXT_LIMITS.bodyName).optional(),
});
export type Body = z.infer<typeof bodySchema>;

const personName = z.string().trim().min(1, 'a member needs a name').max(TEXT_LIMITS.personName);
const memberRole = z.string().trim().max(TEXT_LIMITS.memberRole);

/** One person on a task team's roster. `role` is said where it matters ("Portfolio holder, Finance"). */
export const memberSchema = z.object({
  id,
  name: personName,
  teamId: id,
  bodyId: id.nullable(),
  role: memberRole,
});
export type Member = z.infer<typeof memberSchema>;

/** The structure of the room (from the template) and who is in each task team (ROSTER-n). */
export const rosterStateSchema = z.object({
  bodies: z.array(bodySchema).max(20),
  members: z.array(memberSchema).max(300),
  /** Link id → the members a device speaks for: a shared team tablet speaks for several. */
  speakingFor: z.record(z.string(), z.array(id)),
});
export type RosterState = z.infer<typeof rosterStateSchema>;

const newMember = memberSchema.omit({ teamId: true });

export const rosterCommandSchema = z.discriminatedUnion('type', [
  /** The facilitator's set-up, before the day or in the room. */
  z.object({ type: z.literal('addMember'), member: memberSchema }),
  z.object({
    type: z.literal('updateMember'),
    memberId: id,
    name: personName.optional(),
    teamId: id.optional(),
    bodyId: id.nullable().optional(),
    role: memberRole.optional(),
  }),
  z.object({ type: z.literal('removeMember'), memberId: id }),
  z.object({
    type: z.literal('renameBody'),
    bodyId: id,
    name: bodySchema.shape.name,
    council: bodySchema.shape.council,
  }),
  /** A team tablet: the members it speaks for, from its own team's roster. */
  z.object({ type: z.literal('speakFor'), memberIds: z.array(id).max(30) }),
  /** A team tablet: someone not on the roster adds themselves to their team and speaks on it. */
  z.object({ type: z.literal('joinTeam'), member: newMember }),
]);
export type RosterCommand = z.infer<typeof rosterCommandSchema>;
