/**
 * The briefing content the handbook's inputs carry, in its own words: the facilitator steps the
 * projector through a deck during its input item, and tablets keep every deck as reference.
 */
import type { BriefingDeck } from '../schema/briefing.js';

const SPL = 'Strategic Political Leadership in New Times';
const PARTNERSHIPS = 'Leading place through effective partnerships';

/** The three challenges and the six Localism essentials with their examples (000, 9.10). */
export const whatWillChange: BriefingDeck = {
  itemId: 'briefing',
  title: 'What will change?',
  cards: [
    {
      id: 'three-challenges',
      heading: 'Three major challenges face the council',
      points: [
        'the budget reductions 2011-14',
        'the Localism Bill',
        'other Government’s changes e.g. welfare, health',
      ],
      lead: 'Members need to provide local leadership on all three and get the best results for their place and communities.',
      source: SPL,
    },
    {
      id: 'level-of-cuts',
      heading: 'Defining the level of cuts',
      points: ['What choices have you made and have yet to make?'],
      source: SPL,
    },
    {
      id: 'six-essentials',
      heading: 'The Localism Bill: the six essentials',
      lead: 'What does the Localism Bill imply for your council, and what examples of the six essentials are likely to be appropriate?',
      points: [
        'less bureaucracy',
        'empowering communities',
        'increased local finance control',
        'diversifying public service providers',
        'open up to scrutiny',
        'accountability to local people',
      ],
      source: SPL,
    },
    {
      id: 'less-bureaucracy',
      heading: '1. Less bureaucracy',
      lead: 'The following are going:',
      points: [
        'regional strategies',
        'Standards Board',
        'predetermination rules',
        'CPA',
        'LAAs',
        'the Audit Commission',
      ],
      source: SPL,
    },
    {
      id: 'empowering-communities',
      heading: '2. Empowering communities',
      points: ['power of general competence', 'community right to buy', 'neighbourhood plans'],
      source: SPL,
    },
    {
      id: 'local-finance',
      heading: '3. Increased local finance control',
      points: [
        'council tax referendum',
        'business rate discounts',
        'community infrastructure levy',
        'a drive to self-financing (through new housing bonus/new business rate rebate)',
      ],
      source: SPL,
    },
    {
      id: 'diversifying-providers',
      heading: '4. Diversifying public service providers',
      points: ['community right to challenge', 'community right to buy'],
      source: SPL,
    },
    {
      id: 'open-to-scrutiny',
      heading: '5. Open up to scrutiny',
      points: ['publishing over £500', 'transparency from public bodies on contracts, salaries and staffing'],
      source: SPL,
    },
    {
      id: 'accountability',
      heading: '6. Accountability to local people',
      points: ['local referendums', 'service users voting with their feet'],
      source: SPL,
    },
    { id: 'discussion', heading: 'Clarification and discussion', points: [], source: SPL },
  ],
};

/** Levels of change, kinds of provider, and 004's money, culture and power (000, 10.15). */
export const howYouWillChange: BriefingDeck = {
  itemId: 'how-you-will-change',
  title: 'How you will change?',
  cards: [
    {
      id: 'levels-of-change',
      heading: 'Levels of change',
      lead: 'From ‘easy wins’ to ‘organisational transformation’ and ‘total place’ solutions.',
      points: ['easy wins', 'service redesign', 'organisational transformation', 'total place'],
      source: SPL,
    },
    {
      id: 'kinds-of-provider',
      heading: 'Different kinds of service providers',
      lead: 'From ‘private contracts’ to ‘staff mutuals’ and ‘social enterprises’.',
      points: [
        'in-house',
        'shared with another council',
        'private contracts',
        'staff mutuals',
        'social enterprises',
        'community and voluntary groups',
      ],
      source: SPL,
    },
    {
      id: 'three-mindsets',
      heading: 'Three different mindsets',
      points: ['Money', 'Culture', 'Power'],
      source: PARTNERSHIPS,
    },
    {
      id: 'money',
      heading: 'Money',
      lead: 'An “efficiency” agenda.',
      points: [
        'A proxy for resources and for resource allocation',
        'If we knew what the total resource allocation was across our area could we find better ways of maximising the public value of the spend?',
      ],
      source: PARTNERSHIPS,
    },
    {
      id: 'culture',
      heading: 'Culture',
      lead: 'An “improvement” agenda.',
      points: [
        'Building on the knowledge of what we each do',
        'Can we co design better ways of doing things?',
        'How do we build on the best bits of each services traditions and practices?',
      ],
      source: PARTNERSHIPS,
    },
    {
      id: 'power',
      heading: 'Power',
      lead: 'An “accountability” agenda.',
      points: [
        'To whom are we accountable, and for what',
        'Both within our local silo and in our relationship with Whitehall',
        'What gets counted is what gets valued',
      ],
      source: PARTNERSHIPS,
    },
    {
      id: 'outcome',
      heading: 'Understanding the outcome',
      points: ['Simpler for the staff', 'Better for the user', 'Cheaper for the tax payer'],
      source: PARTNERSHIPS,
    },
    { id: 'discussion', heading: 'Clarification and discussion', points: [], source: SPL },
  ],
};
