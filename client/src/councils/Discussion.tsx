import { noteTopics } from '../../../shared/src/index.js';
import { useAgenda, useSessionState } from '../state/sessionContext.js';
import { CouncilNote } from './CouncilNote.js';
import './councils.css';

/**
 * 11.45 and 12.15 (handbook 001): each team's own notes of its discussion, one space per item
 * whose tablets show a discussion (PAIR-5); the current item's first.
 */
export function Discussion({ teamId }: { teamId: string }) {
  const agenda = useAgenda();
  const currentId = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]?.id);
  const items = agenda
    .filter((item) => item.shows?.tablet === 'discussion')
    .sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
  return (
    <section className="discussion" aria-label="Our discussion notes">
      {items.map((item) => (
        <CouncilNote
          key={item.id}
          label={item.title}
          topic={noteTopics.discussion(item.id)}
          teamIds={[teamId]}
          writable
          placeholder="What we said, and what we will do about it"
        />
      ))}
    </section>
  );
}
