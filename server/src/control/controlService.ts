import { z } from 'zod';
import {
  applyClockCommand,
  can,
  clockStateSchema,
  initialClock,
  refusalFor,
  type Agenda,
  type ClockCommandPayload,
  type ClockState,
  type ControlState,
  type Outcome,
  type Role,
} from '../../../shared/src/index.js';
import type { ControlRepo } from '../store/controlRepo.js';
import type { WorkshopRepo } from '../store/workshopRepo.js';

const RECENT_COMMANDS = 200;

const storedControlSchema = z.object({
  clock: clockStateSchema,
  recentCommandIds: z.array(z.string()),
});
type StoredControl = z.infer<typeof storedControlSchema>;

interface LiveControl extends StoredControl {
  agenda: Agenda;
}

export interface CommandResult {
  state: ControlState;
  /** False when the command id was seen before: nothing changed, nothing to broadcast. */
  changed: boolean;
}

/**
 * The session's control state (the agenda clock), decided here and nowhere else. Each accepted
 * command is persisted before it is acknowledged; a retried command id is applied only once.
 */
export class ControlService {
  private readonly live = new Map<string, LiveControl>();

  constructor(
    private readonly repo: ControlRepo,
    private readonly workshops: WorkshopRepo,
    private readonly nowMs: () => number,
  ) {}

  state(workshopId: string): ControlState {
    return this.view(workshopId, this.get(workshopId));
  }

  command(workshopId: string, role: Role, payload: ClockCommandPayload): Outcome<CommandResult> {
    if (!can(role, 'clock:command')) {
      return { ok: false, error: { code: 'forbidden', message: refusalFor('clock:command') } };
    }
    const control = this.get(workshopId);
    if (control.recentCommandIds.includes(payload.commandId)) {
      return { ok: true, value: { state: this.view(workshopId, control), changed: false } };
    }
    const next = applyClockCommand(control.clock, control.agenda, payload.command, this.nowMs());
    if (!next.ok) return next;
    const updated: LiveControl = {
      ...control,
      clock: next.value,
      recentCommandIds: [...control.recentCommandIds, payload.commandId].slice(-RECENT_COMMANDS),
    };
    this.persist(workshopId, updated);
    return { ok: true, value: { state: this.view(workshopId, updated), changed: true } };
  }

  private get(workshopId: string): LiveControl {
    const cached = this.live.get(workshopId);
    if (cached) return cached;
    const workshop = this.workshops.find(workshopId);
    if (!workshop) throw new Error(`workshop ${workshopId} does not exist`);
    const stored = storedControlSchema.safeParse(this.repo.load(workshopId));
    const control: LiveControl = {
      agenda: workshop.agenda,
      ...(stored.success ? stored.data : { clock: initialClock(), recentCommandIds: [] }),
    };
    this.live.set(workshopId, control);
    return control;
  }

  private persist(workshopId: string, control: LiveControl): void {
    const { clock, recentCommandIds } = control;
    this.repo.save(workshopId, { clock, recentCommandIds } satisfies StoredControl);
    this.live.set(workshopId, control);
  }

  private view(workshopId: string, control: LiveControl): ControlState {
    const clock: ClockState = control.clock;
    return { workshopId, version: clock.version, agenda: control.agenda, clock };
  }
}
