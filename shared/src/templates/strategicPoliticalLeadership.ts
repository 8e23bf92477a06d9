import { strategicPoliticalCategories } from './categories.js';
import { howYouWillChange, whatWillChange } from './briefing.js';
import { oneCouncil } from './rooms.js';
import { handbookItemViews } from '../board/programmeView.js';
import type { WorkshopTemplate } from './workshopTemplate.js';

/**
 * "Strategic Political Leadership in New Times" (handbook 000): the challenge workshop for a
 * council's leading politicians, 9.00 to 1.00. Titles are the programme's own; only the first item
 * carries a time, the rest follow from the durations, which the programme test checks against the
 * published times.
 */
export const strategicPoliticalLeadership: WorkshopTemplate = {
  id: 'strategic-political-leadership',
  title: 'Strategic Political Leadership in New Times',
  description:
    'The challenge workshop for a council’s leading politicians, 9.00 to 1.00: the three challenges, the Localism Bill’s six essentials, three team tasks, witness sessions, ritual dissent and presentations chaired by the Leader.',
  defaultTeams: ['Task team 1', 'Task team 2', 'Task team 3', 'Task team 4'],
  room: { bodies: oneCouncil },
  itemViews: handbookItemViews,
  categories: strategicPoliticalCategories,
  briefing: [whatWillChange, howYouWillChange],
  agenda: [
    {
      id: 'introduction',
      title: 'Introduction to the Workshop and how it will work',
      kind: 'other',
      durationMin: 10,
      plannedStart: '9.00',
    },
    {
      id: 'briefing',
      title: 'Input: What will change? – briefing on the challenges you face',
      kind: 'input',
      durationMin: 40,
    },
    {
      id: 'team-task-1',
      title: 'Team task 1: What should the Council tackle?',
      kind: 'team-task',
      durationMin: 25,
    },
    {
      id: 'how-you-will-change',
      title: 'Input: How you will change? – briefing on the different types of change and service providers',
      kind: 'input',
      durationMin: 15,
    },
    { id: 'break', title: 'Coffee/tea', kind: 'break', durationMin: 30 },
    {
      id: 'team-task-2',
      title: 'Team task 2: Work up initial options',
      kind: 'team-task',
      durationMin: 30,
      shows: { tablet: 'options' },
    },
    {
      id: 'witness-sessions',
      title: 'Witness sessions: Tapping into other peoples experience',
      kind: 'witness',
      durationMin: 40,
    },
    {
      id: 'team-task-3',
      title: 'Team task 3: Working up the propositions and ritual dissent',
      kind: 'dissent',
      durationMin: 30,
    },
    {
      id: 'presentations',
      title: 'Presentation, discussion and action planning',
      kind: 'presentation',
      durationMin: 20,
    },
  ],
};
