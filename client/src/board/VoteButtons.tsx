import { votersOf, votesOf, type BoardState } from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { useSessionState } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { count } from '../ui/plural.js';
import { useControlCommand } from '../ui/useControlCommand.js';

interface Props {
  cardId: string;
  board: BoardState;
  voterId: string;
}

/** Dot voting: the server counts, so the allowance holds whoever taps how fast. */
export function VoteButtons({ cardId, board, voterId }: Props) {
  // One tap, one vote: the buttons wait for the server's answer, so a double tap is not two votes.
  const { send, error, busy } = useControlCommand();
  const online = useSessionState((s) => s.connection === 'online');
  // ROSTER-7: the dots are the people's this tablet speaks for, each with the votes per person.
  const voters = votersOf(useRoster(), voterId);
  const { onCard: mine, used, allowed, left } = votesOf(board, voters, cardId);
  const people = voters.adding.length;
  const over = left === 0 ? used - allowed : 0;
  const forWhom =
    people > 1 ? ` (${board.votesPerPerson} for each of the ${people} people on this tablet)` : '';
  const vote = (delta: 1 | -1) => void send({ area: 'board', command: { type: 'vote', cardId, delta } });
  return (
    <div className="vote-buttons" role="group" aria-label="Votes">
      <p>
        Your votes here: <strong>{mine}</strong>.{' '}
        {over > 0
          ? `You have placed ${count(used, 'vote')}, but the limit is now ${allowed}${forWhom}: take ${over} back to vote again.`
          : `You have ${left} of ${allowed} left${forWhom}.`}
      </p>
      {!online && (
        <p className="vote-buttons__offline">
          Voting needs a connection: the buttons come back when this tablet is online again.
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={!online || busy || left === 0}
        onClick={() => vote(1)}
      >
        Add a vote
      </button>
      <button
        type="button"
        className="button"
        disabled={!online || busy || mine === 0}
        onClick={() => vote(-1)}
      >
        Take a vote back
      </button>
      <FormError message={error} />
    </div>
  );
}
