import { z } from 'zod';
import {
  applyBoardCommand,
  applyClockCommand,
  boardStateSchema,
  can,
  clockStateSchema,
  initialBoard,
  initialClock,
  refusalFor,
  type Agenda,
  type BoardCommand,
  type ControlState,
  type Identity,
  type Outcome,
  type ClockCommand,
} from '../../../shared/src/index.js';
import type { ControlRepo } from '../store/controlRepo.js';
import type { WorkshopRepo } from '../store/workshopRepo.js';

const RECENT_COMMANDS = 200;

// Defaults let a workshop stored by an older version load: what it lacks starts fresh.
const storedControlSchema = z.object({
  version: z.number().int().min(0).default(0),
  clock: clockStateSchema.default(initialClock),
  board: boardStateSchema.default(initialBoard),
  recentCommandIds: z.array(z.string()).default([]),
});
type StoredControl = z.infer<typeof storedControlSchema>;

interface LiveControl extends StoredControl {
  agenda: Agenda;
  teamIds: string[];
}

export interface CommandResult {
  state: ControlState;
  /** False when the command id was seen before: nothing changed, nothing to broadcast. */
  changed: boolean;
}

type Step = (control: LiveControl) => Outcome<Partial<StoredControl>>;

/**
 * The session's control state (agenda clock, board direction, votes), decided here and nowhere
 * else. Each accepted command is persisted before it is acknowledged; a retried command id is
 * applied only once.
 */
export class ControlService {
  private readonly live = new Map<string, LiveControl>();

  constructor(
    private readonly repo: ControlRepo,
    private readonly workshops: WorkshopRepo,
    private readonly nowMs: () => number,
  ) {}

  state(workshopId: string): ControlState {
    return view(workshopId, this.get(workshopId));
  }

  clockCommand(
    workshopId: string,
    who: Identity,
    commandId: string,
    command: ClockCommand,
  ): Outcome<CommandResult> {
    if (!can(who.role, 'clock:command'))
      return { ok: false, error: { code: 'forbidden', message: refusalFor('clock:command') } };
    return this.apply(workshopId, commandId, (control) => {
      const clock = applyClockCommand(control.clock, control.agenda, command, this.nowMs());
      return clock.ok ? { ok: true, value: { clock: clock.value } } : clock;
    });
  }

  boardCommand(
    workshopId: string,
    who: Identity,
    commandId: string,
    command: BoardCommand,
  ): Outcome<CommandResult> {
    return this.apply(workshopId, commandId, (control) => {
      const board = applyBoardCommand(control.board, command, who, control.teamIds);
      return board.ok ? { ok: true, value: { board: board.value } } : board;
    });
  }

  private apply(workshopId: string, commandId: string, step: Step): Outcome<CommandResult> {
    const control = this.get(workshopId);
    if (control.recentCommandIds.includes(commandId)) {
      return { ok: true, value: { state: view(workshopId, control), changed: false } };
    }
    const result = step(control);
    if (!result.ok) return result;
    const updated: LiveControl = {
      ...control,
      ...result.value,
      version: control.version + 1,
      recentCommandIds: [...control.recentCommandIds, commandId].slice(-RECENT_COMMANDS),
    };
    const { version, clock, board, recentCommandIds } = updated;
    this.repo.save(workshopId, { version, clock, board, recentCommandIds } satisfies StoredControl);
    this.live.set(workshopId, updated);
    return { ok: true, value: { state: view(workshopId, updated), changed: true } };
  }

  private get(workshopId: string): LiveControl {
    const cached = this.live.get(workshopId);
    if (cached) return cached;
    const workshop = this.workshops.find(workshopId);
    if (!workshop) throw new Error(`workshop ${workshopId} does not exist`);
    const stored = storedControlSchema.safeParse(this.repo.load(workshopId) ?? {});
    const control: LiveControl = {
      ...(stored.success ? stored.data : storedControlSchema.parse({})),
      agenda: workshop.agenda,
      teamIds: workshop.teams.map((t) => t.id),
    };
    this.live.set(workshopId, control);
    return control;
  }
}

function view(workshopId: string, control: LiveControl): ControlState {
  const { version, agenda, clock, board } = control;
  return { workshopId, version, agenda, clock, board };
}
