import type { DissentPhase } from '../../../shared/src/index.js';
import { spokespersonWords, type DissentView, type NamedPairing } from './useDissent.js';
import { phaseNames } from './words.js';

/** What the team at the table does while it hears a spokesperson, phase by phase (handbook 000, 12.10). */
const listening: Record<Exclude<DissentPhase, 'revise'>, string> = {
  present: 'Listen in silence.',
  dissent: 'Dissent: why will this fail?',
  assent: 'Assent: what would make it better?',
};

/**
 * What one team does now, in a sentence or two, from the round on now: first what the people at
 * the table do (the team they hear), then where their own spokesperson is. Most teams do both in
 * a round, so both are said.
 */
export function whatToDoNow(view: DissentView, teamId: string): string[] {
  const { plan, run } = view;
  if (!plan)
    return [
      'Ritual dissent is not planned yet.',
      'When your proposition is ready, mark it “Ready for dissent”: the rounds are planned from the propositions that are.',
    ];
  const presents = view.pairings.find((p) => p.presenting === teamId);
  const hears = view.pairings.find((p) => p.listening === teamId);
  if (!run) return beforeStart(plan.rotation.length, presents, hears);
  if (run.status === 'finished')
    return plan.presenting.includes(teamId)
      ? ['The rounds are over.', 'Answer the points you received and revise your proposition.']
      : ['The rounds are over.'];
  if (run.phase === 'revise')
    return presents
      ? [
          `Revise: ${spokespersonWords(presents)} is back.`,
          'Go through the points you received and revise your proposition.',
        ]
      : ['Revise: the spokespeople are going home.'];
  const lines = [
    hears
      ? `You are hearing ${hears.presentingName}. ${listening[run.phase]}`
      : 'Nobody presents to you this round.',
  ];
  if (presents) lines.push(awayLine(presents, run.phase));
  return lines;
}

function beforeStart(rounds: number, presents?: NamedPairing, hears?: NamedPairing): string[] {
  const lines = [`Round 1 of ${rounds} starts when the facilitator says.`];
  lines.push(hears ? `You will hear ${hears.presentingName}.` : 'Nobody presents to you in round 1.');
  if (presents) lines.push(`${spokespersonWords(presents)} will present to ${presents.listeningName}.`);
  return lines;
}

/** Where the team's spokesperson is and what they do there. */
function awayLine(presents: NamedPairing, phase: 'present' | 'dissent' | 'assent'): string {
  const who = spokespersonWords(presents);
  const where = `${who} presents to ${presents.listeningName}.`;
  if (phase === 'present') return where;
  return `${where} ${phaseNames[phase]}: ${who} turns their back, listens in silence and takes notes.`;
}
