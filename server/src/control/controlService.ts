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
import type { ControlStore, Epoch, WorkshopStore } from '../store/storage.js';
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
  repo: ControlStore;
  workshops: WorkshopStore;
  nowMs: () => number;
  log: Logger;
  /** Makes the workshop live on this node (its lease and its document) and gives the lease's epoch. */
  live: (workshopId: string) => Promise<Epoch>;
  /** The ids of the priorities in the workshop's document now. */
  priorityIds: (workshopId: string) => Promise<string[]>;
  /** The propositions in the workshop's document now, each with its team (PROP-1, PROP-2). */
  propositions: (workshopId: string) => Promise<PropositionOwner[]>;
  /** The ids of the cabinets' headline priorities in the workshop's document now (POOL-2). */
  councilPriorityIds?: (workshopId: string) => Promise<string[]>;
  /** Control state changed and is stored: what the document makes from it (the councils' notes) follows. */
  saved?: (workshopId: string, state: ControlState, teamIds: readonly string[]) => void;
}

/**
 * The session's control state per workshop. The rules are all in shared/'s `applyControlCommand`;
 * this keeps only what needs a server: de-duplicating command ids, persisting each accepted command
 * before it is acknowledged, and loading what was stored.
 *
 * Only the node that owns a workshop changes its control state, one change at a time: each waits
 * for the one before, because reading the document and saving both wait on storage.
 */
export class ControlService {
  private readonly live = new Map<string, LiveControl>();
  private readonly epochs = new Map<string, Epoch>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: ControlDeps) {}

  /** The state of a workshop live on this node (its document is loaded, so its control state is too). */
  state(workshopId: string): ControlState {
    return view(workshopId, this.cached(workshopId));
  }

  /** The workshop's task teams, as control state knows them. */
  teamIds(workshopId: string): readonly string[] {
    return this.cached(workshopId).teamIds;
  }

  /** The state as stored, for a workshop that may not be live on this node. */
  async current(workshopId: string): Promise<ControlState> {
    const cached = this.live.get(workshopId);
    return view(workshopId, cached ?? (await this.read(workshopId, false)));
  }

  /**
   * Called as the workshop becomes live here, with the epoch of this node's lease and the
   * priorities its document holds (BOARD-9: votes on any other are released). No command runs
   * before it ends: every command first waits for the workshop to be live.
   */
  async load(
    workshopId: string,
    epoch: Epoch,
    priorityIds: string[],
    carried: AgreedAction[] = [],
  ): Promise<CommandResult | null> {
    const control = await this.read(workshopId, true);
    this.live.set(workshopId, control);
    this.epochs.set(workshopId, epoch);
    const board = releaseRemovedPriorities(control.board, priorityIds) ?? control.board;
    const actions = withCarried(control.actions, carried);
    if (board === control.board && actions === control.actions) return null;
    return this.save(workshopId, { ...control, board, actions }, null);
  }

  /** The workshop is no longer live here: the next owner reads what was stored. */
  forget(workshopId: string): void {
    this.live.delete(workshopId);
    this.epochs.delete(workshopId);
  }

  command(
    workshopId: string,
    who: Identity,
    commandId: string,
    command: ControlCommand,
  ): Promise<Outcome<CommandResult>> {
    return this.inTurn(workshopId, () => this.apply(workshopId, who, commandId, command));
  }

  private async apply(
    workshopId: string,
    who: Identity,
    commandId: string,
    command: ControlCommand,
  ): Promise<Outcome<CommandResult>> {
    // Read first: loading the document may release votes on priorities that have gone (BOARD-9).
    const priorityIds = command.area === 'board' ? await this.deps.priorityIds(workshopId) : [];
    // Planning the dissent rounds reads which propositions are ready, as a status command does.
    const readsPropositions = ['propositions', 'dissent', 'chair', 'actions'].includes(command.area);
    const propositionOwners = readsPropositions ? await this.deps.propositions(workshopId) : [];
    const councilPriorityIds =
      command.area === 'pooled' ? ((await this.deps.councilPriorityIds?.(workshopId)) ?? []) : [];
    const control = this.cached(workshopId);
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
    return { ok: true, data: await this.save(workshopId, updated, commandId) };
  }

  /**
   * ACTION-5: a workshop of a series takes the open actions of the one before, when it starts and
   * whenever it is opened from there again; an action it has already is kept as it is here.
   */
  carryActions(workshopId: string, actions: AgreedAction[]): Promise<CommandResult | null> {
    return this.inTurn(workshopId, async () => {
      const control = this.cached(workshopId);
      const merged = withCarried(control.actions, actions);
      return merged === control.actions ? null : this.save(workshopId, { ...control, actions: merged }, null);
    });
  }

  /** BOARD-9: the priorities now in the document; votes and allocations on any other are released. */
  followContent(workshopId: string, priorityIds: string[]): Promise<CommandResult | null> {
    return this.inTurn(workshopId, async () => {
      const control = this.cached(workshopId);
      const board = releaseRemovedPriorities(control.board, priorityIds);
      if (!board) return null;
      return this.save(workshopId, { ...control, board }, null);
    });
  }

  /** Runs `change` once the workshop is live here, after every change to it queued before. */
  private inTurn<T>(workshopId: string, change: () => Promise<T>): Promise<T> {
    const before = this.queues.get(workshopId) ?? Promise.resolve();
    const run = before
      .catch(() => undefined)
      .then(async () => {
        await this.deps.live(workshopId);
        return change();
      });
    this.queues.set(workshopId, run);
    void run.finally(() => {
      if (this.queues.get(workshopId) === run) this.queues.delete(workshopId);
    });
    return run;
  }

  private async save(
    workshopId: string,
    updated: LiveControl,
    commandId: string | null,
  ): Promise<CommandResult> {
    const recentCommandIds = commandId
      ? [...updated.recentCommandIds, commandId].slice(-RECENT_COMMANDS)
      : updated.recentCommandIds;
    const next: LiveControl = { ...updated, version: updated.version + 1, recentCommandIds };
    const epoch = this.epochs.get(workshopId);
    if (epoch === undefined) throw new Error(`workshop ${workshopId} is not live on this node`);
    await this.deps.repo.save(workshopId, epoch, toStored(next));
    // Lost while saving (another node took it): what it holds now is the other node's.
    if (this.epochs.get(workshopId) !== epoch) throw new Error(`workshop ${workshopId} moved while saving`);
    this.live.set(workshopId, next);
    const state = view(workshopId, next);
    this.deps.saved?.(workshopId, state, next.teamIds);
    return { state, changed: true };
  }

  private cached(workshopId: string): LiveControl {
    const cached = this.live.get(workshopId);
    if (!cached) throw new Error(`workshop ${workshopId} is not live on this node`);
    return cached;
  }

  /** `keep`: a row that cannot be read is copied aside, as the next save will overwrite it. */
  private async read(workshopId: string, keep: boolean): Promise<LiveControl> {
    const workshop = await this.deps.workshops.find(workshopId);
    if (!workshop) throw new Error(`workshop ${workshopId} does not exist`);
    const raw = await this.deps.repo.load(workshopId);
    const bodies = findTemplate(workshop.templateId)?.room.bodies ?? [];
    const { control, unreadable } = readStoredControl(raw, workshop.agenda, bodies);
    if (unreadable.length > 0 && keep) {
      // The row is about to be overwritten by the next command: keep it as it was.
      await this.deps.repo.keepUnreadable(workshopId, this.deps.nowMs());
      for (const { section, message } of unreadable) {
        this.deps.log.error(
          { workshopId, section, problem: message },
          'stored control state could not be read; that section started afresh and the stored row is kept',
        );
      }
    }
    return { ...control, teamIds: workshop.teams.map((t) => t.id), unreadable };
  }
}

/** ACTION-5: carried actions join the workshop's own; one it has already is kept as it is here. */
function withCarried(own: LiveControl['actions'], carried: AgreedAction[]): LiveControl['actions'] {
  const here = own?.actions ?? [];
  const added = carried.filter((a) => !here.some((h) => h.id === a.id));
  return added.length === 0 ? own : { actions: [...here, ...added] };
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
