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

  it('shows what each backup holds and what was proven, encrypted ones explained, and archived copies apart', async () => {
    const copy = backup({ archived: true, path: '/b/00008130001A2B3C4D5E001E-20260101-120000', lastBackupDate: '2026-01-01T12:00:00Z' });
    const missing = backup({ udid: '00008030000E45A02E38802E', path: '/b/other', deviceName: 'Old phone', complete: false, problem: '312 of 84,211 files this backup lists are missing, so it may not restore; make a new backup.', verification: { state: 'files-missing', filesListed: 84_211, filesMissing: 312 } });
    const locked = backup({ udid: '00008030000E45A02E38802F', path: '/b/locked', deviceName: 'Work phone', encrypted: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null }, contents: null });
    await renderApp(snapshot({ backups: [backup(), missing, locked, copy] }), progress(), 'Last backup dates');
    const rows = screen.getAllByTestId('local-backup');
    expect(rows).toHaveLength(3);
    const [verified, failing, encrypted] = ['Anna’s iPhone', 'Old phone', 'Work phone'].map((name) => rows.find((row) => row.textContent?.includes(name)));
    expect(within(verified as HTMLElement).getByTestId('backup-verification').textContent).toBe('Verified: all 84,211 files it lists are here');
    expect(within(verified as HTMLElement).getByTestId('backup-contents').textContent).toBe('8,231 photos and videos · Messages · WhatsApp chats · Contacts');
    expect(within(failing as HTMLElement).getByTestId('backup-state').textContent).toMatch(/^312 of 84,211 files this backup lists are missing/);
    expect(within(encrypted as HTMLElement).getByTestId('backup-contents').textContent).toMatch(/only its password opens it.*that is expected.*Health data/);
    const archived = screen.getByTestId('archived-backup');
    expect(screen.getByRole('heading', { name: 'Archived copies' })).toBeTruthy();
    expect(archived.textContent).toContain('(archived copy, 1 Jan 2026)');
    expect(within(archived).queryByRole('button', { name: 'Show folder' })).toBeNull();
  });

  it('asks for Full Disk Access instead of claiming there are no backups', async () => {
    await renderApp(snapshot({ sources: { backups: { state: 'needs-permission', reason: 'x' } } }), progress(), 'Last backup dates');
    expect(screen.queryByTestId('local-backup')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Open Full Disk Access settings' }).length).toBeGreaterThan(0);
  });
});
