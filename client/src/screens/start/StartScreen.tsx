import { useState } from 'react';
import { CreateWorkshopForm } from './CreateWorkshopForm.js';
import { JoinForm } from './JoinForm.js';
import './start.css';

/**
 * The start page: join a task team with a code, or create a workshop. Opened from a team's QR code
 * (with the code in the address) it is for joining, so creating stays one tap away instead.
 */
export function StartScreen({ initialCode = '' }: { initialCode?: string }) {
  const [creating, setCreating] = useState(!initialCode);
  return (
    <main className="start">
      <h1>Challenge Board</h1>
      <p className="start__lead">
        The live board for a challenge workshop: task-team tablets, the facilitator’s console, the projector
        and the Leader’s chair.
      </p>
      <JoinForm initialCode={initialCode} />
      {creating ? (
        <CreateWorkshopForm />
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setCreating(true)}>
            Setting up a new workshop instead?
          </button>
        </p>
      )}
    </main>
  );
}
