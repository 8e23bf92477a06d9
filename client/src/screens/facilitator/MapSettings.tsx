import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS, type BoardCommand, type BoardState } from '../../../../shared/src/index.js';
import { useSessionState } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { Confirm } from '../../ui/Confirm.js';
import { LimitedTextField } from '../../ui/LimitedTextField.js';
import { useControlCommand } from '../../ui/useControlCommand.js';

type Send = (command: BoardCommand) => Promise<boolean>;

/** The map's axis names and the dot votes each person has. Each form starts again from the server's values when they change. */
export function MapSettings() {
  const board = useSessionState((s) => s.control?.board);
  const control = useControlCommand();
  if (!board) return null;
  const send: Send = (command) => control.send({ area: 'board', command });
  const { error } = control;
  return (
    <section className="map-settings" aria-labelledby="map-settings-heading">
      <h2 id="map-settings-heading">Map settings</h2>
      <AxesForm key={`${board.axes.x}|${board.axes.y}`} axes={board.axes} send={send} />
      <VotesForm key={board.votesPerPerson} votesPerPerson={board.votesPerPerson} send={send} />
      <ClearVotes send={send} />
      <FormError message={error} />
    </section>
  );
}

function AxesForm({ axes, send }: { axes: BoardState['axes']; send: Send }) {
  const [x, setX] = useState(axes.x);
  const [y, setY] = useState(axes.y);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ type: 'axes', x, y });
  };
  return (
    <form onSubmit={submit}>
      <LimitedTextField
        label="Up the map (vertical axis)"
        max={TEXT_LIMITS.axisName}
        value={y}
        onChange={setY}
        required
      />
      <LimitedTextField
        label="Across the map (horizontal axis)"
        max={TEXT_LIMITS.axisName}
        value={x}
        onChange={setX}
        required
      />
      <button type="submit" className="button">
        Rename the axes
      </button>
    </form>
  );
}

function VotesForm({ votesPerPerson, send }: { votesPerPerson: number; send: Send }) {
  const [votes, setVotes] = useState(votesPerPerson);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ type: 'votesPerPerson', count: votes });
  };
  return (
    <form onSubmit={submit}>
      <label className="field">
        <span>Votes per person</span>
        <input
          type="number"
          min={0}
          max={20}
          value={votes}
          onChange={(e) => setVotes(Number(e.target.value))}
        />
      </label>
      <button type="submit" className="button">
        Set votes per person
      </button>
    </form>
  );
}

/** Clearing every vote cannot be undone, so it is asked for twice and sits apart from the allowance. */
function ClearVotes({ send }: { send: Send }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <p>
        <button type="button" className="button" data-returns-focus onClick={() => setConfirming(true)}>
          Clear all votes
        </button>
      </p>
    );
  return (
    <Confirm
      label="Confirm clearing the votes"
      question="Take every vote off the map? Everyone gets all their votes back, and this cannot be undone."
      actions={[
        {
          label: 'Yes, clear all votes',
          danger: true,
          run: () => void send({ type: 'clearVotes' }).then(() => setConfirming(false)),
        },
      ]}
      keep="Keep the votes"
      onKeep={() => setConfirming(false)}
    />
  );
}
