import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  addDissentPoint,
  addProposition,
  answerDissentPoint,
  readPresentationNotes,
} from '../../shared/src/index.js';
import { ActionsView } from '../../client/src/chair/ActionsView.js';
import { ChairPanel } from '../../client/src/chair/ChairPanel.js';
import { controlState, renderScreen } from './harness.js';

const action = {
  id: 'a1',
  commitment: 'Ballot leisure staff on a mutual',
  owner: { name: 'Director of communities' },
  level: 'cabinet' as const,
  council: null,
  dueDate: '2027-03-31',
  propositionId: null,
  status: 'proposed' as const,
  proposedByTeamId: 'team-1',
};

describe('the Leader’s chair', () => {
  it('reorders, steps through and shows a team’s proposition with the dissent it survived; records a decision', async () => {
    const chair = { order: [], showing: { kind: 'team' as const, teamId: 'team-1' }, decisions: {} };
    const { sent, doc } = renderScreen(<ChairPanel />, {
      role: 'leader',
      state: { control: controlState({ chair, propositions: { status: { x1: 'final' } } }) },
    });
    addProposition(doc, 'x1', { teamId: 'team-1', title: 'Leisure as a staff mutual' });
    addDissentPoint(doc, {
      id: 'pt1',
      round: 0,
      kind: 'dissent',
      listeningTeamId: 'team-2',
      presentingTeamId: 'team-1',
      propositionId: 'x1',
      text: 'Staff will not vote for it',
    });
    answerDissentPoint(doc, 'pt1', 'addressed');
    const presenting = await screen.findByRole('region', { name: 'Presenting now' });
    // CHAIR-6: the clock is not at the presentations, so the Leader is told the wall is not theirs yet.
    expect(screen.getByText(/which is not at the presentations now/)).toBeInTheDocument();
    expect(within(presenting).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Housing: Leisure as a staff mutual',
    );
    expect(within(presenting).getByRole('region', { name: 'The dissent it survived' })).toHaveTextContent(
      /1 point from Adult care; 1 addressed, 0 rejected.*Staff will not vote for it.*Addressed/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move Housing down' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next team' }));
    await userEvent.click(within(presenting).getByRole('button', { name: 'Add a discussion note' }));
    expect(readPresentationNotes(doc)).toEqual([expect.objectContaining({ propositionId: 'x1', text: '' })]);
    await userEvent.type(within(presenting).getByLabelText(/Changes agreed/), 'Start with one centre');
    await userEvent.click(within(presenting).getByRole('button', { name: 'Agreed with changes' }));
    expect(sent).toEqual([
      { area: 'chair', command: { type: 'setOrder', teamIds: ['team-2', 'team-1'] } },
      { area: 'chair', command: { type: 'step', by: 1 } },
      {
        area: 'chair',
        command: {
          type: 'decide',
          propositionId: 'x1',
          decision: 'agreed-with-changes',
          changes: 'Start with one centre',
        },
      },
    ]);
  });

  it('a tablet proposes an action; the Leader confirms one; agreed actions are grouped by level', async () => {
    const { sent } = renderScreen(<ActionsView />, { role: 'team' });
    const form = screen.getByRole('form', { name: 'Propose an action' });
    await userEvent.type(within(form).getByLabelText('The commitment'), 'Publish the ward budgets');
    await userEvent.type(within(form).getByLabelText('Owner’s name'), 'Head of democratic services');
    await userEvent.selectOptions(within(form).getByLabelText('Level'), 'Management team');
    await userEvent.click(within(form).getByRole('button', { name: 'Propose the action' }));
    expect(sent).toEqual([
      {
        area: 'actions',
        command: {
          type: 'propose',
          action: {
            id: expect.any(String),
            commitment: 'Publish the ward budgets',
            owner: { name: 'Head of democratic services' },
            level: 'management-team',
            council: null,
            dueDate: null,
            propositionId: null,
          },
        },
      },
    ]);
    expect(screen.queryByRole('button', { name: /Confirm/ })).toBeNull();
  });

  it('the Leader confirms or drops what is proposed', async () => {
    const actions = {
      actions: [
        action,
        {
          ...action,
          id: 'a2',
          commitment: 'Share a chief executive',
          status: 'confirmed' as const,
          level: 'personal' as const,
        },
      ],
    };
    const { sent } = renderScreen(<ActionsView chairs />, {
      role: 'leader',
      state: { control: controlState({ actions }) },
    });
    expect(screen.getByRole('region', { name: 'Personal actions' })).toHaveTextContent(
      'Share a chief executive (Director of communities; 31 March 2027)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm: Ballot leisure staff on a mutual' }));
    // ACTION-3: the Leader changes an agreed action in the same fields.
    await userEvent.click(screen.getByRole('button', { name: 'Change: Share a chief executive' }));
    const change = screen.getByRole('form', { name: 'Change: Share a chief executive' });
    expect(within(change).getByLabelText('Owner’s name')).toHaveValue('Director of communities');
    await userEvent.selectOptions(within(change).getByLabelText('Level'), 'Cabinet');
    await userEvent.click(within(change).getByRole('button', { name: 'Save the change' }));
    expect(sent).toEqual([
      { area: 'actions', command: { type: 'confirm', actionId: 'a1' } },
      {
        area: 'actions',
        command: {
          type: 'edit',
          actionId: 'a2',
          fields: {
            commitment: 'Share a chief executive',
            owner: { name: 'Director of communities' },
            level: 'cabinet',
            council: null,
            dueDate: '2027-03-31',
            propositionId: null,
          },
        },
      },
    ]);
    expect(screen.queryByRole('form', { name: 'Change: Share a chief executive' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Done: Share a chief executive' }));
    expect(sent.at(-1)).toEqual({
      area: 'actions',
      command: { type: 'markDone', actionId: 'a2', done: true },
    });
  });
});

describe('the wall at the presentations', () => {
  it('follows the Leader: the order, a team’s proposition, the agreed actions by level', async () => {
    const { PresentationsWall } = await import('../../client/src/chair/PresentationsWall.js');
    const chair = { order: ['team-2', 'team-1'], showing: null, decisions: {} };
    const actions = {
      actions: [
        { ...action, status: 'confirmed' as const },
        { ...action, id: 'a2', commitment: 'Not yet agreed', level: 'personal' as const },
      ],
    };
    const { store, doc } = renderScreen(<PresentationsWall />, {
      role: 'projector',
      state: { control: controlState({ chair, actions }) },
    });
    addProposition(doc, 'x1', { teamId: 'team-1', title: 'Leisure as a staff mutual' });
    const order = await screen.findByRole('region', { name: 'Order of presentations' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Adult care', 'Housing: Leisure as a staff mutual']);
    act(() =>
      store.setState({
        control: controlState({ chair: { ...chair, showing: { kind: 'team', teamId: 'team-1' } }, actions }),
      }),
    );
    expect(screen.getByRole('region', { name: 'Presenting now' })).toHaveTextContent(
      /Housing.*Leisure as a staff mutual.*No dissent was recorded against it/,
    );
    act(() =>
      store.setState({
        control: controlState({ chair: { ...chair, showing: { kind: 'actions' } }, actions }),
      }),
    );
    expect(screen.getByRole('region', { name: 'Cabinet actions' })).toHaveTextContent(
      'Ballot leisure staff on a mutualDirector of communities · 31 March 2027',
    );
    expect(screen.getByRole('region', { name: 'Personal actions' })).toHaveTextContent('None yet.');
  });
});
