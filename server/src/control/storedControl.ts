import { z } from 'zod';
import {
  agendaSchema,
  boardStateSchema,
  describeIssues,
  initialBoard,
  initialClock,
  initialPairs,
  initialDissent,
  dissentStateSchema,
  initialChair,
  chairStateSchema,
  initialActions,
  actionsStateSchema,
  initialPooled,
  initialPropositions,
  initialRoster,
  initialWitnesses,
  pairsStateSchema,
  pooledStateSchema,
  propositionsStateSchema,
  witnessesStateSchema,
  rosterStateSchema,
  storedClockSchema,
  type Agenda,
  type Body,
  type UnreadableSection,
} from '../../../shared/src/index.js';

export interface LoadedControl {
  control: StoredControl;
  /** Sections that did not parse and started afresh; the caller keeps the raw row and says so. */
  unreadable: UnreadableSection[];
}

const sectionSchemas = {
  version: z.number().int().min(0),
  agenda: agendaSchema,
  clock: storedClockSchema,
  board: boardStateSchema,
  roster: rosterStateSchema,
  propositions: propositionsStateSchema,
  witnesses: witnessesStateSchema,
  pooled: pooledStateSchema,
  pairs: pairsStateSchema,
  dissent: dissentStateSchema,
  chair: chairStateSchema,
  actions: actionsStateSchema,
  recentCommandIds: z.array(z.string()),
};

/** A workshop's control state as it is stored: one JSON row, read back section by section. */
export type StoredControl = z.infer<z.ZodObject<typeof sectionSchemas>>;

/**
 * Reads a stored row. Each section that parses is kept; one that does not starts afresh and is
 * named in `unreadable`, never replaced in silence. A section that is missing (a workshop stored by
 * an older version, before it had that section) starts afresh without a complaint. `createdAgenda`
 * is the agenda the workshop was created with, for rows stored before the agenda could be edited;
 * `bodies` the room's structure from its template, for the roster it starts with.
 */
export function readStoredControl(
  raw: unknown,
  createdAgenda: Agenda,
  bodies: readonly Body[],
): LoadedControl {
  const fresh: StoredControl = {
    version: 0,
    agenda: createdAgenda,
    clock: initialClock(),
    board: initialBoard(),
    roster: initialRoster(bodies),
    propositions: initialPropositions(),
    witnesses: initialWitnesses(),
    pooled: initialPooled(),
    pairs: initialPairs(),
    dissent: initialDissent(),
    chair: initialChair(),
    actions: initialActions(),
    recentCommandIds: [],
  };
  const unreadable: UnreadableSection[] = [];
  if (raw === undefined) return { control: fresh, unreadable };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { control: fresh, unreadable: [{ section: 'all', message: 'the stored state is not an object' }] };
  }
  const row = raw as Record<string, unknown>;
  const control = { ...fresh };
  for (const section of Object.keys(sectionSchemas) as (keyof StoredControl)[]) {
    if (row[section] === undefined) continue;
    const parsed = sectionSchemas[section].safeParse(row[section]);
    if (parsed.success) Object.assign(control, { [section]: parsed.data });
    else unreadable.push({ section, message: describeIssues(parsed.error) });
  }
  // Stored before rosters (and BOARD-11): "the clock and agenda" was the default, and it showed an
  // input's briefing card, which following the programme now does.
  if (row.roster === undefined && control.board.focus.kind === 'agenda') {
    control.board = { ...control.board, focus: { kind: 'programme' } };
  }
  // The clock points into the agenda: a clock past its end cannot be drawn.
  const clockFits =
    control.clock.currentIndex < control.agenda.length &&
    (control.clock.undo?.currentIndex ?? 0) < control.agenda.length;
  if (!clockFits) {
    unreadable.push({ section: 'clock', message: 'currentIndex: the clock is past the end of the agenda' });
    control.clock = initialClock();
  }
  return { control, unreadable };
}
