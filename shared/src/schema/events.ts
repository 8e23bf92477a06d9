import { z } from 'zod';
import { roles } from '../permissions/permissions.js';
import type { Outcome } from '../result.js';
import { agendaCommandSchema, agendaSchema } from './agenda.js';
import { boardCommandSchema, boardStateSchema } from './board.js';
import { clockCommandSchema, clockStateSchema } from './clock.js';
import { rosterCommandSchema, rosterStateSchema } from './roster.js';
import { propositionCommandSchema, propositionsStateSchema } from './teamWork.js';
import { witnessesCommandSchema, witnessesStateSchema } from './witnesses.js';
import { dissentCommandSchema, dissentStateSchema } from './dissent.js';
import { actionCommandSchema, actionsStateSchema, chairCommandSchema, chairStateSchema } from './chair.js';
import { pairsCommandSchema, pairsStateSchema, pooledCommandSchema, pooledStateSchema } from './councils.js';

/** Who a connection is, as the server stamps it from the token: nobody can pose as someone else. */
export const identitySchema = z.object({
  /** The id of the link (token) the device joined with; several devices may share one. */
  linkId: z.string(),
  name: z.string(),
  role: z.enum(roles),
  teamId: z.string().nullable(),
  /** The witness a witness link belongs to (PERM-22); absent or null on every other link. */
  witnessId: z.string().nullable().optional(),
});
export type Identity = z.infer<typeof identitySchema>;

/** A command id makes a retried command harmless: the server applies each id once. */
const commandId = z.string().min(8).max(64);

export const clockCommandPayloadSchema = z.object({ commandId, command: clockCommandSchema });
export type ClockCommandPayload = z.infer<typeof clockCommandPayloadSchema>;

export const boardCommandPayloadSchema = z.object({ commandId, command: boardCommandSchema });
export type BoardCommandPayload = z.infer<typeof boardCommandPayloadSchema>;

export const agendaCommandPayloadSchema = z.object({ commandId, command: agendaCommandSchema });
export type AgendaCommandPayload = z.infer<typeof agendaCommandPayloadSchema>;

export const rosterCommandPayloadSchema = z.object({ commandId, command: rosterCommandSchema });
export type RosterCommandPayload = z.infer<typeof rosterCommandPayloadSchema>;

export const propositionsCommandPayloadSchema = z.object({ commandId, command: propositionCommandSchema });
export type PropositionsCommandPayload = z.infer<typeof propositionsCommandPayloadSchema>;
export const witnessesCommandPayloadSchema = z.object({ commandId, command: witnessesCommandSchema });
export type WitnessesCommandPayload = z.infer<typeof witnessesCommandPayloadSchema>;
export const pooledCommandPayloadSchema = z.object({ commandId, command: pooledCommandSchema });
export type PooledCommandPayload = z.infer<typeof pooledCommandPayloadSchema>;

export const pairsCommandPayloadSchema = z.object({ commandId, command: pairsCommandSchema });
export type PairsCommandPayload = z.infer<typeof pairsCommandPayloadSchema>;

export const dissentCommandPayloadSchema = z.object({ commandId, command: dissentCommandSchema });
export type DissentCommandPayload = z.infer<typeof dissentCommandPayloadSchema>;

export const chairCommandPayloadSchema = z.object({ commandId, command: chairCommandSchema });
export type ChairCommandPayload = z.infer<typeof chairCommandPayloadSchema>;
export const actionCommandPayloadSchema = z.object({ commandId, command: actionCommandSchema });
export type ActionCommandPayload = z.infer<typeof actionCommandPayloadSchema>;

export const timePingPayloadSchema = z.object({ sentAtMs: z.number().finite() });
export const saveWatchPayloadSchema = z.object({
  clientId: z
    .number()
    .int()
    .min(0)
    .max(2 ** 53),
});

/** A part of the stored control state the server could not read back; it started afresh. */
export const unreadableSectionSchema = z.object({ section: z.string(), message: z.string() });
export type UnreadableSection = z.infer<typeof unreadableSectionSchema>;

/** The session's control state: decided by the server, versioned, sent in full on every (re)connect. */
export const controlStateSchema = z.object({
  workshopId: z.string(),
  version: z.number().int().min(0),
  agenda: agendaSchema,
  clock: clockStateSchema,
  board: boardStateSchema,
  roster: rosterStateSchema,
  /** Where each team's propositions are on their way to the presentations (PROP-n). */
  propositions: propositionsStateSchema,
  witnesses: witnessesStateSchema,
  /** The two councils' programme (handbook 001): the pooled priorities and the portfolio-holder pairs. */
  pooled: pooledStateSchema.optional(),
  pairs: pairsStateSchema.optional(),
  /** The ritual-dissent rounds (handbook 000, 12.10): their plan, and where they are (DISSENT-n). */
  dissent: dissentStateSchema.optional(),
  /** The Leader's chair (handbook 000, 12.40): the order, what is shown, the decisions (CHAIR-n). */
  chair: chairStateSchema.optional(),
  /** The actions proposed and agreed (ACTION-n). */
  actions: actionsStateSchema.optional(),
  /**
   * Parts of the stored state the server could not read when it loaded this workshop: each started
   * afresh, and the stored original is kept. The facilitator's console says so.
   */
  unreadable: z.array(unreadableSectionSchema),
});
export type ControlState = z.infer<typeof controlStateSchema>;

export const presenceSchema = z.object({
  people: z.array(identitySchema.extend({ devices: z.number().int().min(1) })),
});
export type Presence = z.infer<typeof presenceSchema>;

/** How far a device's own edits (its Yjs client id) are durably saved on the server. */
export const saveStateSchema = z.object({ clientId: z.number().int(), clock: z.number().int() });
export type SaveState = z.infer<typeof saveStateSchema>;

export const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

/** Every command is acknowledged with the same result type the reducers return. */
export type Ack<T> = Outcome<T>;
type AckFn<T> = (result: Ack<T>) => void;

export interface ClientToServerEvents {
  'clock:command': (payload: ClockCommandPayload, ack: AckFn<ControlState>) => void;
  'board:command': (payload: BoardCommandPayload, ack: AckFn<ControlState>) => void;
  'agenda:command': (payload: AgendaCommandPayload, ack: AckFn<ControlState>) => void;
  'roster:command': (payload: RosterCommandPayload, ack: AckFn<ControlState>) => void;
  'propositions:command': (payload: PropositionsCommandPayload, ack: AckFn<ControlState>) => void;
  'witnesses:command': (payload: WitnessesCommandPayload, ack: AckFn<ControlState>) => void;
  'pooled:command': (payload: PooledCommandPayload, ack: AckFn<ControlState>) => void;
  'pairs:command': (payload: PairsCommandPayload, ack: AckFn<ControlState>) => void;
  'dissent:command': (payload: DissentCommandPayload, ack: AckFn<ControlState>) => void;
  'chair:command': (payload: ChairCommandPayload, ack: AckFn<ControlState>) => void;
  'actions:command': (payload: ActionCommandPayload, ack: AckFn<ControlState>) => void;
  'time:ping': (payload: z.infer<typeof timePingPayloadSchema>, ack: AckFn<{ serverNowMs: number }>) => void;
  'save:watch': (payload: z.infer<typeof saveWatchPayloadSchema>, ack: AckFn<SaveState>) => void;
}

export interface ServerToClientEvents {
  'control:state': (state: ControlState) => void;
  /** Who this device is, as the server knows it from the token: sent once on connect. */
  'session:identity': (identity: Identity) => void;
  'presence:state': (presence: Presence) => void;
  'save:state': (state: SaveState) => void;
  'workshop:notice': (notice: Notice) => void;
  /**
   * A join code was made or revoked: sent, without the codes, to the screens that may read them
   * (PERM-12), which ask the REST interface again.
   */
  'joinCodes:changed': () => void;
  /**
   * The position paper was attached, replaced or removed: sent, without the paper, to every screen
   * of the workshop, which asks the REST interface again.
   */
  'positionPaper:changed': () => void;
}

/**
 * Socket.IO handshake: `io(url, { auth: { token, workshopId } })`. The token alone names the
 * workshop; a screen that also says which workshop it opened is refused (403) on a mismatch.
 */
export const handshakeAuthSchema = z.object({
  token: z.string().min(1).max(200),
  workshopId: z.string().min(1).max(64).optional(),
});
