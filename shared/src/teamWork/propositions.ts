import { can, refusalFor, type Role } from '../permissions/permissions.js';
import { accept, refuse, type Outcome } from '../result.js';
import type { PropositionCommand, PropositionsState, PropositionStatus } from '../schema/teamWork.js';

export const initialPropositions = (): PropositionsState => ({ status: {} });

/** A proposition as the server reads it from the document: the fact the status rules need (PROP-1). */
export interface PropositionOwner {
  id: string;
  teamId: string;
}

export interface PropositionActor {
  role: Role;
  teamId: string | null;
}

/** PROP-3: the way a team moves its own proposition on. Another round of dissent after a revision is allowed. */
const forward: Record<PropositionStatus, readonly PropositionStatus[]> = {
  draft: ['ready-for-dissent'],
  'ready-for-dissent': ['revised'],
  revised: ['ready-for-dissent', 'final'],
  final: [],
};
const order: readonly PropositionStatus[] = ['draft', 'ready-for-dissent', 'revised', 'final'];

export const statusLabels: Record<PropositionStatus, string> = {
  draft: 'Draft',
  'ready-for-dissent': 'Ready for dissent',
  revised: 'Revised',
  final: 'Final',
};

/** PROP-1: a proposition with no status yet is a draft. */
export function statusOf(state: PropositionsState, propositionId: string): PropositionStatus {
  return state.status[propositionId] ?? 'draft';
}

/** The next steps a team may take from `status` (PROP-3), for the screens' buttons. */
export function nextStatuses(status: PropositionStatus): readonly PropositionStatus[] {
  return forward[status];
}

/** Applies one status command (PROP-n in SPEC.md). PERM-17 is checked before. */
export function applyPropositionCommand(
  state: PropositionsState,
  command: PropositionCommand,
  actor: PropositionActor,
  owners: readonly PropositionOwner[],
): Outcome<PropositionsState> {
  const proposition = owners.find((p) => p.id === command.propositionId);
  if (!proposition)
    return refuse('unknown-proposition', 'That proposition is not on the board: it may have been removed.');
  const anyTeam = can(actor.role, 'propositions:any');
  // PROP-2: a team moves only its own team's propositions.
  if (!anyTeam && proposition.teamId !== actor.teamId)
    return refuse(
      'not-owner',
      'Only the task team that made this proposition, or the facilitator, can move it on.',
    );
  const from = statusOf(state, proposition.id);
  const to = command.status;
  if (from === to)
    return refuse('no-change', `This proposition is already ${statusLabels[to].toLowerCase()}.`);
  // PROP-4: the facilitator may also set one back, to any earlier status.
  const back = order.indexOf(to) < order.indexOf(from);
  if (!forward[from].includes(to) && !(back && anyTeam)) {
    return back
      ? { ok: false, error: { code: 'forbidden', message: refusalFor('propositions:any') } }
      : refuse(
          'not-next',
          `A proposition goes from ${statusLabels[from].toLowerCase()} to ${
            forward[from].map((s) => statusLabels[s].toLowerCase()).join(' or ') || 'nothing further'
          }, not to ${statusLabels[to].toLowerCase()}.`,
        );
  }
  const status = { ...state.status };
  if (to === 'draft') delete status[proposition.id];
  else status[proposition.id] = to;
  return accept({ status });
}
