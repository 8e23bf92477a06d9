import { z } from 'zod';
import { agendaCommandSchema } from './agenda.js';
import { boardCommandSchema } from './board.js';
import { clockCommandSchema } from './clock.js';
import { dissentCommandSchema } from './dissent.js';
import { actionCommandSchema, chairCommandSchema } from './chair.js';
import { pairsCommandSchema, pooledCommandSchema } from './councils.js';
import { rosterCommandSchema } from './roster.js';
import { propositionCommandSchema } from './teamWork.js';
import { witnessesCommandSchema } from './witnesses.js';

/** Every command the control pipeline takes, tagged by the area whose reducer decides it. */
export const controlCommandSchema = z.discriminatedUnion('area', [
  z.object({ area: z.literal('clock'), command: clockCommandSchema }),
  z.object({ area: z.literal('board'), command: boardCommandSchema }),
  z.object({ area: z.literal('agenda'), command: agendaCommandSchema }),
  z.object({ area: z.literal('roster'), command: rosterCommandSchema }),
  z.object({ area: z.literal('propositions'), command: propositionCommandSchema }),
  z.object({ area: z.literal('witnesses'), command: witnessesCommandSchema }),
  z.object({ area: z.literal('pooled'), command: pooledCommandSchema }),
  z.object({ area: z.literal('pairs'), command: pairsCommandSchema }),
  z.object({ area: z.literal('dissent'), command: dissentCommandSchema }),
  z.object({ area: z.literal('chair'), command: chairCommandSchema }),
  z.object({ area: z.literal('actions'), command: actionCommandSchema }),
]);
export type ControlCommand = z.infer<typeof controlCommandSchema>;
export type ControlArea = ControlCommand['area'];
