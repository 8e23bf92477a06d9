import { oneCouncil } from './rooms.js';
import { topTeamCategories } from './categories.js';
import { handbookItemViews } from '../board/programmeView.js';
import type { WorkshopTemplate } from './workshopTemplate.js';

/**
 * "Renewing Top Team Working" (handbook 002): three linked workshops for a newly elected cabinet
 * and its corporate management team. The handbook says what each covers but publishes no times, so
 * each is given a half day, 9.30 to 1.00, that the facilitator re-times in the console.
 */
const TIMES_NOTE =
  'The handbook publishes no times for this series: this is a half day, 9.30 to 1.00, to re-time in the console.';
const series = (part: 1 | 2 | 3) => ({
  id: 'renewing-top-team-working',
  title: 'Renewing Top Team Working',
  part,
  of: 3,
});
const description = (covers: string) =>
  `Workshop ${covers} Part of a series of three for a new cabinet and its corporate management team.`;
const defaultTeams = ['Cabinet', 'Corporate management team'];

export const renewingTopTeamWorking1: WorkshopTemplate = {
  id: 'renewing-top-team-working-1',
  title: 'Renewing Top Team Working, workshop 1: the cabinet first',
  description: description(
    '1 starts with time for the cabinet alone, then brings in the corporate management team.',
  ),
  defaultTeams,
  room: { bodies: oneCouncil },
  itemViews: handbookItemViews,
  series: series(1),
  categories: topTeamCategories[1],
  timesNote: TIMES_NOTE,
  agenda: [
    {
      id: 'cabinet-alone',
      title: 'The cabinet alone: what the communities asked for at the election',
      kind: 'team-task',
      durationMin: 60,
      plannedStart: '9.30',
    },
    {
      id: 'two-roles',
      title: 'Members and managers: two separate roles, or a joint arena?',
      kind: 'input',
      durationMin: 45,
    },
    { id: 'break', title: 'Coffee/tea', kind: 'break', durationMin: 15 },
    {
      id: 'challenges',
      title: 'The challenges: budget cuts, policy changes and greater efficiencies',
      kind: 'team-task',
      durationMin: 60,
    },
    {
      id: 'joint-leadership',
      title: 'Joint leadership: what the two top teams must agree early',
      kind: 'team-task',
      durationMin: 15,
    },
    { id: 'actions', title: 'Agreed actions', kind: 'presentation', durationMin: 15 },
  ],
};

export const renewingTopTeamWorking2: WorkshopTemplate = {
  id: 'renewing-top-team-working-2',
  title: 'Renewing Top Team Working, workshop 2: a joint vision',
  description: description(
    '2 starts to build a joint vision, responds to the localism agenda and builds the working relationship.',
  ),
  defaultTeams,
  room: { bodies: oneCouncil },
  itemViews: handbookItemViews,
  series: series(2),
  categories: topTeamCategories[2],
  timesNote: TIMES_NOTE,
  agenda: [
    {
      id: 'carried-forward',
      title: 'Where workshop 1 left us: priorities and actions carried forward',
      kind: 'other',
      durationMin: 15,
      plannedStart: '9.30',
    },
    { id: 'joint-vision', title: 'Building a joint vision', kind: 'team-task', durationMin: 60 },
    { id: 'break', title: 'Coffee/tea', kind: 'break', durationMin: 15 },
    { id: 'localism', title: 'Responding to the localism agenda', kind: 'team-task', durationMin: 60 },
    {
      id: 'working-relationship',
      title: 'Building the working relationship',
      kind: 'team-task',
      durationMin: 45,
    },
    { id: 'actions', title: 'Agreed actions', kind: 'presentation', durationMin: 15 },
  ],
};

export const renewingTopTeamWorking3: WorkshopTemplate = {
  id: 'renewing-top-team-working-3',
  title: 'Renewing Top Team Working, workshop 3: performance and joint working',
  description: description(
    '3 shapes the management of strategic performance and the details of joint working.',
  ),
  defaultTeams,
  room: { bodies: oneCouncil },
  itemViews: handbookItemViews,
  series: series(3),
  categories: topTeamCategories[3],
  timesNote: TIMES_NOTE,
  agenda: [
    {
      id: 'carried-forward',
      title: 'Where workshops 1 and 2 left us: priorities and actions carried forward',
      kind: 'other',
      durationMin: 15,
      plannedStart: '9.30',
    },
    {
      id: 'strategic-performance',
      title: 'Managing the council’s strategic performance',
      kind: 'team-task',
      durationMin: 60,
    },
    { id: 'break', title: 'Coffee/tea', kind: 'break', durationMin: 15 },
    {
      id: 'joint-working',
      title: 'The details of joint working: mutual roles and responsibilities',
      kind: 'team-task',
      durationMin: 60,
    },
    {
      id: 'community-engagement',
      title: 'Joint leadership of community engagement',
      kind: 'team-task',
      durationMin: 45,
    },
    { id: 'actions', title: 'Agreed actions', kind: 'presentation', durationMin: 15 },
  ],
};
