import {
  applyControlCommand,
  findTemplate,
  releaseRemovedPriorities,
  type ControlCommand,
  type ControlSession,
  type ControlState,
  type AgreedAction,
  type Identity,
  type Outcome,
  type PropositionOwner,
  type UnreadableSection,
} from '../../../shared/src/index.js';
import type { Logger } from '../log.js';
import type { ControlRepo } from '../store/controlRepo.js';
import type { WorkshopRepo } from '../store/workshopRepo.js';
import { readStoredControl, type StoredControl } from './storedControl.js';

const RECENT_COMMANDS = 200;

interface LiveControl extends StoredControl {
  teamIds: string[];
  unreadable: UnreadableSection[];
}

export interface CommandResult {
  state: ControlState;
  /** False when the command id was seen before: nothing changed, nothing to broadcast. */
  changed: boolean;
}

export interface ControlDeps {
  repo: ControlRepo;
  workshops: WorkshopRepo;
  nowMs: () => number;
  log: Logger;
  /** The ids of the priorities in the workshop's document now. */
  priorityIds: (workshopId: string) => string[];
  /** The propositions in the workshop's document now, each with its team (PROP-1, PROP-2). */
  propositions: (workshopId: string) => PropositionOwner[];
  /** The ids of the cabinets' headline priorities in the workshop's document now (POOL-2). */
  councilPriorityIds?: (workshopId: string) => string[];
  /** Control state changed and is stored: what the document makes from it (the councils' notes) follows. */
  saved?: (workshopId: string, state: ControlState, teamIds: readonly string[]) => void;
}

/**
 * The session's control state per workshop. The rules are all in shared/'s `applyControlCommand`;
 * this keeps only what needs a server: de-duplicating command ids, persisting each accepted command
 * before it is acknowledged, and loading what was stored.
 */
export class ControlService {
  private readonly live = new Map<string, LiveControl>();

  constructor(private readonly deps: ControlDeps) {}

  state(workshopId: string): ControlState {
    return view(workshopId, this.get(workshopId));
  }

  /** The workshop's task teams, as control state knows them. */
  teamIds(workshopId: string): readonly string[] {
    return this.get(workshopId).teamIds;
  }

  command(
    workshopId: string,
    who: Identity,
    commandId: string,
    command: ControlCommand,
  ): Outcome<CommandResult> {
    // Read first: loading the document may release votes on priorities that have gone (BOARD-9).
    const priorityIds = command.area === 'board' ? this.deps.priorityIds(workshopId) : [];
    // Planning the dissent rounds reads which propositions are ready, as a status command does.
    const readsPropositions = ['propositions', 'dissent', 'chair', 'actions'].includes(command.area);
    const propositionOwners = readsPropositions ? this.deps.propositions(workshopId) : [];
    const councilPriorityIds =
      command.area === 'pooled' ? (this.deps.councilPriorityIds?.(workshopId) ?? []) : [];
    const control = this.get(workshopId);
    if (control.recentCommandIds.includes(commandId)) {
      return { ok: true, data: { state: view(workshopId, control), changed: false } };
    }
    const session: ControlSession = { ...control, priorityIds, propositionOwners, councilPriorityIds };
    const result = applyControlCommand(session, who, command, this.deps.nowMs());
    if (!result.ok) return result;
    const { agenda, clock, board, roster, propositions, witnesses, pooled, pairs, dissent, chair, actions } =
      result.data;
    const updated = {
      ...control,
      agenda,
      clock,
      board,
      roster,
      propositions,
      witnesses,
      pooled: pooled ?? control.pooled,
      pairs: pairs ?? control.pairs,
      dissent: dissent ?? control.dissent,
      chair: chair ?? control.chair,
      actions: actions ?? control.actions,
    };
    return { ok: true, data: this.save(workshopId, updated, commandId) };
  }

  /**
   * ACTION-5: a workshop of a series takes the open actions of the one before, when it starts and
   * whenever it is opened from there again; an action it has already is kept as it is here.
   */
  carryActions(workshopId: string, actions: AgreedAction[]): CommandResult | null {
    const control = this.get(workshopId);
    const here = control.actions?.actions ?? [];
    const added = actions.filter((a) => !here.some((h) => h.id === a.id));
    if (added.length === 0) return null;
    return this.save(workshopId, { ...control, actions: { actions: [...here, ...added] } }, null);
  }

  /** BOARD-9: the priorities now in the document; votes and allocations on any other are released. */
  followContent(workshopId: string, priorityIds: string[]): CommandResult | null {
    const control = this.get(workshopId);
    const board = releaseRemovedPriorities(control.board, priorityIds);
    if (!board) return null;
    return this.save(workshopId, { ...control, board }, null);
  }

  private save(workshopId: string, updated: LiveControl, commandId: string | null): CommandResult {
    const recentCommandIds = commandId
      ? [...updated.recentCommandIds, commandId].slice(-RECENT_COMMANDS)
      : updated.recentCommandIds;
    const next: LiveControl = { ...updated, version: updated.version + 1, recentCommandIds };
    this.deps.repo.save(workshopId, toStored(next));
    this.live.set(workshopId, next);
    const state = view(workshopId, next);
    this.deps.saved?.(workshopId, state, next.teamIds);
    return { state, changed: true };
  }

  private get(workshopId: string): LiveControl {
    const cached = this.live.get(workshopId);
    if (cached) return cached;
    const workshop = this.deps.workshops.find(workshopId);
    if (!workshop) throw new Error(`workshop ${workshopId} does not exist`);
    const raw = this.deps.repo.load(workshopId);
    const bodies = findTemplate(workshop.templateId)?.room.bodies ?? [];
    const { control, unreadable } = readStoredControl(raw, workshop.agenda, bodies);
    if (unreadable.length > 0) {
      // The row is about to be overwritten by the next command: keep it as it was.
      this.deps.repo.keepUnreadable(workshopId, this.deps.nowMs());
      for (const { section, message } of unreadable) {
        this.deps.log.error(
          { workshopId, section, problem: message },
          'stored control state could not be read; that section started afresh and the stored row is kept',
        );
      }
    }
    const live: LiveControl = { ...control, teamIds: workshop.teams.map((t) => t.id), unreadable };
    this.live.set(workshopId, live);
    return live;
  }
}

/** What is stored: every section, without what is only known while the workshop is live. */
function toStored(control: LiveControl): StoredControl {
  const { teamIds: _teamIds, unreadable: _unreadable, ...stored } = control;
  return stored;
}

/** What the devices are sent: every section but the ids of the commands seen, with what could not be read. */
function view(workshopId: string, control: LiveControl): ControlState {
  const { teamIds: _teamIds, recentCommandIds: _recent, ...state } = control;
  return { workshopId, ...state };
}
