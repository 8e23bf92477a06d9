import type { BriefingCard } from '../../../shared/src/index.js';
import './briefing.css';

/** One briefing card: its heading, the handbook's sentence under it, and its points. */
export function BriefingCardView({
  card,
  level = 2,
  current = false,
}: {
  card: BriefingCard;
  level?: 2 | 3;
  current?: boolean;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article
      className={`briefing-card ${current ? 'briefing-card--current' : ''}`}
      aria-current={current || undefined}
    >
      <Heading className="briefing-card__heading">{card.heading}</Heading>
      {card.lead && <p className="briefing-card__lead">{card.lead}</p>}
      {card.points.length > 0 && (
        <ul className="briefing-card__points">
          {card.points.map((point, i) => (
            // Two points may say the same while the facilitator types: the place is the key.
            <li key={i}>{point}</li>
          ))}
        </ul>
      )}
      {/* A card the facilitator added for this workshop cites no handbook document. */}
      {card.source && <p className="briefing-card__source">{card.source}</p>}
    </article>
  );
}
