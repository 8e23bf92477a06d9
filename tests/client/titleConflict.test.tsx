import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TabletScreen } from '../../client/src/screens/tablet/TabletScreen.js';
import { addCard, readCards, updateCard } from '../../shared/src/index.js';
import { renderScreen } from './harness.js';

const OURS = 'Share back-office services with the district';
const THEIRS = 'Shared services with the districts';

afterEach(() => localStorage.clear());

/** Sends `from` everything `to` lacks, as the server relays it. */
function sync(from: Y.Doc, to: Y.Doc): void {
  act(() => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to))));
}

/** This tablet, with a priority open, and another device that holds the same board. */
async function tabletWithPriorityOpen() {
  const user = userEvent.setup();
  const view = renderScreen(<TabletScreen />);
  // Yjs keeps the higher client id's write of two at the same time: theirs, here.
  view.doc.clientID = 1;
  const there = new Y.Doc();
  there.clientID = 2;
  act(() => addCard(view.doc, 'p1', { title: 'Shares back office with districts' }));
  sync(view.doc, there);
  await user.click(screen.getByRole('button', { name: /Shares back office/ }));
  const editor = screen.getByRole('region', { name: 'Priority' });
  return { ...view, user, there, editor, title: within(editor).getByLabelText('Title') };
}

describe('a priority’s title, saved whole', () => {
  it('tells the person whose title lost, and puts theirs back with one tap', async () => {
    const { doc, user, there, editor, title } = await tabletWithPriorityOpen();
    await user.clear(title);
    await user.type(title, `${OURS}{Enter}`);
    updateCard(there, 'p1', { title: THEIRS }); // made without having seen ours
    sync(there, doc);
    sync(doc, there);

    expect(readCards(doc)[0]!.title).toBe(THEIRS);
    expect(readCards(there)[0]!.title).toBe(THEIRS);
    expect(title).toHaveValue(THEIRS);
    expect(within(editor).getByRole('status')).toHaveTextContent(
      `Someone else changed this title at the same time. Theirs was kept: “${THEIRS}”.`,
    );
    await user.click(within(editor).getByRole('button', { name: `Use mine instead: “${OURS}”` }));
    expect(readCards(doc)[0]!.title).toBe(OURS);
    expect(title).toHaveValue(OURS);
    expect(within(editor).queryByRole('button', { name: /Use mine instead/ })).toBeNull();
    sync(doc, there);
    expect(readCards(there)[0]!.title).toBe(OURS);
  });

  it('says nothing of a later change by someone who had seen ours, and shows it', async () => {
    const { doc, user, there, editor, title } = await tabletWithPriorityOpen();
    await user.clear(title);
    await user.type(title, `${OURS}{Enter}`);
    sync(doc, there);
    updateCard(there, 'p1', { title: THEIRS });
    sync(there, doc);
    expect(title).toHaveValue(THEIRS);
    expect(within(editor).getByRole('status')).toBeEmptyDOMElement();
  });

  it('points to a lost title on the map when its priority is closed', async () => {
    const { doc, user, there, title } = await tabletWithPriorityOpen();
    await user.clear(title);
    await user.type(title, OURS);
    await user.click(screen.getByRole('button', { name: 'Close' })); // closing saves the title
    updateCard(there, 'p1', { title: THEIRS });
    sync(there, doc);
    expect(
      screen.getByText(/Someone else retitled “Shared services with the districts”/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: new RegExp(THEIRS) }));
    expect(screen.getByRole('button', { name: `Use mine instead: “${OURS}”` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(readCards(doc)[0]!.title).toBe(THEIRS);
    expect(screen.queryByText(/Someone else/)).toBeNull();
  });
});
