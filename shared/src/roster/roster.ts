import type { Voters } from '../board/board.js';
import { accept, refuse, type Outcome } from '../result.js';
import type { Body, Member, RosterCommand, RosterState } from '../schema/roster.js';

/** The most people on one task team's roster, and on one tablet (ROSTER-3). */
export const MAX_TEAM_MEMBERS = 30;

/** A roster with the room's bodies from the template and nobody on it yet. */
export function initialRoster(bodies: readonly Body[]): RosterState {
  return { bodies: [...bodies], members: [], speakingFor: {} };
}

/** Who sends a roster command: a team tablet may only touch its own team (ROSTER-5, ROSTER-6). */
export interface RosterActor {
  linkId: string;
  teamId: string | null;
}

/** Applies one roster command (ROSTER-n in SPEC.md). Who may send which is checked before (PERM-13, PERM-14). */
export function applyRosterCommand(
  roster: RosterState,
  command: RosterCommand,
  actor: RosterActor,
  teamIds: readonly string[],
): Outcome<RosterState> {
  switch (command.type) {
    case 'addMember':
      return addMember(roster, command.member, teamIds);
    case 'updateMember':
      return updateMember(roster, command, teamIds);
    case 'removeMember': {
      if (!findMember(roster, command.memberId)) return unknownMember();
      const members = roster.members.filter((m) => m.id !== command.memberId);
      return accept(releaseSpeaker({ ...roster, members }, command.memberId));
    }
    case 'renameBody': {
      if (!roster.bodies.some((b) => b.id === command.bodyId))
        return refuse('unknown-body', 'That body is not part of this workshop.');
      const { bodyId, name, council } = command;
      const bodies = roster.bodies.map((b) =>
        b.id === bodyId ? { id: b.id, name, ...(council ? { council } : {}) } : b,
      );
      return accept({ ...roster, bodies });
    }
    case 'speakFor':
      return speakFor(roster, actor, command.memberIds);
    case 'joinTeam': {
      if (actor.teamId === null) return refuse('not-a-team', 'Only a task team’s tablet can join a team.');
      const added = addMember(roster, { ...command.member, teamId: actor.teamId }, teamIds);
      if (!added.ok) return added;
      const mine = roster.speakingFor[actor.linkId] ?? [];
      return speakFor(added.data, actor, [...mine, command.member.id]);
    }
  }
}

/**
 * ROSTER-7: whose dots a link places: each member it speaks for, or the link itself while it names
 * nobody. It may also take back dots its link placed before it named its people.
 */
export function votersOf(roster: RosterState, linkId: string): Voters {
  const members = roster.speakingFor[linkId] ?? [];
  return members.length
    ? { adding: members, holding: [...members, linkId] }
    : { adding: [linkId], holding: [linkId] };
}

/** The members a link speaks for, in roster order. */
export function speakersOf(roster: RosterState, linkId: string): Member[] {
  const ids = new Set(roster.speakingFor[linkId] ?? []);
  return roster.members.filter((m) => ids.has(m.id));
}

export function membersOf(roster: RosterState, teamId: string): Member[] {
  return roster.members.filter((m) => m.teamId === teamId);
}

/** "Cabinet", or "Cabinet, North Council" where the body names its council. */
export function bodyLabel(body: Body): string {
  return body.council && !body.name.includes(body.council) ? `${body.name}, ${body.council}` : body.name;
}

function findMember(roster: RosterState, memberId: string): Member | undefined {
  return roster.members.find((m) => m.id === memberId);
}

const unknownMember = () =>
  refuse('unknown-member', 'That person is not on the roster: they may have been removed.');

/** ROSTER-1 and ROSTER-2: a member is in one of the workshop's teams, with one of its bodies, under a name their team does not already have. */
function checkMember(roster: RosterState, member: Member, teamIds: readonly string[]): Outcome<Member> {
  if (!teamIds.includes(member.teamId))
    return refuse('unknown-team', 'That task team is not in this workshop.');
  if (member.bodyId !== null && !roster.bodies.some((b) => b.id === member.bodyId))
    return refuse('unknown-body', 'That body is not part of this workshop.');
  const sameName = roster.members.find(
    (m) => m.id !== member.id && m.teamId === member.teamId && sameText(m.name, member.name),
  );
  if (sameName) return refuse('name-taken', `${member.name} is already on this team’s roster.`);
  return accept(member);
}

function addMember(roster: RosterState, member: Member, teamIds: readonly string[]): Outcome<RosterState> {
  // ROSTER-3: ids come from the device that adds; a repeat is a different person, not a retry.
  if (findMember(roster, member.id)) return refuse('member-exists', 'That person is already on the roster.');
  if (roster.members.length >= 300)
    return refuse('roster-full', 'A workshop’s roster holds at most 300 people.');
  if (membersOf(roster, member.teamId).length >= MAX_TEAM_MEMBERS)
    return refuse('team-full', `A task team’s roster holds at most ${MAX_TEAM_MEMBERS} people.`);
  const checked = checkMember(roster, member, teamIds);
  return checked.ok ? accept({ ...roster, members: [...roster.members, checked.data] }) : checked;
}

function updateMember(
  roster: RosterState,
  change: Extract<RosterCommand, { type: 'updateMember' }>,
  teamIds: readonly string[],
): Outcome<RosterState> {
  const member = findMember(roster, change.memberId);
  if (!member) return unknownMember();
  const updated: Member = {
    ...member,
    ...(change.name !== undefined && { name: change.name }),
    ...(change.teamId !== undefined && { teamId: change.teamId }),
    ...(change.bodyId !== undefined && { bodyId: change.bodyId }),
    ...(change.role !== undefined && { role: change.role }),
  };
  const checked = checkMember(roster, updated, teamIds);
  if (!checked.ok) return checked;
  const members = roster.members.map((m) => (m.id === member.id ? updated : m));
  const moved = updated.teamId !== member.teamId;
  return accept(moved ? releaseSpeaker({ ...roster, members }, member.id) : { ...roster, members });
}

/**
 * ROSTER-5: a team tablet speaks for members of its own team. A person speaks through one device
 * at a time: claiming them here releases them from any other, so a replaced tablet takes over and
 * no one's votes count twice.
 */
function speakFor(
  roster: RosterState,
  actor: RosterActor,
  memberIds: readonly string[],
): Outcome<RosterState> {
  const ids = Array.from(new Set(memberIds));
  for (const memberId of ids) {
    const member = findMember(roster, memberId);
    if (!member) return unknownMember();
    if (member.teamId !== actor.teamId)
      return refuse(
        'other-team',
        `${member.name} is on another team’s roster: a tablet speaks for its own team.`,
      );
  }
  const speakingFor: RosterState['speakingFor'] = {};
  for (const [linkId, claimed] of Object.entries(roster.speakingFor)) {
    const kept = linkId === actor.linkId ? [] : claimed.filter((m) => !ids.includes(m));
    if (kept.length) speakingFor[linkId] = kept;
  }
  if (ids.length) speakingFor[actor.linkId] = ids;
  return accept({ ...roster, speakingFor });
}

/** After a member leaves or moves to another team, no device speaks for them until one claims them again. */
function releaseSpeaker(roster: RosterState, memberId: string): RosterState {
  const speakingFor: RosterState['speakingFor'] = {};
  for (const [linkId, claimed] of Object.entries(roster.speakingFor)) {
    const kept = claimed.filter((id) => id !== memberId);
    if (kept.length) speakingFor[linkId] = kept;
  }
  return { ...roster, speakingFor };
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
