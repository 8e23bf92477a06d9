import { useState } from 'react';
import { createdWorkshopSchema, nextInSeries, type CreatedWorkshop } from '../../../shared/src/index.js';
import { api } from '../live/api.js';
import { safeLocalStorage } from '../live/token.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { useSeries } from './useSeries.js';
import './series.css';

/**
 * The facilitator starts the next workshop of the series from this one's console: the same task
 * teams, the next part's programme, and this workshop's work carried forward. Its facilitator link
 * is the only way into it, so this device keeps it and shows it until it is opened or copied.
 */
export function NextInSeries() {
  const { workshopId, token } = useWorkshop();
  const series = useSeries();
  const templateId = useSessionState((s) => s.summary?.templateId ?? '');
  const [started, setStarted] = useState(() => remembered(workshopId));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = nextInSeries(templateId);
  if (!series || !next.ok) return null;
  const which = `workshop ${series.part + 1} of ${series.of}`;
  const start = async () => {
    setBusy(true);
    try {
      const created = await api.nextInSeries(workshopId, token);
      remember(workshopId, created);
      setStarted(created);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="next-in-series" aria-labelledby="next-in-series-heading">
      <h2 id="next-in-series-heading">Next in the series</h2>
      {started ? (
        <>
          <p>
            {capitalised(which)} is ready: “{started.title}”, with the same task teams. Its console opens only
            with its own link: open it here, or copy it to the laptop that will run it.
          </p>
          <a className="button button--primary" href={started.facilitatorUrl}>
            Open {which}
          </a>
          <label className="field">
            <span>Address of the console of {which}</span>
            <input readOnly value={started.facilitatorUrl} onFocus={(e) => e.target.select()} />
          </label>
        </>
      ) : (
        <>
          <p>
            {series.title} goes on in {which}, with the same task teams. This workshop’s priorities are
            carried forward to it, read only, with their votes and allocations.
          </p>
          <FormError message={error} />
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void start()}
          >
            Start {which}: {subtitle(next.data.title)}
          </button>
        </>
      )}
    </section>
  );
}

/** "Renewing Top Team Working, workshop 2: a joint vision" → "a joint vision". */
const subtitle = (title: string) => title.slice(title.indexOf(': ') + 2);
const capitalised = (words: string) => words[0]!.toUpperCase() + words.slice(1);
const key = (workshopId: string) => `challenge-board:next-in-series:${workshopId}`;

/** The next workshop started from this console, kept with the device's links so a reload keeps it. */
function remember(workshopId: string, created: CreatedWorkshop): void {
  try {
    safeLocalStorage()?.setItem(key(workshopId), JSON.stringify(created));
  } catch {
    // Storage refused: it stays on the screen until the page is closed.
  }
}

function remembered(workshopId: string): CreatedWorkshop | null {
  try {
    const kept = safeLocalStorage()?.getItem(key(workshopId));
    const parsed = kept ? createdWorkshopSchema.safeParse(JSON.parse(kept)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}
