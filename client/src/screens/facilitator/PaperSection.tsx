import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  describeBytes,
  ONLY_PDF_OR_TEXT,
  paperSizeRefusal,
  POSITION_PAPER_MAX_MB,
  TEXT_LIMITS,
  type PositionPaper,
} from '../../../../shared/src/index.js';
import { paperApi } from '../../live/paperApi.js';
import { PositionPaperReader } from '../../paper/PositionPaperReader.js';
import { usePositionPaper } from '../../paper/usePositionPaper.js';
import { whenAttached } from '../../paper/whenAttached.js';
import { useWorkshop } from '../../state/sessionContext.js';
import { Confirm } from '../../ui/Confirm.js';
import { FormError } from '../../ui/FormError.js';
import { useLengthLimit } from '../../ui/useLengthLimit.js';
import '../../paper/paper.css';

/** A quick word before the upload; the server decides, by the file's first bytes and its size. */
function fileRefusal(file: File): string | null {
  const isPdf = file.type === 'application/pdf' || (!file.type && /\.pdf$/i.test(file.name));
  if (!isPdf) return `“${file.name}” is not a PDF. ${ONLY_PDF_OR_TEXT}`;
  return paperSizeRefusal(file.size);
}

function describePaper(paper: PositionPaper): string {
  const when = whenAttached(paper.updatedAtMs);
  if (paper.kind === 'pdf') return `${paper.fileName}, ${describeBytes(paper.bytes)}, attached ${when}.`;
  const words = paper.text.split(/\s+/).filter(Boolean).length;
  return `Written in the board, ${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}, saved ${when}.`;
}

/**
 * The handbook's preparation: a short position paper on the three challenges in the council's area,
 * written here or attached as a PDF, for every screen to read. Each change replaces the paper whole.
 */
export function PaperSection() {
  const { workshopId, token } = useWorkshop();
  const { paper, setPaper, error: readError } = usePositionPaper();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const textId = useId();
  const fileId = useId();
  // Untouched, the field shows the written paper as saved.
  const text = draft ?? (paper?.kind === 'written' ? paper.text : '');
  const limit = useLengthLimit(TEXT_LIMITS.positionPaper, text);

  const change = async (attach: () => Promise<PositionPaper | null>) => {
    setBusy(true);
    try {
      setPaper(await attach());
      setError(null);
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const refusal = fileRefusal(file);
    if (refusal) setError(refusal);
    else await change(() => paperApi.attachPdf(workshopId, token, file));
    // The same file can be chosen again after a refusal or a removal.
    if (fileInput.current) fileInput.current.value = '';
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('The position paper has no text: write it, or attach a PDF.');
    if (await change(() => paperApi.write(workshopId, token, text))) setDraft(null);
  };
  const remove = async () => {
    setConfirming(false);
    await change(async () => (await paperApi.remove(workshopId, token), null));
  };

  return (
    <section className="paper-section" aria-labelledby="paper-heading">
      <h2 id="paper-heading">Position paper</h2>
      <p className="paper-section__about">
        The preparation: a short paper on the implications of the three challenges in the council’s area.
        Every screen can open it.
      </p>
      <p className="paper-section__now" aria-live="polite">
        {paper ? describePaper(paper) : 'No position paper yet.'}
      </p>
      <FormError message={error ?? readError} />
      {paper && (
        <div className="paper-section__actions">
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setReading(true)}>
            Read the position paper
          </button>
          {confirming ? (
            <Confirm
              label="Remove the position paper?"
              question="Every screen loses it."
              actions={[{ label: 'Yes, remove it', danger: true, run: () => void remove() }]}
              keep="Keep it"
              onKeep={() => setConfirming(false)}
            />
          ) : (
            <button type="button" className="button" data-returns-focus onClick={() => setConfirming(true)}>
              Remove the position paper
            </button>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={fileId}>
          {paper ? 'Replace it with a PDF' : 'Attach a PDF'} (up to {POSITION_PAPER_MAX_MB} MB)
        </label>
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          accept="application/pdf,.pdf"
          disabled={busy}
          onChange={(e) => void chooseFile(e)}
        />
      </div>
      <form className="field" onSubmit={(e) => void save(e)}>
        <label htmlFor={textId}>Or write it here</label>
        <textarea
          id={textId}
          rows={8}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          {...limit.inputProps}
        />
        {limit.hint}
        <button type="submit" className="button" disabled={busy}>
          Save the written paper
        </button>
      </form>
      {reading && paper && <PositionPaperReader paper={paper} onClose={() => setReading(false)} />}
    </section>
  );
}
