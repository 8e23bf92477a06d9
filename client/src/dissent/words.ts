import type { DissentPhase } from '../../../shared/src/index.js';

/** Each phase in the room's words (handbook 000, 12.10), and what the listening team does in it. */
export const phaseNames: Record<DissentPhase, string> = {
  present: 'Present',
  dissent: 'Dissent',
  assent: 'Assent',
  revise: 'Revise',
};

/** The question each phase puts to the room. */
export const phaseQuestions: Record<DissentPhase, string> = {
  present: 'The spokesperson presents; the listening team stays silent.',
  dissent: 'Why will this fail?',
  assent: 'What would make it better?',
  revise: 'Spokespeople go home; each team revises its proposition.',
};
