import { useState, type FormEvent } from 'react';
import type { Member } from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useSessionState } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { MemberFields, memberDetail, type MemberDraft } from './MemberFields.js';
import { namesList, useMySpeakers, useRoster, useTeamMembers } from './useRoster.js';
import './roster.css';

/**
 * The tablet's "who is here": the people using it pick their names from their team's roster, and
 * someone not on it adds themselves (ROSTER-5, ROSTER-6). Asked at once while nobody has, then
 * one tap away in the tablet's bar.
 */
export function WhoIsHere({ teamId }: { teamId: string }) {
  const speakers = useMySpeakers();
  const onRoster = useTeamMembers(teamId).length > 0;
  // Asked by itself while the team has a roster and nobody here has answered; otherwise on a tap.
  const [asked, setAsked] = useState<'unasked' | 'open' | 'answered'>('unasked');
  const asking = asked === 'open' || (asked === 'unasked' && onRoster && speakers.length === 0);
  return (
    <div className="who-is-here">
      <p className="who-is-here__summary">
        {speakers.length > 0 && <>Speaking for {namesList(speakers)}</>}
        {!asking && (
          <button type="button" className="button" onClick={() => setAsked('open')}>
            {speakers.length ? 'Change who is here' : onRoster ? 'Pick your names' : 'Add your name'}
          </button>
        )}
      </p>
      {asking && (
        <PickNames
          teamId={teamId}
          speakers={speakers}
          done={() => setAsked('answered')}
          canClose={asked === 'open'}
        />
      )}
    </div>
  );
}

interface PickProps {
  teamId: string;
  speakers: Member[];
  done: () => void;
  canClose: boolean;
}

function PickNames({ teamId, speakers, done, canClose }: PickProps) {
  const members = useTeamMembers(teamId);
  const roster = useRoster();
  const linkId = useSessionState((s) => s.identity?.linkId ?? '');
  const [chosen, setChosen] = useState(() => new Set(speakers.map((m) => m.id)));
  const [adding, setAdding] = useState(members.length === 0);
  const control = useControlCommand();
  const elsewhere = new Set(
    Object.entries(roster.speakingFor).flatMap(([link, ids]) => (link === linkId ? [] : ids)),
  );
  const toggle = (id: string) =>
    setChosen((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const memberIds = members.filter((m) => chosen.has(m.id)).map((m) => m.id);
    if (await control.send({ area: 'roster', command: { type: 'speakFor', memberIds } })) done();
  };
  return (
    <section className="who-is-here__ask" aria-labelledby="who-is-here-heading">
      <h2 id="who-is-here-heading">Who is using this tablet?</h2>
      {members.length > 0 && (
        <form onSubmit={(e) => void submit(e)}>
          <fieldset>
            <legend>Tick everyone sharing it: each brings their own votes.</legend>
            {members.map((member) => (
              <label key={member.id} className="who-is-here__name">
                <input type="checkbox" checked={chosen.has(member.id)} onChange={() => toggle(member.id)} />
                <span>
                  <strong>{member.name}</strong>
                  <small>
                    {[
                      memberDetail(member, roster.bodies),
                      elsewhere.has(member.id) && 'on another tablet now',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </small>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button--primary" disabled={control.busy}>
            {chosen.size ? 'These people are here' : 'None of these people is here'}
          </button>{' '}
          {canClose && (
            <button type="button" className="button" onClick={done}>
              Cancel
            </button>
          )}
        </form>
      )}
      <FormError message={control.error} />
      {adding ? (
        <AddMyself
          done={done}
          cancel={canClose || members.length > 0 ? () => (members.length ? setAdding(false) : done()) : null}
        />
      ) : (
        <button type="button" className="button who-is-here__missing" onClick={() => setAdding(true)}>
          I’m not on the list
        </button>
      )}
    </section>
  );
}

function AddMyself({ done, cancel }: { done: () => void; cancel: (() => void) | null }) {
  const roster = useRoster();
  const teamId = useSessionState((s) => s.identity?.teamId ?? '');
  const [draft, setDraft] = useState<MemberDraft>({ name: '', teamId, bodyId: null, role: '' });
  const control = useControlCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { name, bodyId, role } = draft;
    const member = { id: randomId(), name, bodyId, role };
    if (await control.send({ area: 'roster', command: { type: 'joinTeam', member } })) {
      setDraft({ ...draft, name: '', role: '' });
      done();
    }
  };
  return (
    <form className="roster-form" onSubmit={(e) => void submit(e)} aria-labelledby="add-myself-heading">
      <h3 id="add-myself-heading">Add your name to this team</h3>
      <MemberFields draft={draft} onChange={setDraft} bodies={roster.bodies} />
      <button type="submit" className="button button--primary" disabled={control.busy}>
        Add me
      </button>{' '}
      {cancel && (
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
      )}
      <FormError message={control.error} />
    </form>
  );
}
