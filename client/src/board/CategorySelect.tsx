import { findCategory } from '../../../shared/src/index.js';
import { useCategories } from './useCategories.js';

/** The workshop's categories, its challenges first, each group under the programme's own heading. */
export function CategorySelect({
  value,
  onChange,
  id,
}: {
  value: string;
  onChange: (id: string) => void;
  id: string;
}) {
  const categories = useCategories();
  const { challenges, others } = categories;
  // A category this workshop does not know (from another programme) reads as none chosen.
  const known = findCategory(categories, value) ? value : '';
  return (
    <select id={id} value={known} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose a category</option>
      {[challenges, ...others].map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
