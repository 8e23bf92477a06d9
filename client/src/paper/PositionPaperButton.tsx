import { useState } from 'react';
import { PositionPaperReader } from './PositionPaperReader.js';
import { usePositionPaper } from './usePositionPaper.js';

/** "Position paper": shown only while the workshop has one, and opens it to read on this screen. */
export function PositionPaperButton({ className = 'button' }: { className?: string }) {
  const { paper } = usePositionPaper();
  const [open, setOpen] = useState(false);
  if (!paper) return null;
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Position paper
      </button>
      {open && <PositionPaperReader paper={paper} onClose={() => setOpen(false)} />}
    </>
  );
}
