import { useEffect, useState, type FormEvent } from 'react';
import type { TemplateSummary } from '../../../../shared/src/index.js';
import { parseProgrammeTime } from '../../../../shared/src/agenda/programme.js';
import { createWorkshopBodySchema, describeIssues } from '../../../../shared/src/schema/api.js';
import { TEXT_LIMITS } from '../../../../shared/src/schema/limits.js';
import { api } from '../../live/api.js';
import { FormError } from '../../ui/FormError.js';
import { useLengthLimit } from '../../ui/useLengthLimit.js';
import { TeamNamesField } from './TeamNamesField.js';

/** Create a workshop from a template; the facilitator's console opens with its own link. */
export function CreateWorkshopForm() {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [teams, setTeams] = useState<string[]>([]);
  const [startsAt, setStartsAt] = useState('09:00');
  const titleLimit = useLengthLimit(TEXT_LIMITS.workshopTitle, title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.templates().then(
      (list) => {
        setTemplates(list);
        setTemplateId(list[0]?.id ?? '');
        setTeams([...(list[0]?.defaultTeams ?? [])]);
        setStartsAt(startOf(list[0]));
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  const chosen = templates.find((t) => t.id === templateId);
  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    const template = templates.find((t) => t.id === id);
    setTeams([...(template?.defaultTeams ?? [])]);
    setStartsAt(startOf(template));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('Give the workshop a title.');
    // The same sentences the server would give, before a round trip: "Task team 2 needs a name."
    const teamNames = createWorkshopBodySchema.shape.teams.safeParse(teams.map((t) => t.trim()));
    if (!teamNames.success) return setError(describeIssues(teamNames.error));
    setBusy(true);
    try {
      const created = await api.createWorkshop({
        title,
        templateId,
        teams: teams.map((t) => t.trim()),
        startsAt,
      });
      window.location.assign(created.facilitatorUrl);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <form className="start__form" onSubmit={(e) => void submit(e)} aria-labelledby="create-heading">
      <h2 id="create-heading">Create a workshop</h2>
      <div className="field">
        <label htmlFor="workshop-title">Workshop title</label>
        <input
          id="workshop-title"
          required
          {...titleLimit.inputProps}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="Cabinet challenge workshop"
        />
        {titleLimit.hint}
      </div>
      <div className="field">
        <label htmlFor="workshop-programme">Programme</label>
        <select
          id="workshop-programme"
          value={templateId}
          onChange={(e) => chooseTemplate(e.target.value)}
          aria-describedby="workshop-programme-about"
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        {/* What the programme is, and whether its times are the handbook's or the board's. */}
        <p id="workshop-programme-about" className="field__hint">
          {chosen?.description} {chosen?.timesNote}
        </p>
      </div>
      <label className="field">
        <span>Starts at</span>
        <input type="time" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
      </label>
      <TeamNamesField teams={teams} onChange={setTeams} />
      <FormError message={error} />
      <button type="submit" className="button button--primary" disabled={busy || !templateId}>
        Create the workshop
      </button>
    </form>
  );
}

/** A template's published start as a time field's value ("9.00" → "09:00"). */
function startOf(template: TemplateSummary | undefined): string {
  const minutes = parseProgrammeTime(template?.agenda[0]?.plannedStart ?? '9.00');
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
