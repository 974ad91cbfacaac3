import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, progress, snapshot } from '../../support/snapshots';

describe('Dates', () => {
  it('keeps the iCloud date the person reads off the phone', async () => {
    const { memory, user } = await renderApp(snapshot(), progress(), 'Last backup dates');
    expect(screen.getByTestId('icloud-date').textContent).toContain('Not noted yet');
    expect(screen.queryByText('Missing')).toBeNull();
    await user.type(screen.getByLabelText('…or a date: type the date shown on your phone'), '2026-11-02');
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    expect(memory.progress().icloudLastBackup?.date).toBe('2026-11-02');
    await waitFor(() => expect(screen.getByTestId('icloud-date').textContent).toContain('Nov 2, 2026'));
  });

  it('takes Today, Yesterday and Never as the phone shows them', async () => {
    const { memory, user } = await renderApp(snapshot(), progress(), 'Last backup dates');
    const day = (back: number) => {
      const d = new Date();
      d.setDate(d.getDate() - back);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await user.click(screen.getByRole('button', { name: 'Yesterday' }));
    await waitFor(() => expect(memory.progress().icloudLastBackup?.date).toBe(day(1)));
    await waitFor(() => expect(screen.getByTestId('icloud-date').textContent).toContain('(yesterday)'));
    await user.click(screen.getByRole('button', { name: 'Today' }));
    await waitFor(() => expect(memory.progress().icloudLastBackup?.date).toBe(day(0)));
    await user.click(screen.getByRole('button', { name: 'Never' }));
    await waitFor(() => expect(memory.progress().icloudLastBackup?.date).toBe('never'));
    await waitFor(() => expect(screen.getByTestId('icloud-date').textContent).toContain('never finished an iCloud backup'));
    // "Never" leads to the check that fixes it, opened and focused.
    await user.click(within(screen.getByTestId('icloud-date-section')).getByRole('button', { name: 'Go to “Is iCloud Backup switched on?”' }));
    const item = await screen.findByTestId('check-backup-switch');
    expect(item.querySelector('details')?.open).toBe(true);
    // Focus moves in the effect that runs after the check is drawn, so wait for it to arrive.
    await waitFor(() => expect(document.activeElement).toBe(item.querySelector('summary')));
  });

  it('starts from what the phone says: each message opens the check that fixes it', async () => {
    const { user } = await renderApp(snapshot(), progress(), 'Last backup dates');
    await user.click(within(screen.getByTestId('phone-says')).getByRole('button', { name: 'Go to “Is there room left in iCloud?”' }));
    const item = await screen.findByTestId('check-storage');
    await waitFor(() => expect(document.activeElement).toBe(item.querySelector('summary')));
  });

  it('gives the exact clicks for Full Disk Access, and confirms the moment it is granted', async () => {
    const { memory } = await renderApp(snapshot({ version: '15.1', sources: { backups: { state: 'needs-permission', reason: 'x' } } }), progress(), 'Last backup dates');
    const steps = screen.getByTestId('full-disk-access-steps');
    expect(steps.textContent).toContain('System Settings');
    expect(steps.textContent).toContain('click the + button under the list');
    expect(steps.textContent).toContain('Turn on the switch next to Backup Lifeboat');
    expect(steps.textContent).toContain('Quit & Reopen');
    expect(screen.queryByTestId('full-disk-access-granted')).toBeNull();
    act(() => memory.pushSnapshot({ ...snapshot({ version: '15.1', backups: [backup()] }), sequence: 2 }));
    expect((await screen.findByTestId('full-disk-access-granted')).textContent).toContain('Full Disk Access is on');
    expect(screen.queryByTestId('full-disk-access-steps')).toBeNull();
  });

  it('gives the System Preferences clicks on macOS 12 and earlier', async () => {
    await renderApp(snapshot({ version: '12.7', sources: { backups: { state: 'needs-permission', reason: 'x' } } }), progress(), 'Last backup dates');
    const steps = screen.getByTestId('full-disk-access-steps');
    expect(steps.textContent).toContain('System Preferences');
    expect(steps.textContent).toContain('Click the lock');
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
    const copy = backup({ archived: true, path: '/b/00008130001A2B3C4D5E001E-20260101-120000', lastBackupDate: '2026-01-01T09:00:00Z' });
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
    expect(archived.textContent).toContain('(archived copy, Jan 1, 2026)');
    expect(within(archived).queryByRole('button', { name: 'Show folder' })).toBeNull();
  });

  it('asks for Full Disk Access instead of claiming there are no backups', async () => {
    await renderApp(snapshot({ sources: { backups: { state: 'needs-permission', reason: 'x' } } }), progress(), 'Last backup dates');
    expect(screen.queryByTestId('local-backup')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Open Full Disk Access settings' }).length).toBeGreaterThan(0);
  });
});
