import { confirmedByLevel, initialActions } from '../chair/actions.js';
import { actionLevels, type AgreedAction } from '../schema/chair.js';
import type { ReportFacts } from './facts.js';
import type { ReportAction, ReportActionGroup } from './model.js';
import { shortDate } from './time.js';
import { actionLevelLabels } from './words.js';

export interface ReportActions {
  groups: ReportActionGroup[];
  unconfirmed: ReportAction[];
  dropped: ReportAction[];
}

/**
 * The actions: the confirmed ones (done included) by level, in the order they were proposed
 * (ACTION-4), every level listed even when it has none; then those never confirmed and those
 * dropped, kept as ACTION-3 keeps them (REPORT-7).
 */
export function reportActions(facts: ReportFacts): ReportActions {
  const state = facts.control.actions ?? initialActions();
  const byLevel = confirmedByLevel(state);
  const of = (action: AgreedAction) => reportAction(facts, action);
  return {
    groups: actionLevels.map((level) => ({
      level,
      label: actionLevelLabels[level],
      actions: byLevel[level].map(of),
    })),
    unconfirmed: state.actions.filter((a) => a.status === 'proposed').map(of),
    dropped: state.actions.filter((a) => a.status === 'dropped').map(of),
  };
}

function reportAction(facts: ReportFacts, action: AgreedAction): ReportAction {
  return {
    id: action.id,
    commitment: action.commitment,
    owner: ownerOf(facts, action),
    level: action.level,
    council: action.council,
    due: action.dueDate === null ? null : shortDate(action.dueDate),
    dueDate: action.dueDate,
    proposition:
      action.propositionId === null
        ? null
        : (facts.content.propositions.find((p) => p.id === action.propositionId)?.title ??
          'A proposition since taken off the board'),
    status: action.status,
    proposedBy: action.proposedByTeamId === null ? null : facts.teamName(action.proposedByTeamId),
    carriedFrom: action.carriedFrom?.title ?? null,
  };
}

function ownerOf(facts: ReportFacts, action: AgreedAction): string | null {
  const owner = action.owner;
  if (owner === null) return null;
  if ('name' in owner) return owner.name;
  const member = facts.member(owner.memberId);
  return member ? facts.personWithRole(member) : 'Someone no longer on the roster';
}
