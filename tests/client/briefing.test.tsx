import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BriefingControl } from '../../client/src/briefing/BriefingControl.js';
import ProjectorScreen from '../../client/src/screens/projector/ProjectorScreen.js';
import { TabletScreen } from '../../client/src/screens/tablet/TabletScreen.js';
import { initialBoard, initialClock } from '../../shared/src/index.js';
import { agenda, controlState, renderScreen } from './harness.js';

const at = (itemId: string) => ({
  ...initialClock(),
  currentIndex: agenda.findIndex((i) => i.id === itemId),
});

describe('screens that follow the programme', () => {
  it('a tablet shows the briefing cards during an input, “back at” in the break, the map in a team task', () => {
    const { store } = renderScreen(<TabletScreen />, {
      state: { control: controlState({ clock: at('briefing') }) },
    });
    const deck = screen.getByRole('region', { name: /What will change\?/ });
    expect(within(deck).getByRole('heading', { name: '2. Empowering communities' })).toBeInTheDocument();
    expect(within(deck).getByText('neighbourhood plans')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Priority map' })).toBeNull();

    act(() => store.setState({ control: controlState({ clock: at('break') }) }));
    expect(screen.getByText('Back at 11.00')).toBeInTheDocument();

    act(() => store.setState({ control: controlState({ clock: at('team-task-1') }) }));
    expect(screen.getByRole('group', { name: 'Priority map' })).toBeInTheDocument();
  });

  it('keeps the map and the briefing one tap away, and follows the programme again at the next item', async () => {
    const user = userEvent.setup();
    const { store } = renderScreen(<TabletScreen />, {
      state: { control: controlState({ clock: at('briefing') }) },
    });
    await user.click(screen.getByRole('button', { name: 'Priority map' }));
    expect(screen.getByRole('group', { name: 'Priority map' })).toBeInTheDocument();
    act(() => store.setState({ control: controlState({ clock: at('how-you-will-change') }) }));
    expect(screen.getByRole('button', { name: 'Follow the programme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('heading', { name: 'Levels of change' })).toBeInTheDocument();
  });

  it('the projector shows the card the facilitator is on, with a square for each card of the deck', () => {
    const board = { ...initialBoard(), briefing: { itemId: 'briefing', step: 3 } };
    renderScreen(<ProjectorScreen />, {
      role: 'projector',
      state: { control: controlState({ clock: at('briefing'), board }) },
    });
    expect(screen.getByRole('heading', { name: '1. Less bureaucracy' })).toBeInTheDocument();
    expect(screen.getByText('regional strategies')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What will change?: card 4 of 10' })).toBeInTheDocument();
    // Still a countdown, in the corner.
    expect(screen.getByRole('timer')).toBeInTheDocument();
  });

  it('a step for another item starts this one’s deck at its first card', () => {
    const board = { ...initialBoard(), briefing: { itemId: 'briefing', step: 5 } };
    renderScreen(<ProjectorScreen />, {
      role: 'projector',
      state: { control: controlState({ clock: at('how-you-will-change'), board }) },
    });
    expect(screen.getByRole('heading', { name: 'Levels of change' })).toBeInTheDocument();
  });

  it('the facilitator steps the projector through the cards', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<BriefingControl />, {
      role: 'facilitator',
      state: { control: controlState({ clock: at('briefing') }) },
    });
    expect(screen.getByText(/card 1 of 10/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous card' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next card' }));
    expect(sent).toEqual([{ area: 'board', command: { type: 'briefing', itemId: 'briefing', step: 1 } }]);
  });
});
