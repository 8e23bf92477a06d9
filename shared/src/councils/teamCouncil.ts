import type { Body, RosterState } from '../schema/roster.js';

/**
 * POOL-1: which council a task team speaks for. The body most of its roster's members are in (a
 * tie goes to the body first in the room); with nobody placed in a body yet, the body at the
 * team's own position in the room (the first team is the first council's cabinet, and so on, as
 * the two-council programme sets its teams up). The team's council is that body's council; a body
 * without one (the shared management team) gives none.
 */
export function teamBody(roster: RosterState, teamIds: readonly string[], teamId: string): Body | null {
  const counts = new Map<string, number>();
  for (const member of roster.members) {
    if (member.teamId !== teamId || member.bodyId === null) continue;
    counts.set(member.bodyId, (counts.get(member.bodyId) ?? 0) + 1);
  }
  let best: Body | null = null;
  for (const body of roster.bodies) {
    const count = counts.get(body.id) ?? 0;
    if (count > 0 && count > (best ? (counts.get(best.id) ?? 0) : 0)) best = body;
  }
  if (best) return best;
  const position = teamIds.indexOf(teamId);
  return position >= 0 ? (roster.bodies[position] ?? null) : null;
}

/** The council a team's priorities come from, or null (a team of no council). */
export function teamCouncil(roster: RosterState, teamIds: readonly string[], teamId: string): string | null {
  return teamBody(roster, teamIds, teamId)?.council ?? null;
}

/** Every team's council at once, for a screen that labels many priorities. */
export function teamCouncils(roster: RosterState, teamIds: readonly string[]): Map<string, string | null> {
  return new Map(teamIds.map((teamId) => [teamId, teamCouncil(roster, teamIds, teamId)]));
}

/** The councils of the room, in the room's order (first council first). */
export function roomCouncils(roster: RosterState): string[] {
  const councils: string[] = [];
  for (const body of roster.bodies)
    if (body.council && !councils.includes(body.council)) councils.push(body.council);
  return councils;
}

/**
 * The team that shares both councils' management: the first team of no council (POOL-6). It
 * notes the pooled priorities' implications for work and negotiation; null when every team is a
 * council's (then the facilitator alone notes them).
 */
export function managementTeamId(roster: RosterState, teamIds: readonly string[]): string | null {
  return teamIds.find((teamId) => teamCouncil(roster, teamIds, teamId) === null) ?? null;
}
