import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  addCouncilPriority,
  findTemplate,
  initialRoster,
  readCouncilPriorities,
  type Member,
  type PooledState,
  type WorkshopSummary,
} from '../../shared/src/index.js';
import { CouncilPriorities } from '../../client/src/councils/CouncilPriorities.js';
import { PairingConsole } from '../../client/src/councils/PairingConsole.js';
import { PoolingConsole } from '../../client/src/councils/PoolingConsole.js';
import { PooledBoard } from '../../client/src/councils/PooledBoard.js';
import { ProgrammeWorkspace } from '../../client/src/screens/tablet/ProgrammeWorkspace.js';
import { controlState, renderScreen, summary as spl } from './harness.js';

const template = findTemplate('shared-services-leadership')!;
const summary: WorkshopSummary = {
  id: 'w1',
  title: 'Shared services',
  templateId: template.id,
  agenda: template.agenda,
  teams: [
    { id: 'team-1', name: 'First council’s cabinet' },
    { id: 'team-2', name: 'Second council’s cabinet' },
    { id: 'team-3', name: 'Shared management team' },
  ],
};
const bodies = template.room.bodies.map((b) =>
  b.id === 'first-cabinet'
    ? { ...b, council: 'Northshire' }
    : b.id === 'second-cabinet'
      ? { ...b, council: 'Southvale' }
      : b,
);
const member = (id: string, name: string, teamId: string, bodyId: string, role: string): Member => ({
  id,
  name,
  teamId,
  bodyId,
  role,
});
const roster = {
  ...initialRoster(bodies),
  members: [
    member('m-ann', 'Ann Lee', 'team-1', 'first-cabinet', 'Portfolio holder, Finance'),
    member('m-raj', 'Raj Patel', 'team-2', 'second-cabinet', 'Portfolio holder, Finance and Resources'),
  ],
};
const state = (pooled?: PooledState) => ({
  summary,
  control: controlState({ agenda: template.agenda, roster, ...(pooled && { pooled }) }),
});

describe('the two councils’ screens', () => {
  it('a cabinet’s tablet adds a headline priority with how it fits, as its own', async () => {
    const { doc } = renderScreen(<CouncilPriorities teamId="team-1" />, { state: state() });
    const form = screen.getByRole('form', { name: 'Add a headline priority' });
    await userEvent.type(within(form).getByLabelText('Headline priority'), 'Growing the local economy');
    await userEvent.type(within(form).getByLabelText('How it fits'), 'Fewer posts, more partners');
    await userEvent.click(within(form).getByRole('button', { name: 'Add priority' }));
    expect(readCouncilPriorities(doc)).toEqual([
      {
        id: expect.any(String),
        teamId: 'team-1',
        headline: 'Growing the local economy',
        fit: 'Fewer posts, more partners',
      },
    ]);
    expect(screen.getByRole('heading', { name: 'Northshire’s headline priorities' })).toBeTruthy();
    expect(screen.getAllByText('Growing the local economy', { exact: false }).length).toBeGreaterThan(0);
  });

  it('the pooled board shows a merge with both wordings and both councils’ names', () => {
    const pooled: PooledState = { groups: [{ id: 'p1', priorityIds: ['p1', 'p2'], scope: 'shared' }] };
    const { doc } = renderScreen(<PooledBoard showUnsorted={false} />, {
      role: 'projector',
      state: state(pooled),
    });
    act(() => {
      addCouncilPriority(doc, 'p1', 'team-1', 'Growing the local economy');
      addCouncilPriority(doc, 'p2', 'team-2', 'Jobs and growth');
    });
    const shared = screen.getByRole('region', { name: 'Shared: one agenda for the managers' });
    expect(within(shared).getByText('Merged: Northshire and Southvale')).toBeTruthy();
    expect(within(shared).getByText(/Growing the local economy/).textContent).toContain('(Northshire)');
    expect(within(shared).getByText(/Jobs and growth/).textContent).toContain('(Southvale)');
    expect(screen.getByRole('region', { name: 'Northshire’s own' })).toBeTruthy();
  });

  it('the console sorts and merges through the control pipeline', async () => {
    const { doc, sent } = renderScreen(<PoolingConsole />, { role: 'facilitator', state: state() });
    act(() => {
      addCouncilPriority(doc, 'p1', 'team-1', 'Growing the local economy');
      addCouncilPriority(doc, 'p2', 'team-2', 'Jobs and growth');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Separate: Growing the local economy' }));
    await userEvent.selectOptions(
      screen.getByLabelText('Merge “Jobs and growth” with'),
      'Growing the local economy',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Merge “Jobs and growth”' }));
    expect(sent).toEqual([
      { area: 'pooled', command: { type: 'sort', priorityId: 'p1', scope: 'separate' } },
      { area: 'pooled', command: { type: 'merge', priorityId: 'p2', intoId: 'p1' } },
    ]);
  });

  it('the console proposes the portfolio holders’ pair by their portfolios', async () => {
    const { sent } = renderScreen(<PairingConsole />, { role: 'facilitator', state: state() });
    expect(screen.getByRole('list', { name: 'Proposed pairs' }).textContent).toContain('(finance)');
    await userEvent.click(screen.getByRole('button', { name: 'Pair Ann Lee and Raj Patel' }));
    expect(sent).toEqual([{ area: 'pairs', command: { type: 'pair', memberIds: ['m-ann', 'm-raj'] } }]);
  });

  it('the tablet offers these tabs only where the programme has such items', () => {
    renderScreen(<ProgrammeWorkspace teamId="team-1" />, { state: state() });
    const nav = screen.getByRole('navigation', { name: 'What this tablet shows' });
    expect(within(nav).getByRole('button', { name: 'Corporate priorities' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Portfolio pairs' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Discussion notes' })).toBeTruthy();
  });

  it('the 000 programme’s tablet has none of them', () => {
    renderScreen(<ProgrammeWorkspace teamId="team-1" />, { state: { summary: spl } });
    const nav = screen.getByRole('navigation', { name: 'What this tablet shows' });
    expect(within(nav).queryByRole('button', { name: 'Corporate priorities' })).toBeNull();
    expect(within(nav).queryByRole('button', { name: 'Portfolio pairs' })).toBeNull();
    expect(within(nav).queryByRole('button', { name: 'Discussion notes' })).toBeNull();
  });
});
