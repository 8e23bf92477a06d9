import { useMemo, useState } from 'react';
import { isPortfolioHolder, livePairs, proposePairs, type Member } from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { PortfolioPairs } from './PortfolioPairs.js';
import { useCouncilFacts, usePairs } from './useCouncils.js';

/** The facilitator's pairing (PERM-24): the board's proposals (PAIR-2), any two by hand, and unpairing. */
export function PairingConsole() {
  const roster = useRoster();
  const pairs = usePairs();
  const facts = useCouncilFacts();
  const { send, error, busy } = useControlCommand();
  const proposals = useMemo(() => proposePairs(roster, facts.teamIds, pairs), [roster, facts.teamIds, pairs]);
  const byId = new Map(roster.members.map((m) => [m.id, m]));
  const name = (id: string) => byId.get(id)?.name ?? '';
  const pair = (memberIds: [string, string]) =>
    void send({ area: 'pairs', command: { type: 'pair', memberIds } });
  return (
    <section className="console__pairs" aria-label="Pairing the portfolio holders">
      <h2>Portfolio-holder pairs</h2>
      <FormError message={error} />
      {proposals.length > 0 && (
        <ul className="pairs__proposals" aria-label="Proposed pairs">
          {proposals.map(({ memberIds, words }) => (
            <li key={memberIds.join('~')} className="pairs__actions">
              <span>
                {name(memberIds[0])} and {name(memberIds[1])} ({words.join(', ')})
              </span>
              <button type="button" className="button" disabled={busy} onClick={() => pair(memberIds)}>
                Pair {name(memberIds[0])} and {name(memberIds[1])}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PairByHand holders={roster.members.filter(isPortfolioHolder)} onPair={pair} busy={busy} />
      <ul className="pairs__actions" aria-label="Unpair">
        {livePairs(pairs, roster).map(({ pair: p, members }) => (
          <li key={p.id}>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send({ area: 'pairs', command: { type: 'unpair', pairId: p.id } })}
            >
              Unpair {members[0].name} and {members[1].name}
            </button>
          </li>
        ))}
      </ul>
      <PortfolioPairs teamId={null} facilitator />
    </section>
  );
}

function PairByHand({
  holders,
  onPair,
  busy,
}: {
  holders: Member[];
  onPair: (ids: [string, string]) => void;
  busy: boolean;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const select = (label: string, value: string, set: (v: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">Choose a portfolio holder</option>
        {holders.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}, {m.role}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="pairs__actions">
      {select('Portfolio holder', first, setFirst)}
      {select('with', second, setSecond)}
      <button
        type="button"
        className="button"
        disabled={busy || !first || !second}
        onClick={() => onPair([first, second])}
      >
        Pair them
      </button>
    </div>
  );
}
