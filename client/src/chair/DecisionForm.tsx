import { useId } from 'react';
import { decisionLabels, decisions, type Decision } from '../../../shared/src/index.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { useStoredDraft } from '../ui/useDraft.js';
import { useChairState } from './useChair.js';

/** CHAIR-5: one of four decisions; "agreed with changes" writes the changes down. */
export function DecisionForm({ propositionId, title }: { propositionId: string; title: string }) {
  const chair = useChairState();
  const recorded = chair.decisions[propositionId];
  const [draft, setDraft] = useStoredDraft(`decision-changes-${propositionId}`);
  const changes = draft ?? recorded?.changes ?? '';
  const { send, error, busy } = useControlCommand();
  const decide = async (decision: Decision | null) => {
    const sent = await send({
      area: 'chair',
      command: { type: 'decide', propositionId, decision, changes: changes.trim() },
    });
    if (sent) setDraft(null);
  };
  const fieldId = useId();
  return (
    <section className="chair__decision" aria-label={`Decision on ${title || 'the proposition'}`}>
      <h3>Decision</h3>
      <p className="chair__decided" role="status">
        {recorded ? `Decided: ${decisionLabels[recorded.decision]}` : 'No decision yet'}
        {recorded?.changes && `, with these changes: ${recorded.changes}`}
      </p>
      <div className="field">
        <label htmlFor={fieldId}>Changes agreed (for “agreed with changes”)</label>
        <textarea
          id={fieldId}
          rows={2}
          maxLength={2000}
          value={changes}
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <div className="chair__decisions">
        {decisions.map((d) => (
          <button
            key={d}
            type="button"
            className="button"
            aria-pressed={recorded?.decision === d}
            disabled={busy}
            onClick={() => void decide(d)}
          >
            {decisionLabels[d]}
          </button>
        ))}
        {recorded && (
          <button type="button" className="button" disabled={busy} onClick={() => void decide(null)}>
            Take the decision back
          </button>
        )}
      </div>
      <FormError message={error} />
    </section>
  );
}
