import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { useCards } from '../../client/src/board/useCards.js';
import { addCard, cardsMap } from '../../shared/src/index.js';

it('shows cards that arrive between the first render and its subscription', () => {
  const doc = new Y.Doc();
  function Titles() {
    const cards = useCards(doc);
    // Runs after the render has read the cards and before the store is subscribed to, as a sync
    // arriving while a lazy screen is being shown can.
    useLayoutEffect(() => {
      if (cardsMap(doc).size === 0) addCard(doc, 'c1', { title: 'Libraries' });
    }, []);
    return <p>{cards.map((card) => card.title).join(', ') || 'No cards'}</p>;
  }
  render(<Titles />);
  expect(screen.getByText('Libraries')).toBeInTheDocument();
});
