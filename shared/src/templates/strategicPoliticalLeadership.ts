import type { WorkshopTemplate } from './workshopTemplate.js';

/** The half-day challenge workshop for a council's political leadership, 9.00 to 1.00. */
export const strategicPoliticalLeadership: WorkshopTemplate = {
  id: 'strategic-political-leadership',
  title: 'Strategic Political Leadership in New Times',
  description:
    'A half-day challenge workshop for the cabinet and corporate management team: the challenges, priorities, options, witnesses, ritual dissent and agreed actions.',
  defaultTeams: ['Task team 1', 'Task team 2', 'Task team 3', 'Task team 4'],
  agenda: [
    { id: 'introduction', title: 'Introduction', kind: 'input', durationMin: 10, plannedStart: '9.00' },
    {
      id: 'briefing',
      title:
        'Briefing on the challenges: budget reductions, the Localism Bill’s six essentials, other Government changes',
      kind: 'input',
      durationMin: 40,
      plannedStart: '9.10',
    },
    {
      id: 'team-task-1',
      title: 'Team task 1: map the priorities and allocate them to task teams',
      kind: 'team-task',
      durationMin: 60,
      plannedStart: '9.50',
    },
    { id: 'break', title: 'Break', kind: 'break', durationMin: 10, plannedStart: '10.50' },
    {
      id: 'team-task-2',
      title: 'Team task 2: work up initial options',
      kind: 'team-task',
      durationMin: 30,
      plannedStart: '11.00',
    },
    {
      id: 'witness-sessions',
      title: 'Witness sessions: question the expert witnesses',
      kind: 'witness',
      durationMin: 40,
      plannedStart: '11.30',
    },
    {
      id: 'team-task-3',
      title: 'Team task 3: work up propositions and test them by ritual dissent',
      kind: 'dissent',
      durationMin: 30,
      plannedStart: '12.10',
    },
    {
      id: 'presentations',
      title: 'Presentations chaired by the Leader, discussion and agreed actions',
      kind: 'presentation',
      durationMin: 20,
      plannedStart: '12.40',
    },
  ],
};
