import { useState } from 'react';
import { votesUsed, type BoardState } from '../../../shared/src/index.js';
import type { ControlConnection } from '../live/controlConnection.js';
import { FormError } from '../ui/FormError.js';

interface Props {
  cardId: string;
  board: BoardState;
  voterId: string;
  control: ControlConnection;
}

/** Dot voting: the server counts, so the allowance holds whoever taps how fast. */
export function VoteButtons({ cardId, board, voterId, control }: Props) {
  const [error, setError] = useState<string | null>(null);
  const mine = board.votes[voterId]?.[cardId] ?? 0;
  const left = Math.max(0, board.votesPerPerson - votesUsed(board, voterId));
  // One tap, one vote: the buttons wait for the server's answer, so a double tap is not two votes.
  const [busy, setBusy] = useState(false);
  const vote = async (delta: 1 | -1) => {
    setBusy(true);
    const result = await control.board({ type: 'vote', cardId, delta });
    setBusy(false);
    setError(result.ok ? null : result.error.message);
  };
  return (
    <div className="vote-buttons" role="group" aria-label="Votes">
      <p>
        Your votes here: <strong>{mine}</strong>. You have {left} of {board.votesPerPerson} left.
      </p>
      <button type="button" className="button" disabled={busy || left === 0} onClick={() => void vote(1)}>
        Add a vote
      </button>
      <button type="button" className="button" disabled={busy || mine === 0} onClick={() => void vote(-1)}>
        Take a vote back
      </button>
      <FormError message={error} />
    </div>
  );
}
