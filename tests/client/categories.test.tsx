import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TabletScreen } from '../../client/src/screens/tablet/TabletScreen.js';
import { addCard, findTemplate } from '../../shared/src/index.js';
import { controlState, renderScreen, summary } from './harness.js';

const sharedServices = findTemplate('shared-services-leadership')!;
const asSharedServices = {
  summary: { ...summary, templateId: sharedServices.id, agenda: sharedServices.agenda },
  control: controlState({ agenda: sharedServices.agenda }),
};

describe('each workshop’s own categories', () => {
  it('Strategic Political Leadership offers its three challenges and the six essentials', () => {
    renderScreen(<TabletScreen />);
    const select = screen.getAllByLabelText('Category')[0]!;
    const groups = within(select).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'The three challenges',
      'The Localism Bill’s six essentials',
    ]);
    expect(
      within(groups[0]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Budget reductions', 'The Localism Bill', 'Other Government changes']);
  });

  it('Shared Services and Management offers its own three challenges, not the other programme’s', () => {
    renderScreen(<TabletScreen />, { state: asSharedServices });
    const select = screen.getAllByLabelText('Category')[0]!;
    const challenges = within(select).getByRole('group', { name: 'The three challenges' });
    expect(
      within(challenges)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Delivering the budget reductions 2011-14',
      'Enabling the use of the Localism Bill and decentralisation',
      'Maximising the benefits of the shared management and services',
    ]);
    expect(within(select).queryByRole('option', { name: 'Less bureaucracy' })).toBeNull();
  });

  it('a card names its category by label; one the workshop does not know shows without a category', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />, { state: asSharedServices });
    act(() => {
      addCard(doc, 'c1', { title: 'One back office', category: 'shared-services', x: 0.8, y: 0.8 });
      addCard(doc, 'c2', { title: 'Parish plans', category: 'empower', x: 0.2, y: 0.8 });
    });
    const known = screen.getByRole('button', { name: /One back office/ });
    expect(known).toHaveTextContent('Shared services');
    const unknown = screen.getByRole('button', { name: /Parish plans/ });
    expect(unknown).not.toHaveTextContent(/Empowering/);
    expect(unknown.style.borderLeftColor).toBe('rgb(107, 119, 144)');
    // Opened, it offers the workshop's own categories with none chosen.
    await user.click(unknown);
    const editor = screen.getByRole('region', { name: 'Priority' });
    expect(within(editor).getByLabelText('Category')).toHaveValue('');
  });
});
