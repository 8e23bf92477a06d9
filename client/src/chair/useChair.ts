import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  initialActions,
  initialChair,
  presentationNotesMap,
  presentationOrder,
  presentedPropositionOf,
  readPresentationNotes,
  type PresentationNote,
  type Proposition,
} from '../../../shared/src/index.js';
import { useDocSnapshot } from '../live/useDocSnapshot.js';
import { useSessionState, useTeams, useWorkshop } from '../state/sessionContext.js';
import { usePropositions } from '../teamWork/useDocRead.js';

const NO_CHAIR = initialChair();
const NO_ACTIONS = initialActions();

export const usePresentationNotes = (doc: Y.Doc): PresentationNote[] =>
  useDocSnapshot(presentationNotesMap(doc), () => readPresentationNotes(doc));

export function useChairState() {
  return useSessionState((s) => s.control?.chair ?? NO_CHAIR);
}

export function useActions() {
  return useSessionState((s) => s.control?.actions ?? NO_ACTIONS).actions;
}

export interface Presentation {
  teamId: string;
  teamName: string;
  proposition: Proposition | null;
}

/** The presentations in their order, each team with the proposition it presents (CHAIR-2, CHAIR-4). */
export function usePresentations(): Presentation[] {
  const { doc } = useWorkshop();
  const chair = useChairState();
  const teams = useTeams();
  const propositions = usePropositions(doc);
  const status = useSessionState((s) => s.control?.propositions);
  const dissent = useSessionState((s) => s.control?.dissent);
  return useMemo(() => {
    const teamIds = teams.map((t) => t.id);
    const facts = {
      teamIds,
      propositions: status ?? { status: {} },
      propositionOwners: propositions.map((p) => ({ id: p.id, teamId: p.teamId })),
      ...(dissent && { dissent }),
    };
    return presentationOrder(chair, teamIds).map((teamId) => {
      const id = presentedPropositionOf(teamId, facts);
      return {
        teamId,
        teamName: teams.find((t) => t.id === teamId)?.name ?? 'A task team',
        proposition: propositions.find((p) => p.id === id) ?? null,
      };
    });
  }, [chair, teams, propositions, status, dissent]);
}
