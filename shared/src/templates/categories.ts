/**
 * Each programme's categories for the priority map, in the handbook's words: its challenges, then
 * the other themes its team tasks work with. Every colour is dark enough to read on white (a unit
 * test checks the contrast) and every category has a short label, so colour never speaks alone.
 * Ids shared between programmes mean the same thing, so a card keeps its sense across them.
 */
import type { Category, MapCategories } from '../schema/categories.js';

const budget: Category = { id: 'budget', label: 'Budget reductions', short: 'Budget', colour: '#a3121b' };
const localism: Category = {
  id: 'localism',
  label: 'The Localism Bill',
  short: 'Localism',
  colour: '#12295b',
};

/** 000: the three challenges and the Localism Bill's six essentials (9.10). */
export const strategicPoliticalCategories: MapCategories = {
  challenges: {
    label: 'The three challenges',
    categories: [
      budget,
      localism,
      { id: 'government', label: 'Other Government changes', short: 'Government', colour: '#5a2a82' },
    ],
  },
  others: [
    {
      label: 'The Localism Bill’s six essentials',
      categories: [
        { id: 'bureaucracy', label: 'Less bureaucracy', short: 'Less bureaucracy', colour: '#1c6b3a' },
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
        { id: 'scrutiny', label: 'Open up to scrutiny', short: 'Open to scrutiny', colour: '#3d4a5c' },
        {
          id: 'accountability',
          label: 'Accountability to local people',
          short: 'Accountability',
          colour: '#5c3d1e',
        },
      ],
    },
  ],
};

/**
 * 001: the two councils' own three challenges ("The new agenda"), then what its programme sorts
 * priorities into: shared or separate (10.00, one agenda for the managers or two) and the themes
 * of the later sessions (portfolio-holder pairs, members in their wards, innovation and risk).
 */
export const sharedServicesCategories: MapCategories = {
  challenges: {
    label: 'The three challenges',
    categories: [
      { ...budget, label: 'Delivering the budget reductions 2011-14' },
      { ...localism, label: 'Enabling the use of the Localism Bill and decentralisation' },
      {
        id: 'shared-services',
        label: 'Maximising the benefits of the shared management and services',
        short: 'Shared services',
        colour: '#1c6b3a',
      },
    ],
  },
  others: [
    {
      label: 'Shared or separate corporate priorities',
      categories: [
        {
          id: 'shared-priority',
          label: 'Common to both councils: a single agenda for the managers',
          short: 'Shared',
          colour: '#0b6e75',
        },
        {
          id: 'separate-priority',
          label: 'Distinct to one council: a separate agenda',
          short: 'Separate',
          colour: '#7a4a00',
        },
      ],
    },
    {
      label: 'Leading the changes',
      categories: [
        {
          id: 'portfolio-pairs',
          label: 'Portfolio holders working as a pair with their managers',
          short: 'Portfolio pairs',
          colour: '#5a2a82',
        },
        { id: 'wards', label: 'Members in their wards', short: 'In the wards', colour: '#8a1d5c' },
        {
          id: 'innovation',
          label: 'Innovation, risk and change',
          short: 'Innovation',
          colour: '#3d4a5c',
        },
      ],
    },
  ],
};

/** 002: the practicalities every new cabinet faces, then what this workshop of the series covers. */
const topTeamChallenges = {
  label: 'The challenges',
  categories: [
    { id: 'budget-cuts', label: 'Delivering budget cuts', short: 'Budget cuts', colour: '#a3121b' },
    { id: 'policy-changes', label: 'Policy changes', short: 'Policy', colour: '#3d4a5c' },
    { id: 'efficiencies', label: 'Greater efficiencies', short: 'Efficiencies', colour: '#5a2a82' },
  ],
};
const covers = (...categories: Category[]): MapCategories => ({
  challenges: topTeamChallenges,
  others: [{ label: 'What this workshop covers', categories }],
});

export const topTeamCategories = {
  /** Workshop 1: the cabinet alone on what the election asked for, then the two roles. */
  1: covers(
    {
      id: 'communities',
      label: 'The communities’ aspirations and needs',
      short: 'Communities',
      colour: '#1c6b3a',
    },
    {
      id: 'roles',
      label: 'Members and managers: separate roles or a joint arena',
      short: 'Roles',
      colour: '#0b6e75',
    },
  ),
  /** Workshop 2: a joint vision, the localism agenda and the working relationship. */
  2: covers(
    {
      id: 'vision',
      label: 'A joint vision and strategy for the council',
      short: 'Vision',
      colour: '#1c6b3a',
    },
    { ...localism, label: 'The localism agenda' },
    {
      id: 'relationship',
      label: 'The working relationship',
      short: 'Working relationship',
      colour: '#7a4a00',
    },
  ),
  /** Workshop 3: strategic performance, the details of joint working, community engagement. */
  3: covers(
    {
      id: 'performance',
      label: 'Managing the council’s strategic performance',
      short: 'Performance',
      colour: '#1c6b3a',
    },
    {
      id: 'joint-working',
      label: 'Mutual roles and responsibilities',
      short: 'Joint working',
      colour: '#0b6e75',
    },
    {
      id: 'engagement',
      label: 'Community engagement',
      short: 'Engagement',
      colour: '#7a4a00',
    },
  ),
} satisfies Record<1 | 2 | 3, MapCategories>;

/**
 * A blank workshop is built in the console for any topic, so it offers what holds for every
 * programme in the handbook: the three challenges every council faces (000's, which 001 and 002
 * name too), and 004's test of any option: simpler for the staff, better for the user, cheaper
 * for the tax payer.
 */
export const generalCategories: MapCategories = {
  challenges: strategicPoliticalCategories.challenges,
  others: [
    {
      label: 'What a change should make it',
      categories: [
        { id: 'simpler', label: 'Simpler for the staff', short: 'Simpler', colour: '#1c6b3a' },
        { id: 'better', label: 'Better for the user', short: 'Better', colour: '#0b6e75' },
        { id: 'cheaper', label: 'Cheaper for the tax payer', short: 'Cheaper', colour: '#7a4a00' },
      ],
    },
  ],
};
