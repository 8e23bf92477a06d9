import { useState } from 'react';
import { noteTopics, type PooledCommand, type PoolScope } from '../../../shared/src/index.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { FormError } from '../ui/FormError.js';
import { CouncilNote } from './CouncilNote.js';
import { PooledBoard } from './PooledBoard.js';
import { useCouncilFacts, useCouncilPriorities } from './useCouncils.js';

/**
 * The facilitator's pooling (PERM-23): each cabinet priority sorted into shared or separate,
 * duplicates merged (both wordings kept), and the implications noted against each pooled one.
 */
export function PoolingConsole() {
  const { send, error, busy } = useControlCommand();
  const priorities = useCouncilPriorities();
  const facts = useCouncilFacts();
  const pooled = (command: PooledCommand) => void send({ area: 'pooled', command });
  const notingTeams = facts.managementTeamId ? [facts.managementTeamId] : [];
  const sortButtons = (priorityId: string, headline: string, sorted: boolean) => (
    <div className="pooled__actions">
      {(['shared', 'separate'] as PoolScope[]).map((scope) => (
        <button
          key={scope}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => pooled({ type: 'sort', priorityId, scope })}
          aria-label={`${scope === 'shared' ? 'Shared' : 'Separate'}: ${headline}`}
        >
          {scope === 'shared' ? 'Shared' : 'Separate'}
        </button>
      ))}
      {sorted && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => pooled({ type: 'unsort', priorityId })}
          aria-label={`Take back: ${headline}`}
        >
          Take back
        </button>
      )}
      <MergeInto
        priorityId={priorityId}
        headline={headline}
        others={priorities.filter((p) => p.id !== priorityId)}
        onMerge={(intoId) => pooled({ type: 'merge', priorityId, intoId })}
        busy={busy}
      />
    </div>
  );
  return (
    <section className="console__pooled" aria-label="Pooling the corporate priorities">
      <h2>Shared and separate corporate priorities</h2>
      <FormError message={error} />
      <PooledBoard
        unsortedExtra={(w) => sortButtons(w.id, w.headline, false)}
        extra={(entry) => (
          <>
            {entry.wordings.map((w) => (
              <div key={w.id}>{sortButtons(w.id, w.headline, true)}</div>
            ))}
            <CouncilNote
              label="Implications for work and negotiation"
              topic={noteTopics.implications(entry.id)}
              teamIds={notingTeams}
              writable
            />
          </>
        )}
      />
    </section>
  );
}

interface MergeProps {
  priorityId: string;
  headline: string;
  others: { id: string; headline: string }[];
  onMerge: (intoId: string) => void;
  busy: boolean;
}

function MergeInto({ priorityId, headline, others, onMerge, busy }: MergeProps) {
  const [intoId, setIntoId] = useState('');
  if (others.length === 0) return null;
  return (
    <>
      <label className="field">
        <span>Merge “{headline}” with</span>
        <select id={`merge-${priorityId}`} value={intoId} onChange={(e) => setIntoId(e.target.value)}>
          <option value="">Choose a priority</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.headline}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        disabled={busy || !intoId}
        onClick={() => onMerge(intoId)}
        aria-label={`Merge “${headline}”`}
      >
        Merge
      </button>
    </>
  );
}
