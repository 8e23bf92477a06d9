import { useEffect, useId, useRef, useState } from 'react';
import { describeBytes, type PositionPaper } from '../../../shared/src/index.js';
import { paperApi } from '../live/paperApi.js';
import { useWorkshop } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import './paper.css';

type PdfPaper = Extract<PositionPaper, { kind: 'pdf' }>;

/**
 * The position paper in a modal dialog: written text as paragraphs, a PDF in the browser's own
 * viewer (no PDF library on a tablet), with its name, its size and a way to download it. Escape,
 * the close button and the backdrop's cancel all close it.
 */
export function PositionPaperReader({ paper, onClose }: { paper: PositionPaper; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    // A browser without modal dialogs (and jsdom) still shows it, in the page's flow.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, []);
  // Closed through the dialog itself, so the browser gives the keyboard back to the button that opened it.
  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === 'function') d.close();
    else onClose();
  };
  return (
    <dialog ref={dialog} className="paper-reader" aria-labelledby={headingId} onClose={onClose}>
      <header className="paper-reader__head">
        <h2 id={headingId}>Position paper</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </header>
      {paper.kind === 'written' ? (
        <WrittenPaper text={paper.text} />
      ) : (
        <PdfView key={paper.updatedAtMs} paper={paper} />
      )}
    </dialog>
  );
}

/** Paragraphs where the writer left a blank line; single line breaks kept inside them. */
function WrittenPaper({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <div className="paper-reader__written">
      {paragraphs.map((p, i) => (
        <p key={i}>{p.trim()}</p>
      ))}
    </div>
  );
}

/** Fetched with this screen's link into a Blob, shown through an object URL that goes when the reader closes. */
function PdfView({ paper }: { paper: PdfPaper }) {
  const { workshopId, token } = useWorkshop();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let current = true;
    paperApi.pdf(workshopId, token).then(
      (blob) => {
        if (!current) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [workshopId, token]);
  const label = `${paper.fileName}, ${describeBytes(paper.bytes)}`;
  return (
    <div className="paper-reader__pdf">
      <p className="paper-reader__file">
        <span>{label}</span>
        {url && (
          <>
            {' '}
            <a className="button" href={url} download={paper.fileName}>
              Download
            </a>{' '}
            <a className="button" href={url} target="_blank" rel="noreferrer">
              Open in a new tab
            </a>
          </>
        )}
      </p>
      <FormError message={error} />
      {!url && !error && <p aria-live="polite">Opening the PDF…</p>}
      {url && (
        <iframe className="paper-reader__frame" src={url} title={`Position paper: ${paper.fileName}`} />
      )}
    </div>
  );
}
