import { usePropositions } from '../teamWork/useDocRead.js';
import { useTeams, useWorkshop } from '../state/sessionContext.js';
import { possessive } from '../ui/possessive.js';
import { PhaseCountdown } from './PhaseCountdown.js';
import { useFitType } from './useFitType.js';
import { usePhaseChanges } from './usePhaseChanges.js';
import { spokespersonWords, useDissent, type NamedPairing } from './useDissent.js';
import { phaseNames, phaseQuestions } from './words.js';
import './dissent.css';
import './rotationWall.css';

/** "Housing and growth’s spokesperson, Priya Shah", or only the first half while the team's roster is empty. */
function presenterWords(pairing: NamedPairing): string {
  const who = spokespersonWords(pairing);
  return pairing.spokesperson ? `${possessive(pairing.presentingName)} spokesperson, ${who}` : who;
}

/** Past this many pairings the wall leaves out the propositions' titles, past the next two columns. */
const WITH_TITLES = 4;
const ONE_COLUMN = 6;
/** The pairings' type: large enough from the back of the room, down to what twelve long names need. */
const LARGEST_VH = 5.5;
const SMALLEST_VH = 1.2;

/**
 * The wall while ritual-dissent rounds run (DISSENT-10), read from the back of the room: the round,
 * the phase and its question with its countdown in very large type, and who presents to whom, one
 * row a pairing. A team that presents nothing this round is named, so no table wonders where to
 * look. A new phase sweeps a band of colour across the wall and is read out.
 */
export function RotationWall() {
  const { plan, run, pairings } = useDissent();
  const teams = useTeams();
  const changes = usePhaseChanges();
  if (!plan || !run || run.status === 'finished') return null;
  const hearing = new Set(pairings.map((p) => p.listening));
  const presenting = new Set(pairings.map((p) => p.presenting));
  const others = teams
    .filter((t) => !presenting.has(t.id))
    .map((t) => (hearing.has(t.id) ? `${t.name} only listens` : `${t.name} hears nobody this round`));
  return (
    <section className={`rotation-wall rotation-wall--${run.phase}`} aria-label="Ritual dissent rotation">
      {/* Only a change seen here sweeps the wall: not the phase the projector opened in. */}
      {changes > 0 && <div key={changes} className="rotation-wall__band" aria-hidden="true" />}
      <div className="rotation-wall__now">
        <PhaseCountdown className="rotation-wall__countdown" />
        <p className="rotation-wall__question">{phaseQuestions[run.phase]}</p>
      </div>
      <PairingMap pairings={pairings} others={others} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        Round {run.round + 1} of {plan.rotation.length}: {phaseNames[run.phase]}.
      </p>
    </section>
  );
}

/**
 * One row a pairing, the listening teams lined up in a column; past six pairings, two columns. The
 * type is the largest that fits the height the phase leaves (`useFitType`).
 */
function PairingMap({ pairings, others }: { pairings: NamedPairing[]; others: string[] }) {
  const { doc } = useWorkshop();
  const propositions = usePropositions(doc);
  const titles = pairings.length <= WITH_TITLES;
  const columns = pairings.length > ONE_COLUMN ? 'two' : 'one';
  const title = (id: string) => (titles ? propositions.find((p) => p.id === id)?.title.trim() : undefined);
  const words = pairings.map(
    (p) => `${presenterWords(p)} ${p.listeningName} ${title(p.propositionId) ?? ''}`,
  );
  const map = useFitType<HTMLDivElement>([...words, ...others].join('|'), LARGEST_VH, SMALLEST_VH);
  return (
    <div className="rotation-wall__map" ref={map}>
      <ul
        className={`rotation-wall__pairings rotation-wall__pairings--${columns}`}
        aria-label="Who presents to whom"
      >
        {pairings.map((pairing) => (
          <li key={pairing.presenting}>
            <span className="rotation-wall__pairing">
              <span className="rotation-wall__from">{presenterWords(pairing)}</span>{' '}
              <span className="rotation-wall__arrow" role="img" aria-label="presents to">
                →
              </span>{' '}
              <span className="rotation-wall__to">{pairing.listeningName}</span>
            </span>
            {title(pairing.propositionId) && (
              <span className="rotation-wall__proposition">{title(pairing.propositionId)}</span>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && <p className="rotation-wall__others">{others.join('. ')}.</p>}
    </div>
  );
}
