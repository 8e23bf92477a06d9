import { z } from 'zod';
import { TEXT_LIMITS } from './limits.js';

const id = z.string().min(1).max(64);

/** How a witness takes part (handbook 000, 11.30: "either in person or by phone/Skype"). */
export const attendanceModes = ['room', 'phone', 'video'] as const;
export type Attendance = (typeof attendanceModes)[number];

/** The longest witness session the board plans for, in minutes (the handbook's is 40). */
export const MAX_SESSION_MIN = 240;
export const MAX_WITNESSES = 12;

const minuteOfSession = z.number().int().min(0).max(MAX_SESSION_MIN);

/**
 * One witness (WITNESS-1). Their free time is minutes from the start of the witness sessions, so
 * "free for 30 of the 40 minutes, from 11.40" is `freeFromMin: 10, freeToMin: 40`: the proposer
 * needs when, not only how long, to keep a member out of a slot the witness is not there for.
 */
export const witnessSchema = z.object({
  id,
  name: z.string().trim().min(1, 'a witness needs a name').max(TEXT_LIMITS.personName),
  expertise: z.string().trim().max(TEXT_LIMITS.witnessExpertise),
  attendance: z.enum(attendanceModes),
  freeFromMin: minuteOfSession,
  freeToMin: minuteOfSession,
});
export type Witness = z.infer<typeof witnessSchema>;

/** One member with one witness in one slot of the session (WITNESS-3). */
export const placementSchema = z.object({
  memberId: id,
  witnessId: id,
  slot: z.number().int().min(0).max(MAX_SESSION_MIN),
});
export type Placement = z.infer<typeof placementSchema>;

/** The witness sessions' control state: the witnesses, the length of a slot and who goes where. */
export const witnessesStateSchema = z.object({
  slotMinutes: z.number().int().min(5).max(60),
  witnesses: z.array(witnessSchema).max(MAX_WITNESSES),
  placements: z.array(placementSchema).max(300),
});
export type WitnessesState = z.infer<typeof witnessesStateSchema>;

/** The facilitator's commands for the witness sessions (WITNESS-n, PERM-20). */
export const witnessesCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addWitness'), witness: witnessSchema }),
  z.object({
    type: z.literal('updateWitness'),
    witnessId: id,
    name: witnessSchema.shape.name.optional(),
    expertise: witnessSchema.shape.expertise.optional(),
    attendance: witnessSchema.shape.attendance.optional(),
    freeFromMin: minuteOfSession.optional(),
    freeToMin: minuteOfSession.optional(),
  }),
  z.object({ type: z.literal('removeWitness'), witnessId: id }),
  z.object({ type: z.literal('setSlotMinutes'), minutes: witnessesStateSchema.shape.slotMinutes }),
  /** The board's proposal replaces the assignment (WITNESS-4). */
  z.object({ type: z.literal('propose') }),
  /** Moves a member to a witness and slot, or places them there (WITNESS-5). */
  z.object({ type: z.literal('place'), placement: placementSchema }),
  z.object({ type: z.literal('unassign'), memberId: id }),
]);
export type WitnessesCommand = z.infer<typeof witnessesCommandSchema>;
