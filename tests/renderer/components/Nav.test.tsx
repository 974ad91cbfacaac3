import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../render-app';
import { snapshot } from '../../support/snapshots';

// The menu button only shows below 820 px (CSS the test environment does not apply); its behaviour is the same at any width.
describe('Nav', () => {
  it('folds the screens behind a menu button that names the current one', async () => {
    await renderApp(snapshot());
    const toggle = screen.getByTestId('nav-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Sections: Overview');
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect([...(list?.querySelectorAll('button') ?? [])].map((button) => button.dataset.testid)).toEqual(['nav-overview', 'nav-checklist', 'nav-walkthrough', 'nav-dates', 'nav-help']);
  });

  it('opens, takes the person to the screen they choose, and folds away again', async () => {
    const { user } = await renderApp(snapshot());
    const toggle = screen.getByTestId('nav-toggle');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.closest('nav')?.className).toContain('open');
    await user.click(screen.getByTestId('nav-dates'));
    await screen.findByRole('heading', { level: 1, name: 'Last backup dates' }, { timeout: 15_000 });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Sections: Last backup dates');
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { user } = await renderApp(snapshot());
    const toggle = screen.getByTestId('nav-toggle');
    await user.click(toggle);
    screen.getByTestId('nav-checklist').focus();
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('choosing the screen already showing closes the menu with focus on its button, not lost', async () => {
    const { user } = await renderApp(snapshot());
    const toggle = screen.getByTestId('nav-toggle');
    await user.click(toggle);
    await user.click(screen.getByTestId('nav-overview'));
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(toggle);
  });
});
