import {
  actionLevelLabels,
  actionLevels,
  actionStatusLabels,
  formatDueDate,
  type AgreedAction,
} from '../../../shared/src/index.js';
import { useState } from 'react';
import { useRoster } from '../roster/useRoster.js';
import { useWorkshop } from '../state/sessionContext.js';
import { usePropositions } from '../teamWork/useDocRead.js';
import { EditActionForm } from './ActionForms.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { useActions } from './useChair.js';

/** "Ann Lee" from the rosters, or the name written in; "No owner yet". */
export function useOwnerName(): (action: AgreedAction) => string {
  const roster = useRoster();
  return (action) => {
    const owner = action.owner;
    if (!owner) return 'No owner yet';
    if ('name' in owner) return owner.name;
    return roster.members.find((m) => m.id === owner.memberId)?.name ?? 'Someone no longer on the rosters';
  };
}

/**
 * The actions: those proposed, waiting for the Leader (who confirms, or drops them: ACTION-3), and
 * those agreed, by level (ACTION-4). `chairs`: this screen is the Leader's or the facilitator's.
 */
export function ActionList({ chairs }: { chairs: boolean }) {
  const { doc } = useWorkshop();
  const propositions = usePropositions(doc);
  const [changing, setChanging] = useState<string | null>(null);
  const actions = useActions();
  const ownerOf = useOwnerName();
  const { send, error, busy } = useControlCommand();
  const act = (type: 'confirm' | 'drop', actionId: string) =>
    void send({ area: 'actions', command: { type, actionId } });
  const proposed = actions.filter((a) => a.status === 'proposed');
  const agreed = actions.filter((a) => a.status === 'confirmed' || a.status === 'done');
  const line = (a: AgreedAction) =>
    `${a.commitment} (${ownerOf(a)}${a.council ? `, ${a.council}` : ''}; ${formatDueDate(a.dueDate)})`;
  return (
    <section className="actions" aria-label="Actions">
      <h3>Proposed, waiting for the Leader</h3>
      {proposed.length === 0 && <p>Nothing waiting.</p>}
      <ul className="actions__list">
        {proposed.map((a) => (
          <li key={a.id}>
            <span>
              <strong>{actionLevelLabels[a.level]}:</strong> {line(a)}
            </span>
            {chairs && changing === a.id && (
              <EditActionForm action={a} propositions={propositions} done={() => setChanging(null)} />
            )}
            {chairs && changing !== a.id && (
              <span className="actions__buttons">
                <ActionButton label="Change" action={a} onClick={() => setChanging(a.id)} />
                <ActionButton
                  label="Confirm"
                  action={a}
                  primary
                  disabled={busy}
                  onClick={() => act('confirm', a.id)}
                />
                <ActionButton label="Drop" action={a} disabled={busy} onClick={() => act('drop', a.id)} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <h3>Agreed</h3>
      {actionLevels.map((level) => {
        const here = agreed.filter((a) => a.level === level);
        return (
          <section key={level} aria-label={`${actionLevelLabels[level]} actions`}>
            <h4>{actionLevelLabels[level]}</h4>
            {here.length === 0 ? (
              <p>None yet.</p>
            ) : (
              <ul className="actions__list">
                {here.map((a) => (
                  <li key={a.id}>
                    <span>
                      {line(a)}
                      {a.status === 'done' && ` · ${actionStatusLabels.done}`}
                      {a.carriedFrom && ` · from ${a.carriedFrom.title}`}
                    </span>
                    {chairs &&
                      (changing === a.id ? (
                        <EditActionForm
                          action={a}
                          propositions={propositions}
                          done={() => setChanging(null)}
                        />
                      ) : (
                        <span className="actions__buttons">
                          <ActionButton label="Change" action={a} onClick={() => setChanging(a.id)} />
                          <ActionButton
                            label={a.status === 'done' ? 'Not done yet' : 'Done'}
                            action={a}
                            disabled={busy}
                            onClick={() =>
                              void send({
                                area: 'actions',
                                command: { type: 'markDone', actionId: a.id, done: a.status !== 'done' },
                              })
                            }
                          />
                          <ActionButton
                            label="Drop"
                            action={a}
                            disabled={busy}
                            onClick={() => act('drop', a.id)}
                          />
                        </span>
                      ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <FormError message={error} />
    </section>
  );
}

/** A button on one action, named with its commitment so a screen reader says which. */
function ActionButton(props: {
  label: string;
  action: AgreedAction;
  onClick: () => void;
  primary?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className={props.primary ? 'button button--primary' : 'button'}
      disabled={props.disabled}
      aria-label={`${props.label}: ${props.action.commitment}`}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
