import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TabletScreen } from '../../client/src/screens/tablet/TabletScreen.js';
import { addCard, readCards, updateCard } from '../../shared/src/index.js';
import { renderScreen } from './harness.js';

afterEach(() => localStorage.clear());

async function tabletWithPriorityOpen() {
  const user = userEvent.setup();
  const view = renderScreen(<TabletScreen />);
  act(() => addCard(view.doc, 'p1', { title: 'Shares back office with districts' }));
  await user.click(screen.getByRole('button', { name: /Shares back office/ }));
  const editor = screen.getByRole('region', { name: 'Priority' });
  return { ...view, user, title: within(editor).getByLabelText('Title') };
}

describe('a priority’s title, typed as a draft and saved whole', () => {
  it('saves on Enter and on leaving the field, not letter by letter', async () => {
    const { doc, user, title } = await tabletWithPriorityOpen();
    await user.type(title, ' now');
    expect(readCards(doc)[0]!.title).toBe('Shares back office with districts');
    await user.keyboard('{Enter}');
    expect(readCards(doc)[0]!.title).toBe('Shares back office with districts now');
    await user.type(title, ', soon');
    await user.tab();
    expect(readCards(doc)[0]!.title).toBe('Shares back office with districts now, soon');
  });

  it('shows someone else’s change when this person is not typing, and keeps a draft when they are', async () => {
    const { doc, user, title } = await tabletWithPriorityOpen();
    act(() => updateCard(doc, 'p1', { title: 'From another tablet' }));
    expect(title).toHaveValue('From another tablet');
    await user.type(title, ' and mine');
    act(() => updateCard(doc, 'p1', { title: 'Again from elsewhere' }));
    expect(title).toHaveValue('From another tablet and mine');
  });

  it('keeps what was typed through a reload, and saves it after a pause', async () => {
    const { doc, user, title, unmount } = await tabletWithPriorityOpen();
    const onDisk = Y.encodeStateAsUpdate(doc);
    await user.clear(title);
    await user.type(title, 'Half-typed');
    // A reload: the page goes without saving, and the document comes back as it was stored.
    const draft = { ...localStorage };
    unmount();
    Object.entries(draft).forEach(([key, value]) => localStorage.setItem(key, value));
    const again = renderScreen(<TabletScreen />);
    act(() => Y.applyUpdate(again.doc, onDisk));
    expect(readCards(again.doc)[0]!.title).toBe('Shares back office with districts');
    await user.click(screen.getByRole('button', { name: /Shares back office/ }));
    expect(screen.getByLabelText('Title')).toHaveValue('Half-typed');
    await waitFor(() => expect(readCards(again.doc)[0]!.title).toBe('Half-typed'), { timeout: 3000 });
    expect(localStorage.getItem('challenge-board:draft:title:w1:p1')).toBeNull();
  });
});
