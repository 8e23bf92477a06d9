import type { TitleConflict } from './useTitleConflicts.js';

/**
 * Tells the person whose title lost to someone else's, written at the same time, and offers theirs
 * back in one tap. A status region, so a screen reader says it when it appears.
 */
export function TitleConflictNotice({ conflict }: { conflict: TitleConflict | null }) {
  return (
    <div className="title-conflict" role="status">
      {conflict && (
        <>
          <p>Someone else changed this title at the same time. Theirs was kept: “{conflict.theirs}”.</p>
          <button type="button" className="button" onClick={conflict.restore}>
            Use mine instead: “{conflict.mine}”
          </button>{' '}
          <button type="button" className="button" onClick={conflict.dismiss}>
            Keep theirs
          </button>
        </>
      )}
    </div>
  );
}
