import { agendaItemKinds, type AgendaItemKind } from '../../../../../shared/src/index.js';

/** What each kind of item is called in the room. */
export const kindLabels: Record<AgendaItemKind, string> = {
  input: 'Input or briefing',
  'team-task': 'Team task',
  break: 'Break',
  witness: 'Witness sessions',
  dissent: 'Ritual dissent',
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
