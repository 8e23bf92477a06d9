import type { Card, Option, WitnessNote } from '../../../shared/src/index.js';
import { useWitnessSessions } from '../witnesses/useWitnesses.js';

interface Props {
  cited: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

const firstLine = (text: string, otherwise: string) => text.trim().split('\n')[0] || otherwise;

/** The team's options, as choices a proposition cites, each named by its words and its priority. */
export function OptionCitations({
  options,
  cards,
  cited,
  onToggle,
}: Props & { options: Option[]; cards: Card[] }) {
  return (
    <fieldset className="field">
      <legend>Options it draws on</legend>
      {options.length === 0 && <p>No options yet: the team works them up under Options.</p>}
      {options.map((option) => (
        <label key={option.id} className="radio">
          <input
            type="checkbox"
            checked={cited.includes(option.id)}
            onChange={(event) => onToggle(option.id, event.target.checked)}
          />
          <span>
            {firstLine(option.description, 'An option with no description yet')}
            <span className="team-work__meta">
              {' '}
              · for “{cards.find((c) => c.id === option.priorityId)?.title ?? 'a priority since removed'}”
              {option.shortlisted && ' · shortlisted'}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The team's witness notes, grouped by witness and named as the witness sessions name them, as
 * choices a proposition cites (a witness no longer set up is numbered instead).
 */
export function NoteCitations({ notes, cited, onToggle }: Props & { notes: WitnessNote[] }) {
  const sessions = useWitnessSessions();
  const witnesses = Array.from(new Set(notes.map((n) => n.witnessId)));
  const nameOf = (witnessId: string, i: number) =>
    sessions.witnesses.find((w) => w.id === witnessId)?.name ?? `Witness ${i + 1}`;
  return (
    <fieldset className="field">
      <legend>Witness evidence it draws on</legend>
      {notes.length === 0 && <p>No witness notes yet: they come from the witness sessions.</p>}
      {witnesses.map((witnessId, i) => (
        <fieldset key={witnessId} className="team-work__witness">
          <legend>{nameOf(witnessId, i)}</legend>
          {notes
            .filter((n) => n.witnessId === witnessId)
            .map((note) => (
              <label key={note.id} className="radio">
                <input
                  type="checkbox"
                  checked={cited.includes(note.id)}
                  onChange={(event) => onToggle(note.id, event.target.checked)}
                />
                <span>
                  {firstLine(note.question, 'A note with no question')}
                  {note.answer.trim() && (
                    <span className="team-work__meta"> — {firstLine(note.answer, '')}</span>
                  )}
                </span>
              </label>
            ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
