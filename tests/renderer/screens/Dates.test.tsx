import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, progress, snapshot } from '../../support/snapshots';

describe('Dates', () => {
  it('keeps the iCloud date the person reads off the phone', async () => {
    const { memory, user } = await renderApp(snapshot(), progress(), 'Last backup dates');
    await user.type(screen.getByLabelText('“Last successful backup” date shown on your phone'), '2026-11-02');
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    expect(memory.progress().icloudLastBackup?.date).toBe('2026-11-02');
    await waitFor(() => expect(screen.getByTestId('icloud-date').textContent).toContain('2 Nov 2026'));
  });

  it('lists the local backups and shows a folder through main', async () => {
    const { memory, user } = await renderApp(snapshot({ backups: [backup({ encrypted: true })] }), progress(), 'Last backup dates');
    const row = screen.getByTestId('local-backup');
    expect(row.textContent).toContain('Anna’s iPhone');
    expect(row.textContent).toContain('Complete, encrypted');
    expect(row.textContent).toContain('ID 00008130…001E');
    expect(row.textContent).not.toContain('00008130001A2B3C4D5E001E');
    await user.click(within(row).getByRole('button', { name: 'Show folder' }));
    expect(memory.actions).toEqual([{ action: 'reveal-backup', udid: '00008130001A2B3C4D5E001E' }]);
  });

  it('asks for Full Disk Access instead of claiming there are no backups', async () => {
    await renderApp(snapshot({ sources: { backups: { state: 'needs-permission', reason: 'x' } } }), progress(), 'Last backup dates');
    expect(screen.queryByTestId('local-backup')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Open Full Disk Access settings' }).length).toBeGreaterThan(0);
  });
});
