import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, progress, snapshot } from '../../support/snapshots';

describe('Checklist', () => {
  it('opens the first item, remembers a mark, and moves on to the next item', async () => {
    const { memory, user } = await renderApp(snapshot(), progress(), 'iCloud checklist');
    const storage = screen.getByTestId('check-storage');
    expect(storage.querySelector('details')?.open).toBe(true);
    expect(storage.textContent).toContain('5 GB free');
    await user.click(within(storage).getByRole('radio', { name: 'Checked — fine' }));
    expect(memory.progress().checklist).toEqual({ storage: 'fine' });
    await waitFor(() => expect(screen.getByTestId('check-wifi').querySelector('details')?.open).toBe(true));
    expect(screen.getByTestId('checklist-count').textContent).toContain('1 of 9 checked');
    expect(screen.getByRole('button', { name: /^iCloud checklist/ }).textContent).toContain('1/9');
  });

  it('shows marks saved earlier', async () => {
    await renderApp(snapshot(), progress({ checklist: { storage: 'culprit', wifi: 'fine' } }), 'iCloud checklist');
    expect((within(screen.getByTestId('check-storage')).getByRole('radio', { name: 'This was it' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('check-power').querySelector('details')?.open).toBe(true);
  });

  it('starts from what the phone says: “Not enough storage”, “could not be completed”, “Never”', async () => {
    const { user } = await renderApp(snapshot(), progress({ checklist: { storage: 'fine' } }), 'iCloud checklist');
    const says = screen.getByTestId('phone-says');
    for (const [message, item] of [['could-not-complete', 'wifi'], ['never', 'backup-switch'], ['not-enough-storage', 'storage']] as const) {
      await user.click(within(says).getByTestId(`phone-says-${message}`));
      const check = screen.getByTestId(`check-${item}`);
      await waitFor(() => expect(check.querySelector('details')?.open).toBe(true));
      expect(document.activeElement).toBe(check.querySelector('summary'));
    }
  });

  it('offers a backup to this computer before the checks that change the most, and says when one is there already', async () => {
    const { user } = await renderApp(snapshot(), progress(), 'iCloud checklist');
    for (const item of ['ios-update', 'apple-account', 'reset-network']) expect(screen.getByTestId(`safety-first-${item}`).textContent).toContain('Back up to this computer first');
    for (const item of ['storage', 'wifi', 'power', 'backup-switch', 'try-backup-now', 'too-much-data']) expect(screen.queryByTestId(`safety-first-${item}`)).toBeNull();
    await user.click(within(screen.getByTestId('safety-first-reset-network')).getByRole('button', { name: 'Back up to this computer first' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Back up with Finder' })).toBeTruthy();
  });

  it('says it is safe to go ahead when a recent local backup is there', async () => {
    await renderApp(snapshot({ backups: [backup({ lastBackupDate: new Date().toISOString() })] }), progress(), 'iCloud checklist');
    expect(screen.getByTestId('safety-first-ios-update').textContent).toContain('You already have a backup on this computer from');
    expect(screen.getByTestId('safety-first-ios-update').textContent).toContain('(today)');
  });

  it('labels the test backup’s marks in its own words', async () => {
    await renderApp(snapshot(), progress(), 'iCloud checklist');
    const item = screen.getByTestId('check-try-backup-now');
    expect(within(item).getByRole('radio', { name: 'It worked' })).toBeTruthy();
    expect(within(item).getByRole('radio', { name: 'It failed or stalled' })).toBeTruthy();
  });
});
