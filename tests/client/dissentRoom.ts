import { initialRoster, type Member, type RosterState } from '../../shared/src/index.js';

/** The room the ritual-dissent screens are tested in: three teams (a fourth where a test needs one). */
export const dissentTeams = [
  { id: 'team-1', name: 'Housing and growth' },
  { id: 'team-2', name: 'Adult care' },
  { id: 'team-3', name: 'Communities' },
];

export const member = (id: string, name: string, teamId: string): Member => ({
  id,
  name,
  teamId,
  bodyId: null,
  role: '',
});

/** Two people for Housing and growth, one each for Adult care and Communities. */
export const dissentRoster: RosterState = {
  ...initialRoster([]),
  members: [
    member('m-priya', 'Priya Shah', 'team-1'),
    member('m-sam', 'Sam Okafor', 'team-1'),
    member('m-tom', 'Tom Jones', 'team-2'),
    member('m-raj', 'Raj Patel', 'team-3'),
  ],
};
