/**
 * The words a team works up its options and propositions in (handbook 000, 10.15 and 11.00; 004's
 * frames). One place: the option form, the proposition form, the console and the checks all read
 * these. Each level and kind of provider is one point of the briefing's cards ("Levels of change",
 * "Different kinds of service providers"), named as one option is: `briefing` is the point's words.
 */
export interface Word<Id extends string = string> {
  id: Id;
  label: string;
  /** The point of the briefing card it comes from, word for word. */
  briefing?: string;
}

export const levelsOfChange = [
  { id: 'easy-win', label: 'Easy win', briefing: 'easy wins' },
  { id: 'service-redesign', label: 'Service redesign', briefing: 'service redesign' },
  {
    id: 'organisational-transformation',
    label: 'Organisational transformation',
    briefing: 'organisational transformation',
  },
  { id: 'total-place', label: 'Total place', briefing: 'total place' },
] as const satisfies readonly Word[];
export type LevelOfChange = (typeof levelsOfChange)[number]['id'];

export const kindsOfProvider = [
  { id: 'in-house', label: 'In-house', briefing: 'in-house' },
  { id: 'shared', label: 'Shared with another council', briefing: 'shared with another council' },
  { id: 'private-contract', label: 'Private contract', briefing: 'private contracts' },
  { id: 'staff-mutual', label: 'Staff mutual', briefing: 'staff mutuals' },
  { id: 'social-enterprise', label: 'Social enterprise', briefing: 'social enterprises' },
  { id: 'community', label: 'Community or voluntary', briefing: 'community and voluntary groups' },
  // Not on the card: a team may find a provider the briefing did not name.
  { id: 'other', label: 'Other' },
] as const satisfies readonly Word[];
export type KindOfProvider = (typeof kindsOfProvider)[number]['id'];

/** 004, "Understanding the outcome": what an option aims at and what a proposition gains. */
export const aims = [
  { id: 'simpler', label: 'Simpler for the staff' },
  { id: 'better', label: 'Better for the user' },
  { id: 'cheaper', label: 'Cheaper for the tax payer' },
] as const satisfies readonly Word[];
export type Aim = (typeof aims)[number]['id'];

/** 004's three mindsets: the lenses an option is looked at through. */
export const lenses = [
  { id: 'money', label: 'Money' },
  { id: 'culture', label: 'Culture' },
  { id: 'power', label: 'Power' },
] as const satisfies readonly Word[];
export type Lens = (typeof lenses)[number]['id'];

const ids = <W extends Word>(words: readonly W[]) => words.map((w) => w.id) as W['id'][];
export const levelIds = ids(levelsOfChange);
export const providerIds = ids(kindsOfProvider);
export const aimIds = ids(aims);

/** The label of a word by its id; undefined for an id this build does not know. */
export function wordLabel(words: readonly Word[], id: string | null | undefined): string | undefined {
  return words.find((w) => w.id === id)?.label;
}
