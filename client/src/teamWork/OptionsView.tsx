import { useState } from 'react';
import { addOption, type Card, type Option } from '../../../shared/src/index.js';
import { useCards } from '../board/useCards.js';
import { randomId } from '../live/ids.js';
import { useSessionState, useTeams, useWorkshop } from '../state/sessionContext.js';
import { possessive } from '../ui/possessive.js';
import { OptionCard } from './OptionCard.js';
import { useOptions } from './useDocRead.js';
import './teamWork.css';

/**
 * Team task 2 (handbook 000, 11.00): for each priority allocated to the team, its options, worked
 * up through the briefing's levels of change and kinds of provider and 004's lenses, and shortlisted.
 */
export function OptionsView({ teamId }: { teamId: string }) {
  const { doc } = useWorkshop();
  const allocations = useSessionState((s) => s.control?.board.allocations);
  const team = useTeams().find((t) => t.id === teamId);
  const cards = useCards(doc);
  const options = useOptions(doc);
  const [added, setAdded] = useState<string | null>(null);
  if (!allocations) return null;
  const priorities = cards.filter((card) => allocations[card.id] === teamId);
  const add = (priorityId: string) => {
    const id = randomId();
    addOption(doc, id, { teamId, priorityId });
    setAdded(id);
  };
  return (
    <section className="team-work" aria-labelledby="options-heading">
      <h2 id="options-heading">{team ? `${possessive(team.name)} options` : 'Options'}</h2>
      <p className="team-work__lead">
        Work up options for each priority allocated to you: the level of change, the kind of provider, and how
        it looks through money, culture and power. Shortlist the ones to take forward.
      </p>
      {priorities.length === 0 && (
        <p>No priorities allocated yet. The facilitator allocates them after the mapping.</p>
      )}
      {priorities.map((priority) => (
        <PriorityOptions
          key={priority.id}
          priority={priority}
          options={options.filter((o) => o.teamId === teamId && o.priorityId === priority.id)}
          onAdd={() => add(priority.id)}
          added={added}
        />
      ))}
    </section>
  );
}

interface PriorityOptionsProps {
  priority: Card;
  options: Option[];
  onAdd: () => void;
  /** The option this tablet has just added: it takes the keyboard. */
  added: string | null;
}

function PriorityOptions({ priority, options, onAdd, added }: PriorityOptionsProps) {
  const title = priority.title || 'Untitled priority';
  return (
    <section className="team-work__priority" aria-label={title}>
      <h3>{title}</h3>
      {options.length === 0 ? (
        <p>No options yet for this priority.</p>
      ) : (
        <ol className="team-work__list">
          {options.map((option, i) => (
            <OptionCard key={option.id} option={option} number={i + 1} focus={option.id === added} />
          ))}
        </ol>
      )}
      <button type="button" className="button" onClick={onAdd}>
        Add an option for “{title}”
      </button>
    </section>
  );
}
