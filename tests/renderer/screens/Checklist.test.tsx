import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { progress, snapshot } from '../../support/snapshots';

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

  it('labels the test backup’s marks in its own words', async () => {
    await renderApp(snapshot(), progress(), 'iCloud checklist');
    const item = screen.getByTestId('check-try-backup-now');
    expect(within(item).getByRole('radio', { name: 'It worked' })).toBeTruthy();
    expect(within(item).getByRole('radio', { name: 'It failed or stalled' })).toBeTruthy();
  });
});
