import { z } from 'zod';
import { TEXT_LIMITS } from './limits.js';
import { itemShowsSchema } from './views.js';

export const agendaItemKinds = [
  'input',
  'team-task',
  'break',
  'witness',
  'dissent',
  'presentation',
  'other',
] as const;

/** "9.00", "12.40": a time in the programme, as the handbook writes it (24-hour internally). */
export const programmeTimeSchema = z
  .string()
  .regex(/^([01]?\d|2[0-3])[.:][0-5]\d$/, 'a programme time looks like 9.00 or 13.30');

export const agendaItemSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(TEXT_LIMITS.agendaItemTitle),
  kind: z.enum(agendaItemKinds),
  durationMin: z.number().int().min(0).max(600),
  plannedStart: programmeTimeSchema.optional(),
  /** What this item shows where its kind's default does not fit (team task 2's options). */
  shows: itemShowsSchema.optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaItemKind = AgendaItem['kind'];

export const agendaSchema = z.array(agendaItemSchema).min(1).max(100);
export type Agenda = z.infer<typeof agendaSchema>;

const itemId = z.string().min(1).max(64);
const newItemSchema = agendaItemSchema.omit({ plannedStart: true });

/** The facilitator's edits to the agenda (AGENDA-n in agenda/SPEC.md). A new item's id comes from the device that adds it. */
export const agendaCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('add'), item: newItemSchema, index: z.number().int().min(0).max(100) }),
  z.object({ type: z.literal('remove'), itemId }),
  z.object({ type: z.literal('move'), itemId, toIndex: z.number().int().min(0).max(100) }),
  z.object({
    type: z.literal('update'),
    itemId,
    title: agendaItemSchema.shape.title.optional(),
    kind: agendaItemSchema.shape.kind.optional(),
    durationMin: agendaItemSchema.shape.durationMin.optional(),
    /** A fixed start time, or null to follow the item before. */
    plannedStart: programmeTimeSchema.nullable().optional(),
  }),
]);
export type AgendaCommand = z.infer<typeof agendaCommandSchema>;
