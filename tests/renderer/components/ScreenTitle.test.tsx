import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { snapshot } from '../../support/snapshots';

describe('ScreenTitle', () => {
  it('takes no focus at start-up', async () => {
    await renderApp(snapshot());
    expect(document.activeElement).toBe(document.body);
  });

  it('takes focus when a button on another screen opens this one', async () => {
    const { user } = await renderApp(snapshot());
    await user.click(within(screen.getByTestId('next-step')).getByRole('button', { name: 'Start the checklist' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' }, { timeout: 15_000 });
    // Focus moves in an effect that runs just after the heading is drawn: wait for it, not for the heading alone.
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('takes focus when the sidebar opens this screen', async () => {
    const { user } = await renderApp(snapshot());
    await user.click(screen.getByTestId('nav-help'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Get help' }, { timeout: 15_000 });
    // Focus moves in an effect that runs just after the heading is drawn: wait for it, not for the heading alone.
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
