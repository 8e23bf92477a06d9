import { useId } from 'react';
import { bodyLabel, TEXT_LIMITS, type Body, type Team } from '../../../shared/src/index.js';
import { LimitedTextField } from '../ui/LimitedTextField.js';

export interface MemberDraft {
  name: string;
  teamId: string;
  bodyId: string | null;
  role: string;
}

/** Roles the handbook's rooms have; any other can be typed. */
const SUGGESTED_ROLES = [
  'Leader',
  'Deputy Leader',
  'Portfolio holder',
  'Chief executive',
  'Director',
  'Head of service',
];

interface Props {
  draft: MemberDraft;
  onChange: (draft: MemberDraft) => void;
  bodies: readonly Body[];
  /** The teams a member may be put on; omitted where the team is given (a tablet adds to its own). */
  teams?: readonly Team[];
}

/** A member's name, team, body and role, as the roster set-up and a tablet's "I'm not on the list" ask for them. */
export function MemberFields({ draft, onChange, bodies, teams }: Props) {
  const id = useId();
  const set = (patch: Partial<MemberDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <LimitedTextField
        label="Name"
        max={TEXT_LIMITS.personName}
        value={draft.name}
        onChange={(name) => set({ name })}
        autoComplete="off"
        required
      />
      {teams && (
        <label className="field">
          <span>Task team</span>
          <select value={draft.teamId} onChange={(e) => set({ teamId: e.target.value })}>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>Body</span>
        <select value={draft.bodyId ?? ''} onChange={(e) => set({ bodyId: e.target.value || null })}>
          <option value="">None</option>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {bodyLabel(body)}
            </option>
          ))}
        </select>
      </label>
      <LimitedTextField
        label="Role, where it matters"
        max={TEXT_LIMITS.memberRole}
        value={draft.role}
        onChange={(role) => set({ role })}
        list={`${id}-roles`}
        placeholder="Portfolio holder, Finance"
        autoComplete="off"
      />
      <datalist id={`${id}-roles`}>
        {SUGGESTED_ROLES.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
    </>
  );
}

/** How a member reads in a list: "Cabinet, First council · Portfolio holder, Finance". */
export function memberDetail(
  member: { bodyId: string | null; role: string },
  bodies: readonly Body[],
): string {
  const body = bodies.find((b) => b.id === member.bodyId);
  return [body && bodyLabel(body), member.role].filter(Boolean).join(' · ');
}
