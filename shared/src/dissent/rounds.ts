import { accept, refuse, type Outcome } from '../result.js';
import type {
  DissentCommand,
  DissentPhase,
  DissentPlan,
  DissentRun,
  DissentState,
  PhaseMinutes,
} from '../schema/dissent.js';
import type { RosterState } from '../schema/roster.js';
import type { PropositionsState } from '../schema/teamWork.js';
import { statusOf, type PropositionOwner } from '../teamWork/propositions.js';
import { checkRotation, proposeRotation } from './schedule.js';

const MS_PER_MIN = 60_000;

/** DISSENT-2: the handbook's "about 3 minutes", "about 4 minutes", no assent, "about 5 minutes". */
export const defaultPhaseMinutes: PhaseMinutes = { present: 3, dissent: 4, assent: 0, revise: 5 };

export function initialDissent(): DissentState {
  return { minutes: defaultPhaseMinutes, rounds: 2, plan: null, run: null, undo: null };
}

/** What the rounds read and never change: the teams, their rosters and their propositions. */
export interface DissentFacts {
  teamIds: readonly string[];
  roster: RosterState;
  propositions: PropositionsState;
  propositionOwners: readonly PropositionOwner[];
}

export interface DissentActor {
  teamId: string | null;
  /** The facilitator chooses anyone's spokesperson; a team only its own (PERM-26). */
  anyTeam: boolean;
}

/** DISSENT-2: the phases a round runs through, assent only when it has minutes. */
export function phasesOf(minutes: PhaseMinutes): DissentPhase[] {
  return minutes.assent > 0 ? ['present', 'dissent', 'assent', 'revise'] : ['present', 'dissent', 'revise'];
}

/** Applies one command of the ritual-dissent rounds (DISSENT-n in SPEC.md); PERM-25 is checked before. */
export function applyDissentCommand(
  state: DissentState,
  command: DissentCommand,
  facts: DissentFacts,
  actor: DissentActor,
  nowMs: number,
): Outcome<DissentState> {
  switch (command.type) {
    case 'setMinutes':
      return accept(withMinutes(state, command));
    case 'setRounds':
      return setRounds(state, command.rounds, facts);
    case 'plan':
      if (inProgress(state)) return refuseWhileRunning();
      return planFor(state, state.rounds, facts);
    case 'setRotation':
      return setRotation(state, command.rotation, facts);
    case 'setSpokesperson':
      return setSpokesperson(state, command.teamId, command.memberId, facts, actor);
    case 'start':
      return start(state, nowMs);
    case 'pause':
      if (state.run?.status !== 'running') return refuse('not-running', 'The round is not running.');
      return accept({
        ...state,
        run: {
          ...state.run,
          status: 'paused',
          remainingMs: state.run.deadlineAtMs! - nowMs,
          deadlineAtMs: null,
        },
      });
    case 'resume':
      if (state.run?.status !== 'paused') return refuse('not-paused', 'The round is not paused.');
      return accept({
        ...state,
        run: {
          ...state.run,
          status: 'running',
          deadlineAtMs: nowMs + state.run.remainingMs!,
          remainingMs: null,
        },
      });
    case 'nextPhase':
    case 'nextRound':
      return move(state, command.type, nowMs);
    case 'extend':
      return extend(state, command.minutes, nowMs);
    case 'undo':
      if (!state.undo) return refuse('nothing-to-undo', 'There is no change of phase or round to undo.');
      return accept({ ...state, run: restored(state.undo.run, state.run), undo: null });
    case 'reset':
      if (!state.run) return refuse('not-started', 'The rounds have not started.');
      return accept({ ...state, run: null, undo: { run: state.run } });
  }
}

const inProgress = (state: DissentState) => state.run !== null && state.run.status !== 'finished';

const refuseWhileRunning = () =>
  refuse('rounds-running', 'The rounds have started: reset them before planning them again.');

/** Minutes change the phases to come; the phase on now keeps its time (extend changes that). */
function withMinutes(state: DissentState, change: Partial<PhaseMinutes>): DissentState {
  const defined = Object.fromEntries(
    Object.entries(change).filter(([k, v]) => k !== 'type' && v !== undefined),
  );
  const minutes = { ...state.minutes, ...defined };
  const run = state.run;
  // A phase not yet started takes its new length.
  const waiting = run?.status === 'ready' ? { ...run, remainingMs: minutes[run.phase] * MS_PER_MIN } : run;
  return { ...state, minutes, run: waiting };
}

function setRounds(state: DissentState, rounds: number, facts: DissentFacts): Outcome<DissentState> {
  if (inProgress(state)) return refuseWhileRunning();
  const most = facts.teamIds.length - 1;
  if (rounds > most)
    return refuse(
      'rotation-1',
      `With ${facts.teamIds.length} teams there can be 1 to ${most} rounds (ROTATION-1).`,
    );
  if (!state.plan) return accept({ ...state, rounds });
  return planFor(state, rounds, facts);
}

/**
 * DISSENT-3: the presenting teams are those with a proposition ready for dissent, each presenting
 * its first such; the rotation is the board's proposal; a spokesperson chosen before stays while
 * on the team, else the first member of the team's roster.
 */
function planFor(state: DissentState, rounds: number, facts: DissentFacts): Outcome<DissentState> {
  const propositionIds: Record<string, string> = {};
  for (const teamId of facts.teamIds) {
    const ready = facts.propositionOwners.find(
      (p) => p.teamId === teamId && statusOf(facts.propositions, p.id) === 'ready-for-dissent',
    );
    if (ready) propositionIds[teamId] = ready.id;
  }
  const presenting = facts.teamIds.filter((teamId) => propositionIds[teamId] !== undefined);
  if (presenting.length < 2)
    return refuse(
      'rotation-5',
      `Ritual dissent needs at least two teams with a proposition ready for dissent; ${
        presenting.length === 0 ? 'no team has one' : 'only one team has one'
      } (ROTATION-5).`,
    );
  const rotation = proposeRotation(facts.teamIds, presenting, rounds);
  if (!rotation.ok) return rotation;
  const spokespeople: Record<string, string> = {};
  for (const teamId of presenting) {
    const chosen = state.plan?.spokespeople[teamId];
    const members = facts.roster.members.filter((m) => m.teamId === teamId);
    const keep = members.find((m) => m.id === chosen) ?? members[0];
    if (keep) spokespeople[teamId] = keep.id;
  }
  const plan: DissentPlan = { presenting, propositionIds, rotation: rotation.data, spokespeople };
  return accept({ ...state, rounds, plan, run: null, undo: null });
}

/** The first round that has not begun: rounds before it are as they ran and cannot change (DISSENT-3). */
export function firstOpenRound(run: DissentRun | null): number {
  if (!run) return 0;
  if (run.status === 'finished') return Number.POSITIVE_INFINITY;
  return run.phase === 'present' && run.status === 'ready' ? run.round : run.round + 1;
}

function setRotation(
  state: DissentState,
  rotation: DissentPlan['rotation'],
  facts: DissentFacts,
): Outcome<DissentState> {
  const plan = state.plan;
  if (!plan) return refuse('no-plan', 'Plan the rounds first.');
  if (rotation.length !== plan.rotation.length)
    return refuse('rounds', `The schedule has ${plan.rotation.length} rounds: change how many rounds first.`);
  const open = firstOpenRound(state.run);
  const changedBegun = rotation.findIndex(
    (round, i) => i < open && JSON.stringify(sorted(round)) !== JSON.stringify(sorted(plan.rotation[i]!)),
  );
  if (changedBegun >= 0)
    return refuse(
      'round-begun',
      `Round ${changedBegun + 1} has begun: only rounds still to come can change.`,
    );
  const checked = checkRotation(facts.teamIds, plan.presenting, rotation);
  if (!checked.ok) return checked;
  return accept({ ...state, plan: { ...plan, rotation: checked.data } });
}

const sorted = (round: Record<string, string>) =>
  Object.entries(round).sort(([a], [b]) => a.localeCompare(b));

function setSpokesperson(
  state: DissentState,
  teamId: string,
  memberId: string,
  facts: DissentFacts,
  actor: DissentActor,
): Outcome<DissentState> {
  if (!actor.anyTeam && actor.teamId !== teamId)
    return refuse('not-owner', 'A team chooses only its own spokesperson.');
  const plan = state.plan;
  if (!plan) return refuse('no-plan', 'Plan the rounds first.');
  if (!plan.presenting.includes(teamId))
    return refuse('not-presenting', 'That team only listens: its proposition is not ready for dissent.');
  const member = facts.roster.members.find((m) => m.id === memberId);
  if (!member || member.teamId !== teamId)
    return refuse('not-on-team', 'A spokesperson is a member of their own team’s roster.');
  return accept({ ...state, plan: { ...plan, spokespeople: { ...plan.spokespeople, [teamId]: memberId } } });
}

function start(state: DissentState, nowMs: number): Outcome<DissentState> {
  if (!state.plan) return refuse('no-plan', 'Plan the rounds first.');
  const run = state.run;
  if (!run) {
    const first: DissentRun = {
      round: 0,
      phase: 'present',
      status: 'running',
      deadlineAtMs: nowMs + state.minutes.present * MS_PER_MIN,
      remainingMs: null,
      step: 1,
    };
    return accept({ ...state, run: first, undo: { run: null } });
  }
  if (run.status === 'running') return refuse('already-running', 'The round is already running.');
  if (run.status === 'paused') return refuse('paused', 'The round is paused: resume it instead.');
  if (run.status === 'finished')
    return refuse('finished', 'Every round has run. Reset the rounds to run them again.');
  return accept({
    ...state,
    run: { ...run, status: 'running', deadlineAtMs: nowMs + run.remainingMs!, remainingMs: null },
  });
}

/** DISSENT-5: next phase, or next round; past the last, the rounds are finished. A running phase runs on into the next. */
function move(state: DissentState, to: 'nextPhase' | 'nextRound', nowMs: number): Outcome<DissentState> {
  const run = state.run;
  const plan = state.plan;
  if (!run || !plan) return refuse('not-started', 'The rounds have not started.');
  if (run.status === 'finished') return refuse('finished', 'Every round has run.');
  const phases = phasesOf(state.minutes);
  const nextPhase = to === 'nextPhase' ? phases[phases.indexOf(run.phase) + 1] : undefined;
  const round = nextPhase ? run.round : run.round + 1;
  const phase = nextPhase ?? 'present';
  const running = run.status === 'running';
  const length = state.minutes[phase] * MS_PER_MIN;
  const next: DissentRun =
    round >= plan.rotation.length
      ? { ...run, status: 'finished', deadlineAtMs: null, remainingMs: null, step: run.step + 1 }
      : {
          round,
          phase,
          status: running ? 'running' : 'ready',
          deadlineAtMs: running ? nowMs + length : null,
          remainingMs: running ? null : length,
          step: run.step + 1,
        };
  return accept({ ...state, run: next, undo: { run } });
}

function extend(state: DissentState, minutes: number, nowMs: number): Outcome<DissentState> {
  const run = state.run;
  if (!run || run.status === 'finished') return refuse('not-running', 'No phase is on to extend.');
  const by = minutes * MS_PER_MIN;
  // Shortening stops at "time is up", never before now, and never makes a phase over time less so.
  const shorten = (left: number) => Math.min(left, Math.max(0, left + by));
  if (run.status === 'running') {
    const left = run.deadlineAtMs! - nowMs;
    return accept({ ...state, run: { ...run, deadlineAtMs: nowMs + (by > 0 ? left + by : shorten(left)) } });
  }
  const left = run.remainingMs!;
  return accept({ ...state, run: { ...run, remainingMs: by > 0 ? left + by : shorten(left) } });
}

/** An undone run keeps counting forward, so every screen sees the change as a new step. */
function restored(before: DissentRun | null, now: DissentRun | null): DissentRun | null {
  if (!before) return null;
  return { ...before, step: Math.max(before.step, now?.step ?? 0) + 1 };
}

/** DISSENT-10: rounds have started and are not finished; the projector and the tablets follow them. */
export function roundsRunning(state: DissentState | undefined): boolean {
  return !!state?.run && state.run.status !== 'finished';
}

/** The time the phase has left: negative once it is over (the room sees how far over). */
export function phaseRemainingMs(run: DissentRun, nowMs: number): number | null {
  if (run.status === 'running') return run.deadlineAtMs! - nowMs;
  return run.remainingMs;
}

/** One pairing of a round, as every screen shows it. */
export interface Pairing {
  presenting: string;
  listening: string;
  propositionId: string;
  spokespersonId: string | null;
}

/** A round's pairings, in the order the teams present. */
export function pairingsOf(plan: DissentPlan, round: number): Pairing[] {
  const rotation = plan.rotation[round] ?? {};
  return plan.presenting
    .filter((teamId) => rotation[teamId] !== undefined)
    .map((teamId) => ({
      presenting: teamId,
      listening: rotation[teamId]!,
      propositionId: plan.propositionIds[teamId]!,
      spokespersonId: plan.spokespeople[teamId] ?? null,
    }));
}

/**
 * DISSENT-7: who may write dissent and assent points now: during the dissent and assent phases of
 * a round that is not over, the listening team, against the team it hears. Null at any other time.
 */
export interface ListeningNow {
  round: number;
  phase: 'dissent' | 'assent';
  /** Listening team → the presenting team it hears. */
  hears: Record<string, string>;
  /** Presenting team → the proposition it presents. */
  propositionIds: Record<string, string>;
}

export function listeningNow(state: DissentState | undefined): ListeningNow | null {
  const run = state?.run;
  const plan = state?.plan;
  if (!run || !plan || run.status === 'finished') return null;
  if (run.phase !== 'dissent' && run.phase !== 'assent') return null;
  const hears: Record<string, string> = {};
  for (const pairing of pairingsOf(plan, run.round)) hears[pairing.listening] = pairing.presenting;
  return { round: run.round, phase: run.phase, hears, propositionIds: plan.propositionIds };
}
