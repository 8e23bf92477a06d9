import type { DissentPoint } from '../../../shared/src/index.js';
import { useTeams } from '../state/sessionContext.js';

/**
 * CHAIR-4: the dissent a proposition survived and how its team answered, in a few lines: what the
 * Leader and the room need while the team presents, not the whole history.
 */
export function DissentSurvived({ points: all, large = false }: { points: DissentPoint[]; large?: boolean }) {
  const teams = useTeams();
  // A point left empty said nothing; the count is of dissent, with any assent listed after it.
  const points = all
    .filter((p) => p.text.trim())
    .sort((a, b) => Number(a.kind === 'assent') - Number(b.kind === 'assent'));
  const dissent = points.filter((p) => p.kind === 'dissent');
  if (points.length === 0) return <p className="chair__dissent-none">No dissent was recorded against it.</p>;
  const addressed = dissent.filter((p) => p.answer === 'addressed').length;
  const rejected = dissent.filter((p) => p.answer === 'rejected').length;
  const from = [...new Set(points.map((p) => teams.find((t) => t.id === p.listeningTeamId)?.name))].filter(
    Boolean,
  );
  return (
    <section
      className={`chair__dissent ${large ? 'chair__dissent--large' : ''}`}
      aria-label="The dissent it survived"
    >
      <h3>
        The dissent it survived: {dissent.length} {dissent.length === 1 ? 'point' : 'points'} from{' '}
        {from.join(' and ')}; {addressed} addressed, {rejected} rejected
      </h3>
      <ul>
        {points.map((p) => (
          <li key={p.id}>
            <span className="chair__point">
              {p.kind === 'assent' && <strong>Assent: </strong>}
              {p.text}
            </span>
            <span className={`chair__answer chair__answer--${p.answer}`}>
              {p.answer === 'open' ? 'Not yet answered' : p.answer === 'addressed' ? 'Addressed' : 'Rejected'}
              {p.note && `: ${p.note}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
