import { categories } from '../../../shared/src/index.js';

const challenges = categories.slice(0, 3);
const essentials = categories.slice(3);

export function CategorySelect({
  value,
  onChange,
  id,
}: {
  value: string;
  onChange: (id: string) => void;
  id: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose a category</option>
      <optgroup label="The three challenges">
        {challenges.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </optgroup>
      <optgroup label="The Localism Bill’s six essentials">
        {essentials.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
