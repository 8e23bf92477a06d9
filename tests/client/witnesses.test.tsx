import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  addWitnessNote,
  initialRoster,
  readWitnessNotes,
  witnessNoteText,
  type Member,
  type Witness,
  type WitnessesState,
} from '../../shared/src/index.js';
import ProjectorScreen from '../../client/src/screens/projector/ProjectorScreen.js';
import { TeamWitnessNotes } from '../../client/src/witnesses/TeamWitnessNotes.js';
import WitnessScreen from '../../client/src/witnesses/WitnessScreen.js';
import { WitnessesPanel } from '../../client/src/witnesses/WitnessesPanel.js';
import { controlState, renderScreen } from './harness.js';

const member = (id: string, name: string, teamId: string): Member => ({
  id,
  name,
  teamId,
  bodyId: null,
  role: '',
});
const witness = (id: string, name: string, patch: Partial<Witness> = {}): Witness => ({
  id,
  name,
  expertise: 'staff mutuals',
  attendance: 'room',
  freeFromMin: 0,
  freeToMin: 30,
  ...patch,
});
const roster = {
  ...initialRoster([]),
  members: [
    member('m-priya', 'Priya Shah', 'team-1'),
    member('m-tom', 'Tom Jones', 'team-1'),
    member('m-ann', 'Ann Lee', 'team-2'),
  ],
  speakingFor: { 'link-team': ['m-priya'] },
};
const sessions: WitnessesState = {
  slotMinutes: 10,
  witnesses: [
    witness('w-beth', 'Beth Evans'),
    witness('w-raj', 'Raj Patel', { expertise: 'total place', attendance: 'phone' }),
  ],
  placements: [
    { memberId: 'm-priya', witnessId: 'w-beth', slot: 0 },
    { memberId: 'm-tom', witnessId: 'w-raj', slot: 0 },
    { memberId: 'm-ann', witnessId: 'w-beth', slot: 1 },
  ],
};
const state = (patch = {}) => ({ control: controlState({ roster, witnesses: sessions, ...patch }) });

describe('witness sessions on the console', () => {
  it('adds a witness with expertise, how they take part and when they are free, and proposes who goes where', async () => {
    const { sent } = renderScreen(<WitnessesPanel />, { role: 'facilitator', state: state() });
    const form = screen.getByRole('form', { name: 'Add a witness' });
    await userEvent.type(within(form).getByLabelText('Witness’s name'), 'Sam Okafor');
    await userEvent.type(within(form).getByLabelText('Expertise'), 'social enterprises');
    await userEvent.selectOptions(within(form).getByLabelText('Takes part'), 'By video');
    await userEvent.selectOptions(within(form).getByLabelText('Free from'), '11.40');
    await userEvent.click(within(form).getByRole('button', { name: 'Add the witness' }));
    await userEvent.click(screen.getByRole('button', { name: 'Propose who goes where' }));
    expect(sent).toEqual([
      {
        area: 'witnesses',
        command: {
          type: 'addWitness',
          witness: {
            id: expect.any(String),
            name: 'Sam Okafor',
            expertise: 'social enterprises',
            attendance: 'video',
            freeFromMin: 10,
            freeToMin: 40,
          },
        },
      },
      { area: 'witnesses', command: { type: 'propose' } },
    ]);
  });

  it('moves a member by hand and shows a refusal in the server’s words', async () => {
    const refusal =
      'Beth Evans already sees another task team at 11.30 (Priya Shah): a witness sees one team at a time.';
    const { sent } = renderScreen(<WitnessesPanel />, {
      role: 'facilitator',
      state: state(),
      answer: { ok: false, error: { code: 'witness-busy', message: refusal } },
    });
    expect(screen.getByRole('combobox', { name: 'Witness for Priya Shah' })).toHaveValue('w-beth@0');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Witness for Ann Lee' }),
      'Beth Evans, 11.30',
    );
    expect(sent.at(-1)).toEqual({
      area: 'witnesses',
      command: { type: 'place', placement: { memberId: 'm-ann', witnessId: 'w-beth', slot: 0 } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
  });
});

describe('witness notes on the team’s tablet', () => {
  it('shows who goes where, lets the member it speaks for add a question, and groups the notes by witness', async () => {
    const { doc } = renderScreen(<TeamWitnessNotes teamId="team-1" />, { state: state() });
    const who = screen.getByRole('list', { name: 'Who goes to which witness' });
    expect(
      within(who)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Priya Shah goes to Beth Evans at 11.30', 'Tom Jones goes to Raj Patel at 11.30']);
    // The tablet speaks for Priya, who goes to Beth: she adds the question; Tom's is not hers to add.
    const beth = screen.getByRole('region', { name: 'Notes for Beth Evans' });
    expect(screen.queryByRole('button', { name: 'Add a question from Tom Jones' })).toBeNull();
    await userEvent.click(within(beth).getByRole('button', { name: 'Add a question from Priya Shah' }));
    await userEvent.type(within(beth).getByLabelText('Question'), 'Who owns the mutual?');
    expect(readWitnessNotes(doc)).toMatchObject([
      { teamId: 'team-1', witnessId: 'w-beth', memberId: 'm-priya', question: 'Who owns the mutual?' },
    ]);
    // The witness's answer and note arrive, and the whole team reads them under that witness.
    act(() => {
      witnessNoteText(doc, readWitnessNotes(doc)[0]!.id, 'answer')!.insert(0, 'The staff do.');
      addWitnessNote(doc, 'by-beth', {
        teamId: 'team-1',
        witnessId: 'w-beth',
        memberId: null,
        byWitness: true,
        answer: 'Ask about the pension fund.',
      });
      addWitnessNote(doc, 'other-team', {
        teamId: 'team-2',
        witnessId: 'w-beth',
        memberId: 'm-ann',
        byWitness: false,
      });
    });
    expect(within(beth).getByLabelText('Answer')).toHaveValue('The staff do.');
    expect(within(beth).getByText('Note from Beth Evans')).toBeInTheDocument();
    expect(within(beth).getByLabelText('Note')).toHaveValue('Ask about the pension fund.');
    expect(within(beth).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('the witness’s own screen', () => {
  it('shows who is coming with their questions, takes answers and adds a note', async () => {
    const { doc } = renderScreen(<WitnessScreen />, {
      role: 'witness',
      state: {
        ...state(),
        identity: { linkId: 'l', name: 'Beth Evans', role: 'witness', teamId: null, witnessId: 'w-beth' },
      },
    });
    addWitnessNote(doc, 'q1', {
      teamId: 'team-1',
      witnessId: 'w-beth',
      memberId: 'm-priya',
      byWitness: false,
      question: 'Who owns the mutual?',
    });
    const housing = await screen.findByRole('region', { name: 'Housing at 11.30' });
    expect(within(housing).getByText('Priya Shah')).toBeInTheDocument();
    expect(within(housing).getByText('Who owns the mutual?')).toBeInTheDocument();
    await userEvent.type(within(housing).getByLabelText('Your answer'), 'The staff do.');
    expect(witnessNoteText(doc, 'q1', 'answer')!.toString()).toBe('The staff do.');
    const care = screen.getByRole('region', { name: 'Adult care at 11.40' });
    await userEvent.click(within(care).getByRole('button', { name: 'Add a note for Adult care' }));
    await userEvent.type(within(care).getByLabelText('Your note'), 'Bring the budget.');
    expect(readWitnessNotes(doc).find((n) => n.byWitness)).toMatchObject({
      teamId: 'team-2',
      witnessId: 'w-beth',
      byWitness: true,
      answer: 'Bring the budget.',
    });
  });

  it('says so when the link is for no witness of the sessions', () => {
    renderScreen(<WitnessScreen />, { role: 'witness', state: state() });
    expect(screen.getByText(/This link is not for one of the witnesses/)).toBeInTheDocument();
  });
});

describe('the wall during the witness sessions', () => {
  it('shows who is with which witness, when and where', () => {
    const clock = {
      ...controlState().clock,
      currentIndex: controlState().agenda.findIndex((i) => i.id === 'witness-sessions'),
    };
    renderScreen(<ProjectorScreen />, { role: 'projector', state: state({ clock }) });
    const beth = screen.getByRole('region', { name: 'Beth Evans' });
    expect(within(beth).getByText('In the room · staff mutuals')).toBeInTheDocument();
    expect(
      within(beth)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['11.30 Housing: Priya Shah', '11.40 Adult care: Ann Lee']);
    expect(
      within(screen.getByRole('region', { name: 'Raj Patel' })).getByText('By phone · total place'),
    ).toBeInTheDocument();
  });
});
