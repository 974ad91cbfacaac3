import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, PHONES, progress, snapshot } from '../../support/snapshots';

describe('Overview', () => {
  it('shows this computer, its program, each connected phone and Apple’s status', async () => {
    await renderApp(snapshot({ devices: [PHONES.ready, { ...PHONES.wifiOnly, udid: 'B', name: 'Tablet', kind: 'ipad', productType: null }] }));
    expect(screen.getByTestId('host-name').textContent).toBe('macOS Sequoia 15.1');
    expect(screen.getByTestId('route').textContent).toContain('Backs up with Finder');
    const phones = screen.getAllByTestId('connected-device').map((item) => item.textContent);
    expect(phones).toEqual(['Anna’s iPhoneiPhone 15 Pro, iOS 17.5', 'TabletiPad, iOS 17.5, over Wi-Fi only']);
    expect(screen.getByTestId('icloud-status').textContent).toContain('Working normally');
  });

  it('flags a newest backup older than a week, and a missing one', async () => {
    const old = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    await renderApp(snapshot({ backups: [backup({ lastBackupDate: old })] }));
    expect(screen.getByTestId('warning-backup-stale').textContent).toContain('Your newest backup is 10 days old');
    const dates = screen.getByRole('region', { name: 'Last backups' });
    expect(within(dates).getByText('Older than a week')).toBeTruthy();
    expect(within(dates).getByText('Missing')).toBeTruthy();
  });

  it('takes the person to the next step', async () => {
    const { user } = await renderApp(snapshot());
    const next = screen.getByTestId('next-step');
    expect(next.textContent).toContain('Start with the iCloud checklist');
    await user.click(within(next).getByRole('button', { name: 'Start the checklist' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' })).toBeTruthy();
  });

  it('opens Apple’s status page through main when asked', async () => {
    const { memory, user } = await renderApp(snapshot({ status: { state: 'outage', message: 'Down.' } }), progress());
    await user.click(within(screen.getByTestId('warning-icloud-status')).getByRole('button', { name: 'Open Apple’s status page' }));
    expect(memory.actions).toEqual([{ action: 'open-system-status' }]);
    expect(await within(screen.getByTestId('warning-icloud-status')).findByText('Done.')).toBeTruthy();
  });
});
