import type { ListeningNow } from '../dissent/rounds.js';
import { DOC_KEYS, type DocKey } from '../doc/keys.js';
import type { Refusal } from '../result.js';
import { can, refusalFor, type Role } from './permissions.js';

/**
 * How each top-level key of the workshop document may be written (PERM-9, PERM-10). A new kind of
 * content declares itself here, once: who writes it, which field of an entry names the task team
 * that owns it, and who may change or remove an entry. The server checks every update against it.
 */
export interface ContentPolicy {
  /** What one entry is called, in a refusal. */
  noun: string;
  writers: readonly Role[];
  /**
   * The field of an entry (a Y.Map) that holds the owning task team's id, or a list of team ids for
   * an entry several teams share; null: entries have no owner.
   */
  ownerField: string | null;
  /**
   * The field naming the witness an entry is for (PERM-21): a witness link creates, changes and
   * removes only entries for its own witness, and never moves one to another team or witness.
   */
  witnessField?: string;
  /**
   * The server alone makes and removes entries (NOTE-1): their keys are fixed (`<topic>|<team>+<team>`),
   * so two devices making one at once would each replace the other's. Devices write inside them.
   */
  entries?: 'server';
  /**
   * Fields of an entry that another team writes: field → the entry's field naming that team. A
   * presenting team answers the points made against its proposition (DISSENT-8).
   */
  fieldOwners?: Record<string, string>;
  /** Written only by the team listening to the entry's presenting team, during that round (DISSENT-7). */
  whileListening?: boolean;
  edit: 'writers' | 'owner';
  remove: 'writers' | 'owner';
}

export const contentPolicies: Record<DocKey, ContentPolicy> = {
  // The priority map is shared by every team; removing a priority is for the team that made it.
  [DOC_KEYS.cards]: {
    noun: 'priority',
    writers: ['facilitator', 'leader', 'team'],
    ownerField: 'createdByTeamId',
    edit: 'writers',
    remove: 'owner',
  },
  // A witness note is its team's (PERM-21): only that team changes it, and its witness types the
  // answer and adds notes of their own, for any team they see.
  [DOC_KEYS.witnessNotes]: {
    noun: 'witness note',
    writers: ['facilitator', 'team', 'witness'],
    ownerField: 'teamId',
    witnessField: 'witnessId',
    edit: 'owner',
    remove: 'owner',
  },
  // The workshop's briefing: the facilitator's to edit (their own figures); every screen reads it.
  [DOC_KEYS.briefing]: {
    noun: 'briefing card',
    writers: ['facilitator'],
    ownerField: null,
    edit: 'writers',
    remove: 'writers',
  },
  // A team's options and propositions are its own: another team reads them but never changes them.
  [DOC_KEYS.options]: {
    noun: 'option',
    writers: ['facilitator', 'team'],
    ownerField: 'teamId',
    edit: 'owner',
    remove: 'owner',
  },
  [DOC_KEYS.propositions]: {
    noun: 'proposition',
    writers: ['facilitator', 'team'],
    ownerField: 'teamId',
    edit: 'owner',
    remove: 'owner',
  },
  // 10.00 (handbook 001): each cabinet's headline priorities are its own to write and remove.
  [DOC_KEYS.councilPriorities]: {
    noun: 'corporate priority',
    writers: ['facilitator', 'team'],
    ownerField: 'teamId',
    edit: 'owner',
    remove: 'owner',
  },
  // The implications noted against a pooled priority, a portfolio pair's way of working, a team's
  // discussion notes: each note belongs to the teams its key names (POOL-6, PAIR-4), and the server
  // makes every one of them (NOTE-1).
  [DOC_KEYS.councilNotes]: {
    noun: 'note',
    writers: ['facilitator', 'team'],
    ownerField: 'teamIds',
    entries: 'server',
    edit: 'owner',
    remove: 'owner',
  },
  // Ritual dissent: a point is the listening team's while its round runs; the presenting team answers it.
  [DOC_KEYS.dissentPoints]: {
    noun: 'dissent point',
    writers: ['facilitator', 'team'],
    ownerField: 'listeningTeamId',
    edit: 'owner',
    remove: 'owner',
    fieldOwners: { response: 'presentingTeamId' },
    whileListening: true,
  },
  // What a spokesperson notes while listening in silence: their team's, kept with the round.
  [DOC_KEYS.spokespersonNotes]: {
    noun: 'spokesperson’s note',
    writers: ['facilitator', 'team'],
    ownerField: 'teamId',
    edit: 'owner',
    remove: 'owner',
  },
  // Each proposition as presented in each round (DISSENT-11): the server's record; no screen writes it.
  [DOC_KEYS.propositionHistory]: {
    noun: 'record of a round',
    writers: [],
    ownerField: null,
    entries: 'server',
    edit: 'writers',
    remove: 'writers',
  },
  // The discussion of each proposition at the presentations (CHAIR-7): the chair's notes.
  [DOC_KEYS.presentationNotes]: {
    noun: 'note of the discussion',
    writers: ['facilitator', 'leader'],
    ownerField: null,
    edit: 'writers',
    remove: 'writers',
  },
};

/** Who is writing, as the server knows them from the token. */
export interface ContentActor {
  role: Role;
  teamId: string | null;
  /** The witness a witness link belongs to (PERM-22). */
  witnessId?: string | null;
}

/** One change an update makes to one entry of one top-level key, as the server reads it off the update. */
export interface ContentChange {
  key: string;
  /** The entry's key inside the top-level map; null when the change is to the top-level type itself. */
  entry: string | null;
  kind: 'create' | 'edit' | 'remove';
  /** The owner field's value: after a create, before an edit or a remove. */
  owner: unknown;
  /** An edit that changes the owner field. */
  ownerChanged?: boolean;
  /** The witness field's value, read as `owner` is, where the policy has one. */
  witness?: unknown;
  /** An edit that changes the witness field. */
  witnessChanged?: boolean;
  /** An edit's fields of the entry it changed, or inside (where the policy has `fieldOwners`). */
  within?: string[];
  /** The values of the fields the policy reads besides the owner (`fieldOwners`' teams, `round`). */
  fields?: Record<string, unknown>;
}

/** What of the live session a content rule reads (DISSENT-7); asked for only where a policy needs it. */
export interface ContentSession {
  listening: ListeningNow | null;
}

/** The fields of an entry the server reads for a policy, beside its owner and witness. */
export function fieldsToRead(policy: ContentPolicy): string[] {
  const fields = Object.values(policy.fieldOwners ?? {});
  return policy.whileListening ? [...fields, 'round'] : fields;
}

const isDeclared = (key: string): key is DocKey => Object.hasOwn(contentPolicies, key);

/** The document keys a role may write at all: none means the connection is read-only (PERM-9). */
export function writableDocKeys(role: Role): DocKey[] {
  if (!can(role, 'content:write')) return [];
  return (Object.keys(contentPolicies) as DocKey[]).filter((key) =>
    contentPolicies[key].writers.includes(role),
  );
}

/** PERM-9 and PERM-10: null when `actor` may make `change`, else the refusal in words. */
export function contentRefusal(
  actor: ContentActor,
  change: ContentChange,
  session: () => ContentSession = () => ({ listening: null }),
): Refusal | null {
  if (!isDeclared(change.key)) return undeclaredKeyRefusal(change.key);
  const policy = contentPolicies[change.key];
  if (!can(actor.role, 'content:write')) return { code: 'forbidden', message: refusalFor('content:write') };
  if (!policy.writers.includes(actor.role)) {
    return { code: 'forbidden', message: `This screen cannot change a ${policy.noun}.` };
  }
  if (policy.entries === 'server' && change.kind !== 'edit') {
    return {
      code: 'forbidden',
      message: `The board itself starts and ends each ${policy.noun}: a screen only writes in one.`,
    };
  }
  if (policy.ownerField === null || can(actor.role, 'content:remove-any')) return null;
  const fieldOwner = fieldOwnerOf(policy, change);
  if (fieldOwner !== null)
    return actor.teamId !== null && change.fields?.[fieldOwner] === actor.teamId
      ? null
      : { code: 'not-owner', message: `Only the team whose proposition it is answers a ${policy.noun}.` };
  if (policy.whileListening) {
    const refusal = listeningRefusal(actor, change, session().listening, policy);
    if (refusal) return refusal;
  }
  if (policy.witnessField !== undefined && actor.role === 'witness')
    return witnessRefusal(actor, change, policy);
  const owners = ownersOf(change.owner);
  const owns = actor.teamId !== null && owners.includes(actor.teamId);
  switch (change.kind) {
    case 'create':
      // A new entry may name the writer's own team. Where anyone may edit it (a priority) it may
      // also name no team (then only the facilitator removes it); where only its team edits it, an
      // entry of no team would be nobody's, so it must name the writer's.
      return owns || (owners.length === 0 && policy.edit === 'writers')
        ? null
        : { code: 'not-owner', message: `A new ${policy.noun} must belong to your own task team.` };
    case 'edit':
      if (change.ownerChanged)
        return {
          code: 'not-owner',
          message: `Only the facilitator can change which team a ${policy.noun} belongs to.`,
        };
      return policy.edit === 'owner' && !owns ? notOwner(policy, 'change') : null;
    case 'remove':
      return policy.remove === 'owner' && !owns ? notOwner(policy, 'remove') : null;
  }
}

/** PERM-21: a witness writes only entries for their own witness, and moves none to another team or witness. */
function witnessRefusal(actor: ContentActor, change: ContentChange, policy: ContentPolicy): Refusal | null {
  const mine = typeof actor.witnessId === 'string' && change.witness === actor.witnessId;
  if (!mine)
    return {
      code: 'not-owner',
      message: `A witness writes only the ${policy.noun}s for themselves: this one is for another witness.`,
    };
  if (change.ownerChanged || change.witnessChanged)
    return {
      code: 'not-owner',
      message: `Only the facilitator can change which team or witness a ${policy.noun} is for.`,
    };
  // A witness adds and answers; removing is for the team, so no witness can replace a member's
  // question with a note of its own under the same key.
  if (change.kind === 'remove')
    return { code: 'not-owner', message: `Only the team it belongs to can remove a ${policy.noun}.` };
  return null;
}

/** The team field that decides an edit made only inside fields another team owns, or null. */
function fieldOwnerOf(policy: ContentPolicy, change: ContentChange): string | null {
  if (change.kind !== 'edit' || !policy.fieldOwners || !change.within?.length) return null;
  const owners = new Set(change.within.map((field) => policy.fieldOwners![field]));
  const [owner] = owners;
  return owners.size === 1 && owner !== undefined ? owner : null;
}

/** DISSENT-7: the writer's team hears the entry's presenting team in the round now on, and the entry is of that round. */
function listeningRefusal(
  actor: ContentActor,
  change: ContentChange,
  listening: ListeningNow | null,
  policy: ContentPolicy,
): Refusal | null {
  const hears = actor.teamId !== null ? listening?.hears[actor.teamId] : undefined;
  const presenting = change.fields?.presentingTeamId;
  if (listening && hears !== undefined && hears === presenting && change.fields?.round === listening.round)
    return null;
  return {
    code: 'not-listening',
    message: `Only the team hearing a proposition, and only during its round’s dissent or assent, writes a ${policy.noun}.`,
  };
}

/** An owner field's teams: one team id, or a list of them (an entry several teams share). */
function ownersOf(owner: unknown): string[] {
  if (typeof owner === 'string') return [owner];
  return Array.isArray(owner) ? owner.filter((id): id is string => typeof id === 'string') : [];
}

/** PERM-9: the document has only the keys declared in `contentPolicies`. */
export function undeclaredKeyRefusal(key: string): Refusal {
  return {
    code: 'undeclared-key',
    message: `The board has no part called “${key.slice(0, 40)}”, so that change was refused.`,
  };
}

function notOwner(policy: ContentPolicy, verb: string): Refusal {
  return {
    code: 'not-owner',
    message: `Only the task team that made this ${policy.noun}, or the facilitator, can ${verb} it.`,
  };
}
