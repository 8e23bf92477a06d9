import { agendaItemKinds, type AgendaItemKind } from '../../../../../shared/src/index.js';

/** What each kind of item is called in the room. */
export const kindLabels: Record<AgendaItemKind, string> = {
  input: 'Input',
  'team-task': 'Team task',
  break: 'Break',
  witness: 'Witnesses',
  dissent: 'Dissent',
  presentation: 'Presentations',
  other: 'Other',
};

export function KindSelect({
  value,
  onChange,
}: {
  value: AgendaItemKind;
  onChange: (kind: AgendaItemKind) => void;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as AgendaItemKind)}>
      {agendaItemKinds.map((kind) => (
        <option key={kind} value={kind}>
          {kindLabels[kind]}
        </option>
      ))}
    </select>
  );
}

interface KindAndMinutesProps {
  kind: AgendaItemKind;
  onKind: (kind: AgendaItemKind) => void;
  minutes: number;
  onMinutes: (minutes: number) => void;
}

/** An item's kind and length, as both agenda forms ask for them. */
export function KindAndMinutes({ kind, onKind, minutes, onMinutes }: KindAndMinutesProps) {
  return (
    <>
      <label className="field">
        <span>Kind</span>
        <KindSelect value={kind} onChange={onKind} />
      </label>
      <label className="field agenda-editor__minutes">
        <span>Minutes</span>
        <input
          type="number"
          min={0}
          max={600}
          value={minutes}
          onChange={(e) => onMinutes(Number(e.target.value))}
          required
        />
      </label>
    </>
  );
}
