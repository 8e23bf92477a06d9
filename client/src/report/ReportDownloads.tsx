import { useId, useState } from 'react';
import { can, type ReportFormat } from '../../../shared/src/index.js';
import { reportApi } from '../live/reportApi.js';
import { useWorkshop } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import './report.css';

const CHOICES: { format: ReportFormat; label: string; hint: string }[] = [
  { format: 'docx', label: 'Word document', hint: 'to edit and send round' },
  { format: 'html', label: 'Printable web page', hint: 'opens in a new tab: print it, or save it as a PDF' },
  { format: 'md', label: 'Markdown', hint: 'for an email or a wiki' },
  { format: 'json', label: 'Backup (JSON)', hint: 'the whole workshop, to restore on another server' },
];

const words: Record<ReportFormat, string> = {
  docx: 'the Word document',
  html: 'the printable page',
  md: 'the Markdown',
  json: 'the backup',
};

// The tab keeps its page while it is open; the link behind it can go after a while.
const KEEP_TAB_URL_MS = 60_000;

/**
 * "Action Report": the Leader's and the facilitator's ways to take away what the workshop agreed
 * (handbook 001) and a backup of the whole workshop. Each file is fetched with this screen's link
 * (never put in an address), then saved, or opened in a new tab for printing. Other screens show
 * nothing: only these two may read it (PERM-32).
 */
export function ReportDownloads() {
  const { workshopId, token, role } = useWorkshop();
  const headingId = useId();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!can(role, 'report:read')) return null;

  const take = async (format: ReportFormat) => {
    setError(null);
    // Opened now, while the click still counts, or the browser would block it as a pop-up.
    const tab = format === 'html' ? window.open('', '_blank') : null;
    if (format === 'html' && !tab)
      return setError(
        'The browser blocked the new tab: allow pop-ups for this page, or take the Word document.',
      );
    if (tab) tab.document.title = 'Preparing the Action Report…';
    setBusy(format);
    try {
      const file = await reportApi.fetch(workshopId, token, format);
      const url = URL.createObjectURL(file.blob);
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
        setTimeout(() => URL.revokeObjectURL(url), KEEP_TAB_URL_MS);
      } else {
        save(url, file.fileName);
      }
    } catch (e) {
      tab?.close();
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="report-downloads" aria-labelledby={headingId}>
      <h2 id={headingId}>Action Report</h2>
      <p>The key areas of agreement and the commitments to action, with everything they are based on.</p>
      <ul className="report-downloads__list">
        {CHOICES.map(({ format, label, hint }) => (
          <li key={format}>
            <button
              type="button"
              className="button"
              aria-describedby={`${headingId}-${format}`}
              disabled={busy !== null}
              onClick={() => void take(format)}
            >
              {label}
            </button>{' '}
            <span id={`${headingId}-${format}`} className="report-downloads__hint">
              {hint}
            </span>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="report-downloads__status">
        {busy ? `Preparing ${words[busy]}…` : ''}
      </p>
      <FormError message={error} />
    </section>
  );
}

/** Saves a fetched file under its own name, as a download link would. */
function save(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file over; the link to it is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
