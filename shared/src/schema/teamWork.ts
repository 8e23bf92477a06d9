import { z } from 'zod';
import { aimIds, levelIds, providerIds } from '../teamWork/words.js';

const level = z.enum(levelIds as [string, ...string[]]).nullable();
const provider = z.enum(providerIds as [string, ...string[]]).nullable();

/** The whole-value fields of an option a screen may set (OPTION-n); the long ones are Y.Text. */
export const optionFieldsSchema = z.object({ level, provider, shortlisted: z.boolean() }).partial().strict();
export type OptionFields = z.infer<typeof optionFieldsSchema>;

export const aimSchema = z.enum(aimIds as [string, ...string[]]);

/** A rough cost or saving: pounds and a percentage, both optional, never negative (PROP-6). */
export const costSchema = z.object({
  costKind: z.enum(['cost', 'saving']),
  pounds: z
    .number({ message: 'The amount in pounds must be a number.' })
    .finite()
    .min(0, 'Write the amount in pounds without a minus sign: say whether it is a cost or a saving.')
    .max(10_000_000_000, 'That is more than £10bn: check the amount.')
    .nullable(),
  percent: z
    .number({ message: 'The percentage must be a number.' })
    .finite()
    .min(0, 'A percentage is between 0 and 100.')
    .max(100, 'A percentage is between 0 and 100.')
    .nullable(),
});

/** The whole-value fields of a proposition a screen may set; the proposal, risks and first steps are Y.Text. */
export const propositionFieldsSchema = z
  .object({
    title: z.string().max(200, 'A title is at most 200 characters.'),
    /** A challenge of the workshop's programme (its categories' challenges), or '' for none yet. */
    challenge: z.string().max(64),
    level,
    provider,
    ...costSchema.shape,
  })
  .partial()
  .strict();
export type PropositionFields = z.infer<typeof propositionFieldsSchema>;

/** Where a proposition is on its way to the presentations (PROP-n): control state, decided by the server. */
export const propositionStatuses = ['draft', 'ready-for-dissent', 'revised', 'final'] as const;
export type PropositionStatus = (typeof propositionStatuses)[number];

export const propositionsStateSchema = z.object({
  /** Proposition id (in the document) → status; a proposition not listed is a draft. */
  status: z.record(z.string().min(1).max(64), z.enum(propositionStatuses)),
});
export type PropositionsState = z.infer<typeof propositionsStateSchema>;

export const propositionCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('setStatus'),
    propositionId: z.string().min(1).max(64),
    status: z.enum(propositionStatuses),
  }),
]);
export type PropositionCommand = z.infer<typeof propositionCommandSchema>;
