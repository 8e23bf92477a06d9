import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OptionsView } from '../../client/src/teamWork/OptionsView.js';
import { PropositionsView } from '../../client/src/teamWork/PropositionsView.js';
import { TeamWorkOverview } from '../../client/src/teamWork/TeamWorkOverview.js';
import {
  addCard,
  addOption,
  addProposition,
  addWitnessNote,
  initialBoard,
  optionText,
  readOptions,
  readPropositions,
  updateOption,
} from '../../shared/src/index.js';
import { controlState, renderScreen } from './harness.js';

const board = { ...initialBoard(), allocations: { c1: 'team-1', c2: 'team-2' } };

describe('the options view (team task 2)', () => {
  it('works up an option for a priority allocated to the team: every field, the shortlist, removing it', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<OptionsView teamId="team-1" />, {
      state: { control: controlState({ board }) },
    });
    act(() => {
      addCard(doc, 'c1', { title: 'Leisure services' });
      addCard(doc, 'c2', { title: 'Not ours' });
    });
    expect(screen.getByRole('heading', { name: 'Housing’s options' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Not ours' })).toBeNull();
    const priority = screen.getByRole('region', { name: 'Leisure services' });
    expect(within(priority).getByText('No options yet for this priority.')).toBeInTheDocument();
    await user.click(within(priority).getByRole('button', { name: 'Add an option for “Leisure services”' }));

    const option = within(priority).getByRole('article', { name: 'Option 1' });
    // The new option takes the keyboard at its description.
    expect(within(option).getByLabelText('What the option is')).toHaveFocus();
    await user.keyboard('A staff mutual runs the leisure centres');
    await user.type(within(option).getByLabelText('Money'), 'Saves £200k');
    await user.type(within(option).getByLabelText('Culture'), 'Staff own it');
    await user.type(within(option).getByLabelText('Power'), 'Members commission it');
    await user.type(within(option).getByLabelText('Risks'), 'Staff may say no');
    const level = within(option).getByRole('group', { name: 'Level of change' });
    await user.click(within(level).getByRole('radio', { name: 'Organisational transformation' }));
    const provider = within(option).getByRole('group', { name: 'Kind of provider' });
    await user.click(within(provider).getByRole('radio', { name: 'Staff mutual' }));
    const aims = within(option).getByRole('group', { name: 'What it aims at' });
    await user.click(within(aims).getByRole('checkbox', { name: 'Cheaper for the tax payer' }));
    await user.click(within(aims).getByRole('checkbox', { name: 'Better for the user' }));
    await user.click(within(option).getByRole('checkbox', { name: 'On the shortlist' }));

    expect(readOptions(doc)).toEqual([
      expect.objectContaining({
        teamId: 'team-1',
        priorityId: 'c1',
        description: 'A staff mutual runs the leisure centres',
        money: 'Saves £200k',
        culture: 'Staff own it',
        power: 'Members commission it',
        risks: 'Staff may say no',
        level: 'organisational-transformation',
        provider: 'staff-mutual',
        aims: ['better', 'cheaper'],
        shortlisted: true,
      }),
    ]);
    expect(within(option).getByText('Shortlisted')).toBeInTheDocument();

    await user.click(within(option).getByRole('button', { name: 'Remove option 1' }));
    await user.click(within(option).getByRole('button', { name: 'Keep it' }));
    expect(readOptions(doc)).toHaveLength(1);
    await user.click(within(option).getByRole('button', { name: 'Remove option 1' }));
    await user.click(within(option).getByRole('button', { name: 'Yes, remove it' }));
    expect(readOptions(doc)).toEqual([]);
  });

  it('shows another device’s typing as it arrives, and says when nothing is allocated yet', () => {
    const { doc } = renderScreen(<OptionsView teamId="team-1" />, {
      state: { control: controlState({ board }) },
    });
    expect(screen.getByText(/No priorities allocated yet/)).toBeInTheDocument();
    act(() => {
      addCard(doc, 'c1', { title: 'Leisure services' });
      addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'c1' });
    });
    act(() => optionText(doc, 'o1', 'money')!.insert(0, 'From the other tablet'));
    expect(screen.getByLabelText('Money')).toHaveValue('From the other tablet');
  });
});

describe('two people typing in one field', () => {
  it('someone else’s words go into the field at once, so a key pressed before the next render keeps them', () => {
    const { doc } = renderScreen(<OptionsView teamId="team-1" />, {
      state: { control: controlState({ board }) },
    });
    act(() => {
      addCard(doc, 'c1', { title: 'Leisure services' });
      addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'c1' });
      optionText(doc, 'o1', 'money')!.insert(0, 'Saves £200k.');
    });
    const field = screen.getByLabelText<HTMLTextAreaElement>('Money');
    field.focus();
    field.setSelectionRange(12, 12);
    // The other tablet's edit arrives as an update from the network, not through React.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    optionText(other, 'o1', 'money')!.insert(0, 'Costs £50k. ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(field.value).toBe('Costs £50k. Saves £200k.');
    expect(field.selectionStart).toBe(24);
    fireEvent.change(field, { target: { value: `${field.value} Frees two posts.` } });
    expect(optionText(doc, 'o1', 'money')!.toString()).toBe('Costs £50k. Saves £200k. Frees two posts.');
  });
});

describe('the propositions view (team task 3)', () => {
  function withWork() {
    const sent = renderScreen(<PropositionsView teamId="team-1" />, {
      state: { control: controlState({ board }) },
    });
    act(() => {
      addCard(sent.doc, 'c1', { title: 'Leisure services' });
      addOption(sent.doc, 'o1', { teamId: 'team-1', priorityId: 'c1' });
      optionText(sent.doc, 'o1', 'description')!.insert(0, 'A staff mutual');
      updateOption(sent.doc, 'o1', { shortlisted: true });
      addOption(sent.doc, 'theirs', { teamId: 'team-2', priorityId: 'c2' });
    });
    return sent;
  }

  it('builds a proposition that cites the team’s options and witness notes, grouped by witness', async () => {
    const user = userEvent.setup();
    const { doc } = withWork();
    await user.type(screen.getByLabelText('New proposition'), 'Leisure as a staff mutual');
    await user.click(screen.getByRole('button', { name: 'Add proposition' }));
    const card = screen.getByRole('article', { name: 'Leisure as a staff mutual' });
    const notes = within(card).getByRole('group', { name: 'Witness evidence it draws on' });
    expect(within(notes).getByText(/No witness notes yet/)).toBeInTheDocument();
    act(() => {
      addWitnessNote(doc, 'n1', {
        teamId: 'team-1',
        witnessId: 'w-a',
        memberId: null,
        byWitness: false,
        question: 'How did your mutual start?',
        answer: 'With a year of support',
      });
      addWitnessNote(doc, 'n2', {
        teamId: 'team-1',
        witnessId: 'w-b',
        memberId: null,
        byWitness: false,
        question: 'What went wrong?',
      });
      addWitnessNote(doc, 'n3', { teamId: 'team-2', witnessId: 'w-a', memberId: null, byWitness: false });
    });
    expect(within(notes).getAllByRole('checkbox')).toHaveLength(2);
    const first = within(notes).getByRole('group', { name: 'Witness 1' });
    await user.click(within(first).getByRole('checkbox', { name: /How did your mutual start\?/ }));
    const cited = within(card).getByRole('group', { name: 'Options it draws on' });
    expect(within(cited).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(cited).getByRole('checkbox', { name: /A staff mutual/ }));
    await user.selectOptions(within(card).getByLabelText('The challenge it answers'), 'budget');
    await user.type(within(card).getByLabelText('The proposal'), 'Spin out leisure');
    const benefits = within(card).getByRole('group', { name: 'Benefits' });
    await user.click(within(benefits).getByRole('checkbox', { name: 'Simpler for the staff' }));
    await user.type(within(card).getByLabelText('Amount in £'), '£250,000');
    await user.type(within(card).getByLabelText('Share of the budget in %'), '12.5');
    await user.tab();
    await user.type(within(card).getByLabelText('First steps'), 'Ask the staff');

    expect(readPropositions(doc)).toEqual([
      expect.objectContaining({
        teamId: 'team-1',
        title: 'Leisure as a staff mutual',
        challenge: 'budget',
        proposal: 'Spin out leisure',
        benefits: ['simpler'],
        costKind: 'saving',
        pounds: 250_000,
        percent: 12.5,
        optionIds: ['o1'],
        noteIds: ['n1'],
        firstSteps: 'Ask the staff',
      }),
    ]);
  });

  it('refuses a cost that is not a number in words and keeps nothing of it', async () => {
    const user = userEvent.setup();
    const { doc } = withWork();
    act(() => addProposition(doc, 'x1', { teamId: 'team-1', title: 'Mutual' }));
    const card = screen.getByRole('article', { name: 'Mutual' });
    await user.type(within(card).getByLabelText('Share of the budget in %'), '140');
    await user.tab();
    expect(within(card).getByRole('alert')).toHaveTextContent('A percentage is between 0 and 100.');
    await user.type(within(card).getByLabelText('Amount in £'), 'lots');
    await user.tab();
    expect(within(card).getByRole('alert')).toHaveTextContent('The amount in pounds must be a number.');
    expect(readPropositions(doc)[0]).toMatchObject({ pounds: null, percent: null });
  });

  it('shows the status and sends the next step to the server', async () => {
    const user = userEvent.setup();
    const { doc, sent, store } = withWork();
    act(() => addProposition(doc, 'x1', { teamId: 'team-1', title: 'Mutual' }));
    const card = screen.getByRole('article', { name: 'Mutual' });
    expect(within(card).getByText('Draft')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Ready for dissent' }));
    expect(sent).toEqual([
      {
        area: 'propositions',
        command: { type: 'setStatus', propositionId: 'x1', status: 'ready-for-dissent' },
      },
    ]);
    act(() =>
      store.setState({
        control: controlState({ board, propositions: { status: { x1: 'ready-for-dissent' } } }),
      }),
    );
    expect(within(card).getByText('Ready for dissent')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Revised' })).toBeInTheDocument();
  });
});

describe('the console’s overview', () => {
  it('shows every team’s options and propositions, read only', () => {
    const { doc } = renderScreen(<TeamWorkOverview />, {
      role: 'facilitator',
      state: { control: controlState({ board, propositions: { status: { x1: 'final' } } }) },
    });
    act(() => {
      addOption(doc, 'o1', { teamId: 'team-1', priorityId: 'c1' });
      optionText(doc, 'o1', 'description')!.insert(0, 'A staff mutual');
      updateOption(doc, 'o1', { shortlisted: true, provider: 'staff-mutual' });
      addOption(doc, 'o2', { teamId: 'team-2', priorityId: 'c2' });
      addProposition(doc, 'x1', { teamId: 'team-1', title: 'Leisure as a mutual' });
    });
    const housing = screen.getByRole('region', { name: 'Housing' });
    expect(housing).toHaveTextContent('1 option, 1 shortlisted');
    expect(housing).toHaveTextContent('A staff mutual · Staff mutual');
    expect(housing).toHaveTextContent('Leisure as a mutual — Final');
    expect(screen.getByRole('region', { name: 'Adult care' })).toHaveTextContent('1 option, 0 shortlisted');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
