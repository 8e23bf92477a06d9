import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BriefingReference } from '../../client/src/briefing/BriefingReference.js';
import { BriefingEditor } from '../../client/src/briefing/editor/BriefingEditor.js';
import { initialClock, readBriefing, whatWillChange } from '../../shared/src/index.js';
import { agenda, controlState, renderScreen } from './harness.js';

const atBriefing = {
  control: controlState({
    clock: { ...initialClock(), currentIndex: agenda.findIndex((i) => i.id === 'briefing') },
  }),
};
const cardOf = (doc: Parameters<typeof readBriefing>[0], id: string) =>
  readBriefing(doc)[0]!.cards.find((card) => card.id === id);

describe('the facilitator’s briefing editor', () => {
  it('edits a card’s lead and points, shown at once where the deck is read', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(
      <>
        <BriefingEditor />
        <BriefingReference />
      </>,
      { role: 'facilitator', state: atBriefing },
    );
    const cards = screen.getByRole('list', { name: 'Cards of What will change?' });
    expect(within(cards).getAllByRole('button')).toHaveLength(whatWillChange.cards.length);
    // The card on the projector is the one open.
    expect(within(cards).getByRole('button', { name: /^1\. Three major challenges/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(cards).getByRole('button', { name: '2. Defining the level of cuts' }));
    const form = screen.getByRole('region', { name: 'Editing card 2 of 10' });
    await user.type(within(form).getByLabelText(/^Lead/), 'Our cuts: £12m by 2014');
    expect(cardOf(doc, 'level-of-cuts')!.lead).toBe('Our cuts: £12m by 2014');
    expect(
      screen.getByText('Our cuts: £12m by 2014', { selector: '.briefing-card__lead' }),
    ).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Add a point' }));
    // The new point has the keyboard.
    expect(within(form).getByLabelText('Point 2')).toHaveFocus();
    await user.keyboard('£4m from shared services');
    expect(cardOf(doc, 'level-of-cuts')!.points).toEqual([
      'What choices have you made and have yet to make?',
      '£4m from shared services',
    ]);
    await user.clear(within(form).getByLabelText('Heading'));
    await user.type(within(form).getByLabelText('Heading'), 'Our level of cuts');
    expect(within(cards).getByRole('button', { name: '2. Our level of cuts' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Remove point 1' }));
    expect(cardOf(doc, 'level-of-cuts')!.points).toEqual(['£4m from shared services']);
    expect(within(form).getByRole('button', { name: 'Add a point' })).toHaveFocus();
  });

  it('adds a card after the one open, and removes a card only when confirmed', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<BriefingEditor />, { role: 'facilitator', state: atBriefing });
    const add = screen.getByRole('form', { name: 'Add a card' });
    await user.type(within(add).getByLabelText('Heading of a new card'), 'Our figures');
    await user.click(within(add).getByRole('button', { name: 'Add the card' }));
    const ids = readBriefing(doc)[0]!.cards.map((card) => card.heading);
    expect(ids.slice(0, 3)).toEqual([
      'Three major challenges face the council',
      'Our figures',
      'Defining the level of cuts',
    ]);
    const form = screen.getByRole('region', { name: 'Editing card 2 of 11' });
    expect(within(form).getByLabelText(/^Lead/)).toHaveFocus();
    await user.keyboard('Set at cabinet in February.');
    expect(readBriefing(doc)[0]!.cards[1]!.lead).toBe('Set at cabinet in February.');

    await user.click(within(form).getByRole('button', { name: 'Remove this card' }));
    const confirm = screen.getByRole('group', { name: 'Remove this card?' });
    expect(confirm).toHaveTextContent('Remove “Our figures” from the briefing for everyone?');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(readBriefing(doc)[0]!.cards).toHaveLength(11);
    await user.click(within(form).getByRole('button', { name: 'Remove this card' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(readBriefing(doc)[0]!.cards.map((card) => card.heading)).not.toContain('Our figures');
    expect(readBriefing(doc)).toEqual([
      whatWillChange,
      expect.objectContaining({ itemId: 'how-you-will-change' }),
    ]);
  });

  it('is the facilitator’s alone: a tablet and the Leader get no editor', () => {
    for (const role of ['team', 'leader', 'projector'] as const) {
      const { container, unmount } = renderScreen(<BriefingEditor />, { role, state: atBriefing });
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });
});
