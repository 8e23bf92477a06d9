/**
 * What a priority is about: one of the three challenges, or one of the Localism Bill's six
 * essentials, in the handbook's words ("Strategic Political Leadership in New Times", 9.10).
 * Each has a colour *and* a short label, never colour alone.
 */
export const categories = [
  { id: 'budget', label: 'Budget reductions', short: 'Budget', colour: '#a3121b' },
  { id: 'localism', label: 'The Localism Bill', short: 'Localism', colour: '#12295b' },
  { id: 'government', label: 'Other Government changes', short: 'Government', colour: '#5a2a82' },
  {
    id: 'bureaucracy',
    label: 'Less bureaucracy',
    short: 'Less bureaucracy',
    colour: '#1c6b3a',
  },
  {
    id: 'empower',
    label: 'Empowering communities',
    short: 'Empowering communities',
    colour: '#0b6e75',
  },
  {
    id: 'finance',
    label: 'Increased local finance control',
    short: 'Local finance control',
    colour: '#7a4a00',
  },
  {
    id: 'supply',
    label: 'Diversifying public service providers',
    short: 'Diverse providers',
    colour: '#8a1d5c',
  },
  {
    id: 'scrutiny',
    label: 'Open up to scrutiny',
    short: 'Open to scrutiny',
    colour: '#3d4a5c',
  },
  {
    id: 'accountability',
    label: 'Accountability to local people',
    short: 'Accountability',
    colour: '#5c3d1e',
  },
] as const;

export type CategoryId = (typeof categories)[number]['id'];
export type Category = (typeof categories)[number];

export function findCategory(id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}
