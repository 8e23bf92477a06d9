import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaItemKinds,
  findTemplate,
  initialBoard,
  withFlowingStarts,
  type AgendaCommand,
  type BoardCommand,
  type ClockCommand,
  type ControlCommand,
  type Identity,
  type PropositionCommand,
  propositionStatuses,
  type RosterCommand,
  type WitnessesCommand,
} from '../../shared/src/index.js';
import { ControlService } from '../../server/src/control/controlService.js';
import { readStoredControl } from '../../server/src/control/storedControl.js';
import { createLogger } from '../../server/src/log.js';
import { openSqliteStorage } from '../../server/src/store/sqlite/sqliteStorage.js';
import { tempDataDir } from '../support/server.js';

const MIN = 60_000;
const agenda = withFlowingStarts(findTemplate('strategic-political-leadership')!.agenda);
const teams = [
  { id: 'team-1', name: 'Housing' },
  { id: 'team-2', name: 'Adult care' },
];
const priorityPool = ['p1', 'p2', 'p3', 'p4'];
const itemIds = [...agenda.map((item) => item.id), 'added-1', 'added-2', 'added-3', 'nope'];

const actors: Identity[] = [
  { linkId: 'facilitator', name: 'Facilitator', role: 'facilitator', teamId: null },
  { linkId: 'tablet-1', name: 'Housing', role: 'team', teamId: 'team-1' },
  { linkId: 'leader', name: 'Leader', role: 'leader', teamId: null },
  { linkId: 'projector', name: 'Projector', role: 'projector', teamId: null },
];

const clockCommand: fc.Arbitrary<ClockCommand> = fc.oneof(
  fc.constantFrom<ClockCommand>(
    { type: 'start' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'next' },
    { type: 'previous' },
    { type: 'undo' },
    { type: 'reset' },
  ),
  fc.constantFrom(...itemIds).map((itemId): ClockCommand => ({ type: 'goTo', itemId })),
  fc
    .integer({ min: -120, max: 120 })
    .filter((m) => m !== 0)
    .map((minutes): ClockCommand => ({ type: 'adjust', minutes })),
);

const boardCommand: fc.Arbitrary<BoardCommand> = fc.oneof(
  fc.constantFrom<BoardCommand>(
    { type: 'focus', focus: { kind: 'map' } },
    { type: 'focus', focus: { kind: 'team', teamId: 'team-2' } },
    { type: 'clearVotes' },
    { type: 'axes', x: 'Cost', y: 'Benefit' },
  ),
  fc.integer({ min: 0, max: 20 }).map((count): BoardCommand => ({ type: 'votesPerPerson', count })),
  fc.record({
    type: fc.constant('vote' as const),
    cardId: fc.constantFrom(...priorityPool, 'never'),
    delta: fc.constantFrom(1 as const, -1 as const),
  }),
  fc.record({
    type: fc.constant('allocate' as const),
    cardId: fc.constantFrom(...priorityPool, 'never'),
    teamId: fc.constantFrom('team-1', 'team-2', 'team-9', null),
  }),
);

const agendaCommand: fc.Arbitrary<AgendaCommand> = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    item: fc.record({
      id: fc.constantFrom('added-1', 'added-2', 'added-3'),
      title: fc.constantFrom('Lunch', 'Extra witness', 'Wrap-up'),
      kind: fc.constantFrom(...agendaItemKinds),
      durationMin: fc.integer({ min: 0, max: 90 }),
    }),
    index: fc.integer({ min: 0, max: 12 }),
  }),
  fc.record({ type: fc.constant('remove' as const), itemId: fc.constantFrom(...itemIds) }),
  fc.record({
    type: fc.constant('move' as const),
    itemId: fc.constantFrom(...itemIds),
    toIndex: fc.integer({ min: 0, max: 12 }),
  }),
  fc.record(
    {
      type: fc.constant('update' as const),
      itemId: fc.constantFrom(...itemIds),
      title: fc.constantFrom('Renamed item', 'Coffee'),
      durationMin: fc.integer({ min: 0, max: 120 }),
      plannedStart: fc.constantFrom('9.00', '13.30', null),
    },
    { requiredKeys: ['type', 'itemId'] },
  ),
);

/** Propositions in the document, one per team, and an id that is not there (PROP-1). */
const propositionOwners = [
  { id: 'prop-1', teamId: 'team-1' },
  { id: 'prop-2', teamId: 'team-2' },
];
const propositionCommand: fc.Arbitrary<PropositionCommand> = fc.record({
  type: fc.constant('setStatus' as const),
  propositionId: fc.constantFrom('prop-1', 'prop-2', 'prop-gone'),
  status: fc.constantFrom(...propositionStatuses),
});

const memberIds = ['m1', 'm2', 'm3', 'nobody'];
const rosterCommand: fc.Arbitrary<RosterCommand> = fc.oneof(
  fc.record({
    type: fc.constant('addMember' as const),
    member: fc.record({
      id: fc.constantFrom(...memberIds),
      name: fc.constantFrom('Priya Shah', 'Tom Jones', 'Ann Lee'),
      teamId: fc.constantFrom('team-1', 'team-2', 'team-9'),
      bodyId: fc.constantFrom('cabinet', 'management-team', null),
      role: fc.constantFrom('', 'Portfolio holder, Finance'),
    }),
  }),
  fc.record({ type: fc.constant('removeMember' as const), memberId: fc.constantFrom(...memberIds) }),
  fc.record({
    type: fc.constant('updateMember' as const),
    memberId: fc.constantFrom(...memberIds),
    teamId: fc.constantFrom('team-1', 'team-2'),
  }),
  fc.record({
    type: fc.constant('speakFor' as const),
    memberIds: fc.subarray(memberIds),
  }),
  fc.record({
    type: fc.constant('joinTeam' as const),
    member: fc.record({
      id: fc.constantFrom('j1', 'j2'),
      name: fc.constantFrom('Jo Bloggs', 'Kim Ray'),
      bodyId: fc.constant(null),
      role: fc.constant(''),
    }),
  }),
);

const witnessesCommand: fc.Arbitrary<WitnessesCommand> = fc.oneof(
  fc
    .record({ id: fc.constantFrom('w1', 'w2'), to: fc.integer({ min: 0, max: 40 }) })
    .map(({ id, to }): WitnessesCommand => ({
      type: 'addWitness',
      witness: {
        id,
        name: `Witness ${id}`,
        expertise: 'staff mutuals',
        attendance: 'video',
        freeFromMin: 0,
        freeToMin: to,
      },
    })),
  fc.constant<WitnessesCommand>({ type: 'propose' }),
  fc
    .record({
      memberId: fc.constantFrom(...memberIds),
      witnessId: fc.constantFrom('w1', 'w2'),
      slot: fc.integer({ min: 0, max: 4 }),
    })
    .map((placement): WitnessesCommand => ({ type: 'place', placement })),
);

type Step =
  | { kind: 'command'; actor: number; command: ControlCommand; afterMs: number }
  | { kind: 'remove-priority'; id: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      // Mostly the facilitator, who may do the most; the others mostly meet refusals.
      actor: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.nat({ max: actors.length - 1 })),
      command: fc.oneof(
        clockCommand.map((command): ControlCommand => ({ area: 'clock', command })),
        boardCommand.map((command): ControlCommand => ({ area: 'board', command })),
        agendaCommand.map((command): ControlCommand => ({ area: 'agenda', command })),
        rosterCommand.map((command): ControlCommand => ({ area: 'roster', command })),
        propositionCommand.map((command): ControlCommand => ({ area: 'propositions', command })),
        witnessesCommand.map((command): ControlCommand => ({ area: 'witnesses', command })),
      ),
      afterMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 * MIN })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('remove-priority' as const),
      id: fc.constantFrom(...priorityPool),
    }),
  },
);

describe('stored control state', () => {
  it('a workshop stored before rosters follows the programme where it showed the clock and agenda by default', () => {
    const agenda = findTemplate('strategic-political-leadership')!.agenda;
    const board = { ...initialBoard(), focus: { kind: 'agenda' as const } };
    const older = readStoredControl({ version: 3, agenda, board }, agenda, []);
    expect(older.unreadable).toEqual([]);
    expect(older.control.board.focus).toEqual({ kind: 'programme' });
    expect(older.control.roster).toEqual({ bodies: [], members: [], speakingFor: {} });
    // Stored before propositions had a status: every one is a draft, without a complaint.
    expect(older.control.propositions).toEqual({ status: {} });
    // Chosen since: kept.
    const newer = readStoredControl({ version: 3, agenda, board, roster: older.control.roster }, agenda, []);
    expect(newer.control.board.focus).toEqual({ kind: 'agenda' });
  });

  it('any state that accepted commands reach loads back after a restart, equal and complete', async () => {
    const storage = openSqliteStorage({ dataDir: tempDataDir() });
    const { workshops } = storage;
    const log = createLogger('silent');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }), async (steps) => {
        const workshopId = `w${++run}`;
        await workshops.create({
          id: workshopId,
          title: 'W',
          templateId: 'strategic-political-leadership',
          agenda,
          teams,
          createdAtMs: 0,
        });
        let nowMs = Date.UTC(2026, 10, 29, 9, 0);
        let priorities = [...priorityPool];
        const epoch = (await storage.leases.acquire(workshopId, 'node', 60_000))!;
        const service = async () => {
          const made = new ControlService({
            repo: storage.control,
            workshops,
            nowMs: () => nowMs,
            log,
            live: async () => epoch,
            priorityIds: async () => priorities,
            propositions: async () => propositionOwners,
          });
          await made.load(workshopId, epoch, priorities);
          return made;
        };
        const live = await service();
        for (const s of steps) {
          if (s.kind === 'remove-priority') {
            priorities = priorities.filter((id) => id !== s.id);
            await live.followContent(workshopId, priorities);
            continue;
          }
          nowMs += s.afterMs;
          await live.command(workshopId, actors[s.actor]!, `c-${Math.random()}`, s.command);
        }
        // A restart: a new service reads the row through the server's own schema and loader.
        const reloaded = (await service()).state(workshopId);
        expect(reloaded.unreadable).toEqual([]);
        expect(reloaded).toEqual(live.state(workshopId));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
    await storage.close();
  });
});
