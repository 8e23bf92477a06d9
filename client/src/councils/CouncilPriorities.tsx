import { useState, type FormEvent } from 'react';
import {
  addCouncilPriority,
  councilPriorityFit,
  councilPrioritiesMap,
  noteTopics,
  setCouncilHeadline,
  type CouncilPriorityText,
} from '../../../shared/src/index.js';
import { useYText } from '../board/useYText.js';
import { randomId } from '../live/ids.js';
import { useWorkshop } from '../state/sessionContext.js';
import { LimitedTextField } from '../ui/LimitedTextField.js';
import { possessive } from '../ui/possessive.js';
import { CouncilNote } from './CouncilNote.js';
import { PooledBoard } from './PooledBoard.js';
import { useCouncilFacts, useCouncilPriorities } from './useCouncils.js';

const HEADLINE_MAX = 120;

/**
 * A tablet at 10.00 (handbook 001): a cabinet sets out its headline priorities and how they fit the
 * budget reductions and the Localism Bill; every table sees them pooled into shared and separate;
 * the shared management team notes the implications for work and negotiation (POOL-6).
 */
export function CouncilPriorities({ teamId }: { teamId: string }) {
  const facts = useCouncilFacts();
  const council = facts.teamCouncils.get(teamId) ?? null;
  const mine = useCouncilPriorities().filter((p) => p.teamId === teamId);
  const notesImplications = teamId === facts.managementTeamId;
  const notingTeams = facts.managementTeamId ? [facts.managementTeamId] : [];
  return (
    <div className="councils-priorities">
      {council && (
        <section aria-label={`${possessive(council)} headline priorities`}>
          <h2>{possessive(council)} headline priorities</h2>
          <p>How does each fit the budget reductions and the Localism Bill?</p>
          <ul>
            {mine.map((p) => (
              <OwnPriority key={p.id} priority={p} />
            ))}
          </ul>
          <AddCouncilPriority teamId={teamId} />
        </section>
      )}
      <section aria-label="Pooled priorities">
        <h2>Pooled: shared and separate</h2>
        <PooledBoard
          extra={(entry) => (
            <CouncilNote
              label="Implications for work and negotiation"
              topic={noteTopics.implications(entry.id)}
              teamIds={notingTeams}
              writable={notesImplications}
            />
          )}
        />
      </section>
    </div>
  );
}

function AddCouncilPriority({ teamId }: { teamId: string }) {
  const { doc } = useWorkshop();
  const [headline, setHeadline] = useState('');
  const [fit, setFit] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!headline.trim()) return;
    addCouncilPriority(doc, randomId(), teamId, headline.trim(), fit.trim());
    setHeadline('');
    setFit('');
  };
  return (
    <form className="councils-priorities__add" onSubmit={submit} aria-label="Add a headline priority">
      <LimitedTextField
        label="Headline priority"
        max={HEADLINE_MAX}
        value={headline}
        onChange={setHeadline}
      />
      <div className="field">
        <label htmlFor={`fit-${teamId}`}>How it fits</label>
        <textarea id={`fit-${teamId}`} rows={2} value={fit} onChange={(e) => setFit(e.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={!headline.trim()}>
        Add priority
      </button>
    </form>
  );
}

function OwnPriority({ priority }: { priority: CouncilPriorityText }) {
  const { doc } = useWorkshop();
  const [draft, setDraft] = useState<string | null>(null);
  const fit = councilPriorityFit(doc, priority.id);
  const commit = () => {
    if (draft !== null && draft.trim() && draft.trim() !== priority.headline)
      setCouncilHeadline(doc, priority.id, draft.trim());
    setDraft(null);
  };
  return (
    <li className="councils-priorities__own">
      <LimitedTextField
        label="Headline"
        max={HEADLINE_MAX}
        value={draft ?? priority.headline}
        onChange={setDraft}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {fit && <FitField text={fit} id={priority.id} />}
      <button type="button" className="button" onClick={() => councilPrioritiesMap(doc).delete(priority.id)}>
        Remove “{priority.headline}”
      </button>
    </li>
  );
}

function FitField({ text, id }: { text: NonNullable<ReturnType<typeof councilPriorityFit>>; id: string }) {
  const bound = useYText<HTMLTextAreaElement>(text);
  return (
    <div className="field">
      <label htmlFor={`fit-of-${id}`}>How it fits</label>
      <textarea id={`fit-of-${id}`} rows={2} {...bound} />
    </div>
  );
}
