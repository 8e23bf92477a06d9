import { useState, type FormEvent } from 'react';
import type { Body, Member, RosterCommand, Team } from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useTeams } from '../state/sessionContext.js';
import { Confirm } from '../ui/Confirm.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { BodiesForm } from './BodiesForm.js';
import { MemberFields, memberDetail, type MemberDraft } from './MemberFields.js';
import { useRoster } from './useRoster.js';
import './roster.css';

type Send = (command: RosterCommand) => Promise<boolean>;

/**
 * The facilitator's roster set-up (PERM-13): who is in each task team, their body and role. Done
 * before the day or in the room; tablets then pick their people's names from it.
 */
export function RosterPanel() {
  const roster = useRoster();
  const teams = useTeams();
  const control = useControlCommand();
  const send: Send = (command) => control.send({ area: 'roster', command });
  const spoken = new Set(Object.values(roster.speakingFor).flat());
  return (
    <section className="roster-panel" aria-labelledby="roster-heading">
      <h2 id="roster-heading">Rosters</h2>
      <p className="roster-panel__hint">
        Who is in each task team. On a tablet, people pick their names; a shared tablet speaks for several.
      </p>
      {teams.map((team) => (
        <TeamRoster
          key={team.id}
          team={team}
          members={roster.members.filter((m) => m.teamId === team.id)}
          bodies={roster.bodies}
          teams={teams}
          spoken={spoken}
          send={send}
        />
      ))}
      <AddMember teams={teams} bodies={roster.bodies} send={send} />
      <FormError message={control.error} />
      <details className="roster-panel__room">
        <summary>The room: councils and bodies</summary>
        <BodiesForm bodies={roster.bodies} send={send} />
      </details>
    </section>
  );
}

interface TeamRosterProps {
  team: Team;
  members: Member[];
  bodies: Body[];
  teams: Team[];
  spoken: Set<string>;
  send: Send;
}

function TeamRoster({ team, members, bodies, teams, spoken, send }: TeamRosterProps) {
  return (
    <div className="roster-panel__team">
      <h3>{team.name}</h3>
      {members.length === 0 ? (
        <p className="roster-panel__empty">Nobody on this roster yet.</p>
      ) : (
        <ul aria-label={`${team.name}’s roster`}>
          {members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              bodies={bodies}
              teams={teams}
              onTablet={spoken.has(member.id)}
              send={send}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface MemberRowProps {
  member: Member;
  bodies: Body[];
  teams: Team[];
  onTablet: boolean;
  send: Send;
}

function MemberRow({ member, bodies, teams, onTablet, send }: MemberRowProps) {
  const [mode, setMode] = useState<'show' | 'edit' | 'remove'>('show');
  if (mode === 'edit')
    return (
      <li>
        <EditMember member={member} bodies={bodies} teams={teams} send={send} done={() => setMode('show')} />
      </li>
    );
  const detail = memberDetail(member, bodies);
  return (
    <li className="roster-member">
      <span className="roster-member__name">{member.name}</span>
      {detail && <span className="roster-member__detail">{detail}</span>}
      {onTablet && <span className="roster-member__here">on a tablet</span>}
      {mode === 'remove' ? (
        <Confirm
          label={`Remove ${member.name}?`}
          question={`Take ${member.name} off the roster?`}
          actions={[
            {
              label: 'Remove',
              danger: true,
              run: () => void send({ type: 'removeMember', memberId: member.id }),
            },
          ]}
          keep="Keep them"
          onKeep={() => setMode('show')}
        />
      ) : (
        <span className="roster-member__actions">
          <button type="button" className="button" onClick={() => setMode('edit')} data-returns-focus>
            Edit<span className="visually-hidden"> {member.name}</span>
          </button>
          <button type="button" className="button" onClick={() => setMode('remove')}>
            Remove<span className="visually-hidden"> {member.name}</span>
          </button>
        </span>
      )}
    </li>
  );
}

function EditMember({
  member,
  bodies,
  teams,
  send,
  done,
}: Omit<MemberRowProps, 'onTablet'> & { done: () => void }) {
  const [draft, setDraft] = useState<MemberDraft>(member);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { name, teamId, bodyId, role } = draft;
    if (await send({ type: 'updateMember', memberId: member.id, name, teamId, bodyId, role })) done();
  };
  return (
    <form className="roster-form" onSubmit={(e) => void submit(e)} aria-label={`Edit ${member.name}`}>
      <MemberFields draft={draft} onChange={setDraft} bodies={bodies} teams={teams} />
      <button type="submit" className="button button--primary">
        Save
      </button>{' '}
      <button type="button" className="button" onClick={done}>
        Cancel
      </button>
    </form>
  );
}

function AddMember({ teams, bodies, send }: { teams: Team[]; bodies: Body[]; send: Send }) {
  const blank = (teamId: string): MemberDraft => ({ name: '', teamId, bodyId: null, role: '' });
  const [draft, setDraft] = useState<MemberDraft>(blank(teams[0]?.id ?? ''));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const member = { ...draft, id: randomId(), teamId: draft.teamId || (teams[0]?.id ?? '') };
    // The next person is often on the same team and body: keep those, clear the rest.
    if (await send({ type: 'addMember', member }))
      setDraft({ ...blank(member.teamId), bodyId: draft.bodyId });
  };
  return (
    <form className="roster-form" onSubmit={(e) => void submit(e)} aria-labelledby="roster-add-heading">
      <h3 id="roster-add-heading">Add someone</h3>
      <MemberFields draft={draft} onChange={setDraft} bodies={bodies} teams={teams} />
      <button type="submit" className="button button--primary">
        Add to the roster
      </button>
    </form>
  );
}
