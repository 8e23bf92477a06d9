import { useId, useState } from 'react';
import {
  addSpokespersonNote,
  contentRefusal,
  DOC_KEYS,
  spokespersonNoteText,
} from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { SharedTextField } from '../teamWork/fields.js';
import { useSpokespersonNotes } from '../teamWork/useDocRead.js';
import { FieldItem } from './FieldItem.js';
import { useDissent } from './useDissent.js';

/**
 * What the team's spokesperson notes while the listening team dissents, back turned (DISSENT-9):
 * the team's own, kept with each round, so the team reads them back home in revise.
 */
export function SpokespersonNotes({ teamId }: { teamId: string }) {
  const { doc } = useWorkshop();
  const { plan, run, teamName } = useDissent();
  const identity = useSessionState((s) => s.identity);
  const headingId = useId();
  const [added, setAdded] = useState<string | null>(null);
  const notes = useSpokespersonNotes(doc).filter((n) => n.teamId === teamId);
  const presents = plan?.presenting.includes(teamId) ?? false;
  if (!presents && notes.length === 0) return null;
  const onNow = presents && run && run.status !== 'finished' ? run.round : null;
  const rounds = [...new Set([...notes.map((n) => n.round), ...(onNow === null ? [] : [onNow])])].sort(
    (a, b) => a - b,
  );
  const mayWrite =
    identity !== null &&
    contentRefusal(identity, {
      key: DOC_KEYS.spokespersonNotes,
      entry: null,
      kind: 'create',
      owner: teamId,
    }) === null;
  const where = (round: number) => {
    const to = plan?.rotation[round]?.[teamId];
    return to ? `: at ${teamName(to)}` : '';
  };
  return (
    <section className="dissent-part" aria-labelledby={headingId}>
      <h2 id={headingId}>Our spokesperson’s notes</h2>
      {rounds.length === 0 && <p>Notes are kept with each round, from when the rounds start.</p>}
      {rounds.map((round) => {
        const inRound = notes.filter((n) => n.round === round);
        return (
          <section key={round} className="dissent-round">
            <h3>
              Round {round + 1}
              {where(round)}
            </h3>
            <ol className="dissent-points">
              {inRound.map((note, i) => (
                <FieldItem key={note.id} focus={note.id === added}>
                  {mayWrite ? (
                    <SharedTextField
                      label={`Round ${round + 1}, note ${i + 1}`}
                      text={spokespersonNoteText(doc, note.id)}
                      rows={2}
                    />
                  ) : (
                    <p>{note.text}</p>
                  )}
                </FieldItem>
              ))}
            </ol>
            {mayWrite && round === onNow && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const id = randomId();
                  addSpokespersonNote(doc, id, teamId, round);
                  setAdded(id);
                }}
              >
                Add a note
              </button>
            )}
          </section>
        );
      })}
    </section>
  );
}
