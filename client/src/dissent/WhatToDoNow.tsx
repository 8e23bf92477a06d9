import { useEffect, useId, useState } from 'react';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { useTeamMembers } from '../roster/useRoster.js';
import { whatToDoNow } from './instructions.js';
import { playTone, wakeTone } from './tone.js';
import { useTonePreference } from './tonePreference.js';
import { useDissent } from './useDissent.js';
import { usePhaseChanges } from './usePhaseChanges.js';

/** How long the panel stays highlighted after the phase changes: long enough to be seen across the table. */
export const CUE_MS = 3000;

/**
 * What this team does now, large, at the top of its ritual-dissent workspace. When the phase
 * changes the panel lights up for a moment (a flash, or without motion a plain highlight), so a
 * table that looks up sees that something has changed.
 */
export function WhatToDoNow({ teamId }: { teamId: string }) {
  const view = useDissent();
  const changes = usePhaseChanges();
  const [settled, setSettled] = useState(0);
  const headingId = useId();
  useEffect(() => {
    if (changes === settled) return;
    const timer = setTimeout(() => setSettled(changes), CUE_MS);
    return () => clearTimeout(timer);
  }, [changes, settled]);
  const cueing = changes > settled;
  const [first, ...more] = whatToDoNow(view, teamId);
  return (
    <section className={`what-now ${cueing ? 'what-now--cue' : ''}`} aria-labelledby={headingId}>
      {/* A new element on each change, so the flash plays again even within the last one's time. */}
      {cueing && <span key={changes} className="what-now__flash" aria-hidden="true" />}
      <h2 id={headingId} className="what-now__heading">
        What to do now
      </h2>
      <p className="what-now__first">{first}</p>
      {more.map((line) => (
        <p key={line} className="what-now__line">
          {line}
        </p>
      ))}
      <div className="what-now__settings">
        <ToneSwitch />
        <SpokespersonChoice teamId={teamId} />
      </div>
    </section>
  );
}

function ToneSwitch() {
  const [on, setOn] = useTonePreference();
  return (
    <label className="radio">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => {
          setOn(event.target.checked);
          // The tap itself lets the page make sound, and the team hears what the tone is like.
          if (event.target.checked) {
            wakeTone();
            playTone();
          }
        }}
      />
      Sound a tone when the phase changes
    </label>
  );
}

/** PERM-26: the team chooses its own spokesperson, before the rounds start or while revising for the next. */
function SpokespersonChoice({ teamId }: { teamId: string }) {
  const { plan, run } = useDissent();
  const members = useTeamMembers(teamId);
  const { send, error, busy } = useControlCommand();
  const id = useId();
  const between = !run || (run.phase === 'revise' && run.status !== 'finished');
  if (!plan?.presenting.includes(teamId) || !between || members.length === 0) return null;
  return (
    <div className="field what-now__spokesperson">
      <label htmlFor={id}>Our spokesperson</label>
      <select
        id={id}
        value={plan.spokespeople[teamId] ?? ''}
        disabled={busy}
        onChange={(event) =>
          void send({
            area: 'dissent',
            command: { type: 'setSpokesperson', teamId, memberId: event.target.value },
          })
        }
      >
        {!plan.spokespeople[teamId] && <option value="">Choose who presents</option>}
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <FormError message={error} />
    </div>
  );
}
