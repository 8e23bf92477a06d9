import { twoCouncils } from './rooms.js';
import { sharedServicesCategories } from './categories.js';
import { handbookItemViews } from '../board/programmeView.js';
import type { WorkshopTemplate } from './workshopTemplate.js';

/**
 * "Leadership of Shared Services and Management" (handbook 001): the two councils' cabinets and
 * their shared management team, 9.00 to 1.30, ending with action plans and lunch. Titles are the
 * programme's own; only the first item carries a time, the rest follow from the durations.
 */
export const sharedServicesLeadership: WorkshopTemplate = {
  id: 'shared-services-leadership',
  title: 'Leadership of Shared Services and Management',
  description:
    'A half day for the cabinets of two councils sharing services and their shared management team, 9.00 to 1.30: working together, shared and separate corporate priorities, portfolio-holder pairs, the Localism Bill, and action plans at cabinet, management team and personal levels.',
  defaultTeams: ['First council’s cabinet', 'Second council’s cabinet', 'Shared management team'],
  room: { bodies: twoCouncils },
  itemViews: handbookItemViews,
  categories: sharedServicesCategories,
  agenda: [
    {
      id: 'introduction',
      title: 'Introduction to the workshop: Shared ambitions',
      kind: 'other',
      durationMin: 5,
      plannedStart: '9.00',
    },
    { id: 'working-together', title: 'Working effectively together', kind: 'other', durationMin: 55 },
    {
      id: 'corporate-priorities',
      title: 'What are shared and what are separate corporate priorities?',
      kind: 'team-task',
      durationMin: 60,
      shows: { projector: 'pooled', tablet: 'pooled' },
    },
    { id: 'break', title: 'Coffee/Tea', kind: 'break', durationMin: 15 },
    {
      id: 'portfolio-pairs',
      title: 'The partnership between the two portfolio holders and managers',
      kind: 'team-task',
      durationMin: 30,
      shows: { projector: 'pairs', tablet: 'pairs' },
    },
    {
      id: 'localism',
      title: 'Impacts of the Localism Bill',
      kind: 'team-task',
      durationMin: 30,
      shows: { tablet: 'discussion' },
    },
    {
      id: 'innovation',
      title: 'Innovation, risk and change',
      kind: 'team-task',
      durationMin: 30,
      shows: { tablet: 'discussion' },
    },
    { id: 'action-plans', title: 'Action Plans', kind: 'presentation', durationMin: 15 },
    { id: 'lunch', title: 'Lunch', kind: 'break', durationMin: 30 },
  ],
};
