/**
 * What a priority is about: one of the three challenges, or one of the six essential actions of
 * the Localism Bill (DCLG, "Decentralisation and the Localism Bill: an essential guide", 2010).
 * Each has a colour *and* a short label, never colour alone.
 */
export const categories = [
  { id: 'budget', label: 'Budget reductions', short: 'Budget', colour: '#a3121b' },
  { id: 'localism', label: 'The Localism Bill', short: 'Localism', colour: '#12295b' },
  { id: 'government', label: 'Other Government changes', short: 'Government', colour: '#5a2a82' },
  {
    id: 'bureaucracy',
    label: 'Lift the burden of bureaucracy',
    short: 'Less bureaucracy',
    colour: '#1c6b3a',
  },
  {
    id: 'empower',
    label: 'Empower communities to do things their way',
    short: 'Empower communities',
    colour: '#0b6e75',
  },
  {
    id: 'finance',
    label: 'Increase local control of public finance',
    short: 'Local finance',
    colour: '#7a4a00',
  },
  {
    id: 'supply',
    label: 'Diversify the supply of public services',
    short: 'Diverse supply',
    colour: '#8a1d5c',
  },
  {
    id: 'scrutiny',
    label: 'Open up government to public scrutiny',
    short: 'Open scrutiny',
    colour: '#3d4a5c',
  },
  {
    id: 'accountability',
    label: 'Strengthen accountability to local people',
    short: 'Accountability',
    colour: '#5c3d1e',
  },
] as const;

export type CategoryId = (typeof categories)[number]['id'];
export type Category = (typeof categories)[number];

export function findCategory(id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}
