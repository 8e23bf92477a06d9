import {
  contentRefusal,
  DOC_KEYS,
  listeningNow,
  type DissentPoint,
  type DissentState,
  type Identity,
  type PointAnswer,
  type PointKind,
} from '../../../shared/src/index.js';

export const kindNames: Record<PointKind, string> = { dissent: 'Dissent', assent: 'Assent' };
export const answerNames: Record<PointAnswer, string> = {
  open: 'Not answered yet',
  addressed: 'Addressed',
  rejected: 'Rejected',
};

/**
 * DISSENT-7, as the server decides it: this screen may write a point of `round` against
 * `presentingTeamId` now. Asked of the same rule the server runs, so the tablet never offers a
 * point the server would refuse.
 */
export function mayWritePoint(
  identity: Identity | null,
  dissent: DissentState | null,
  teamId: string,
  presentingTeamId: string,
  round: number,
): boolean {
  if (!identity) return false;
  const change = {
    key: DOC_KEYS.dissentPoints,
    entry: null,
    kind: 'create' as const,
    owner: teamId,
    fields: { presentingTeamId, round },
  };
  return contentRefusal(identity, change, () => ({ listening: listeningNow(dissent ?? undefined) })) === null;
}

/** DISSENT-8: only the team whose proposition it is (or the facilitator) answers a point. */
export function mayAnswerPoint(identity: Identity | null, point: DissentPoint): boolean {
  if (!identity) return false;
  const change = {
    key: DOC_KEYS.dissentPoints,
    entry: point.id,
    kind: 'edit' as const,
    owner: point.listeningTeamId,
    within: ['response'],
    fields: { presentingTeamId: point.presentingTeamId },
  };
  return contentRefusal(identity, change) === null;
}

/** A point's words for a button's name: short, and something even when nothing is typed yet. */
export function pointWords(point: DissentPoint): string {
  const text = point.text.trim().replace(/\s+/g, ' ');
  if (!text) return 'no words yet';
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/** Points grouped by round and by the other team of each, rounds in order. */
export function byRoundAndTeam(
  points: readonly DissentPoint[],
  team: (p: DissentPoint) => string,
): { round: number; teamId: string; points: DissentPoint[] }[] {
  const groups = new Map<string, { round: number; teamId: string; points: DissentPoint[] }>();
  for (const point of points) {
    const key = `${point.round}|${team(point)}`;
    const group = groups.get(key) ?? { round: point.round, teamId: team(point), points: [] };
    group.points.push(point);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.round - b.round);
}
