import { voicesOf, votesAllowed, votesUsed, type BoardState } from '../../../shared/src/index.js';
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
  // ROSTER-7: a shared tablet votes for each member it speaks for.
  const voices = useSessionState((s) => (s.control ? voicesOf(s.control.roster, voterId) : 1));
  const allowed = votesAllowed(board, voices);
  const mine = board.votes[voterId]?.[cardId] ?? 0;
  const used = votesUsed(board, voterId);
  const left = Math.max(0, allowed - used);
  const over = used - allowed;
  const forWhom =
    voices > 1 ? ` (${board.votesPerPerson} for each of the ${voices} people on this tablet)` : '';
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
