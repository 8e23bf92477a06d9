import { useState, type FormEvent } from 'react';
import { addProposition, TEXT_LIMITS } from '../../../shared/src/index.js';
import { useCards } from '../board/useCards.js';
import { randomId } from '../live/ids.js';
import { useTeams, useWorkshop } from '../state/sessionContext.js';
import { LimitedTextField } from '../ui/LimitedTextField.js';
import { possessive } from '../ui/possessive.js';
import { PropositionCard } from './PropositionCard.js';
import { useOptions, usePropositions, useWitnessNotes } from './useDocRead.js';
import './teamWork.css';

/**
 * Team task 3 (handbook 000, 12.10): the team pools its options and the witnesses' evidence into
 * propositions, which go to ritual dissent and then to the presentations.
 */
export function PropositionsView({ teamId }: { teamId: string }) {
  const { doc } = useWorkshop();
  const team = useTeams().find((t) => t.id === teamId);
  const propositions = usePropositions(doc).filter((p) => p.teamId === teamId);
  const options = useOptions(doc).filter((o) => o.teamId === teamId);
  const notes = useWitnessNotes(doc).filter((n) => n.teamId === teamId);
  const cards = useCards(doc);
  const [title, setTitle] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    addProposition(doc, randomId(), { teamId, title: title.trim() });
    setTitle('');
  };
  return (
    <section className="team-work" aria-labelledby="propositions-heading">
      <h2 id="propositions-heading">{team ? `${possessive(team.name)} propositions` : 'Propositions'}</h2>
      <p className="team-work__lead">
        Pool your options and what the witnesses said into realistic proposals. When one is ready, put it
        forward for ritual dissent.
      </p>
      <form className="team-work__add" onSubmit={add}>
        <LimitedTextField
          label="New proposition"
          max={TEXT_LIMITS.agendaItemTitle}
          value={title}
          onChange={setTitle}
        />
        <button type="submit" className="button button--primary" disabled={!title.trim()}>
          Add proposition
        </button>
      </form>
      {propositions.length === 0 && <p>No propositions yet.</p>}
      <ol className="team-work__list">
        {propositions.map((proposition) => (
          <PropositionCard
            key={proposition.id}
            proposition={proposition}
            options={options}
            notes={notes}
            cards={cards}
          />
        ))}
      </ol>
    </section>
  );
}
