import { oneCouncil } from './rooms.js';
import { generalCategories } from './categories.js';
import { handbookItemViews } from '../board/programmeView.js';
import type { WorkshopTemplate } from './workshopTemplate.js';

/** An agenda of one item, for a facilitator who builds the programme in the console. */
export const blank: WorkshopTemplate = {
  id: 'blank',
  title: 'Blank',
  description:
    'One item to start from: add, time and order the rest of the programme in the facilitator’s console.',
  defaultTeams: ['Task team 1', 'Task team 2', 'Task team 3'],
  room: { bodies: oneCouncil },
  itemViews: handbookItemViews,
  categories: generalCategories,
  agenda: [{ id: 'item-1', title: 'Welcome', kind: 'other', durationMin: 15, plannedStart: '9.00' }],
};
