import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, PHONES, progress, snapshot } from '../../support/snapshots';

describe('Overview', () => {
  it('shows this computer, its program, each connected phone and Apple’s status', async () => {
    await renderApp(snapshot({ devices: [PHONES.ready, { ...PHONES.wifiOnly, udid: '3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b', name: 'Tablet', kind: 'ipad', productType: null }] }));
    expect(screen.getByTestId('host-name').textContent).toBe('macOS Sequoia 15.1');
    expect(screen.getByTestId('route').textContent).toContain('Backs up with Finder');
    const phones = screen.getAllByTestId('connected-device').map((item) => item.textContent);
    expect(phones).toEqual(['Anna’s iPhoneiPhone 15 Pro, iOS 17.5ID 00008130…001E', 'TabletiPad, iOS 17.5, over Wi-Fi onlyID 3f1c2b7a…5c4b']);
    expect(screen.getByTestId('icloud-status').textContent).toContain('Working normally');
  });

  it('flags an old local backup as one that ages until the next, not as stopped automatic backups', async () => {
    const old = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    await renderApp(snapshot({ backups: [backup({ lastBackupDate: old })] }));
    const warning = screen.getByTestId('warning-backup-stale');
    expect(warning.textContent).toContain('Your newest backup on this computer is 10 days old');
    expect(warning.textContent).toContain('only made when you make one');
    expect(warning.textContent).not.toContain('automatic');
    const dates = screen.getByRole('region', { name: 'Last backups' });
    expect(within(dates).getByText('Older than a week')).toBeTruthy();
    expect(within(dates).getByText('Not noted yet.')).toBeTruthy();
    expect(within(dates).queryByText('Missing')).toBeNull();
  });

  it('flags an old iCloud date as stopped automatic iCloud backups', async () => {
    const day = new Date(Date.now() - 9 * 24 * 3600 * 1000);
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    await renderApp(snapshot(), progress({ icloudLastBackup: { date, notedAt: new Date().toISOString() } }));
    const warning = screen.getByTestId('warning-backup-stale');
    expect(warning.textContent).toContain('Your last iCloud backup is 9 days old');
    expect(warning.textContent).toContain('the automatic iCloud backups have stopped');
  });

  it('on a first run, with nothing noted, is calm: a note, not a yellow “Missing”', async () => {
    await renderApp(snapshot());
    const warning = screen.getByTestId('warning-backup-missing');
    expect(warning.getAttribute('aria-label')).toBe('Note: When did your phone last back up?');
    expect(screen.queryByText('Missing')).toBeNull();
  });

  it('takes the person to the next step', async () => {
    const { user } = await renderApp(snapshot());
    const next = screen.getByTestId('next-step');
    expect(next.textContent).toContain('Start with the iCloud checklist');
    await user.click(within(next).getByRole('button', { name: 'Start the checklist' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' })).toBeTruthy();
  });

  it('opens Apple’s status page through main when asked', async () => {
    const { memory, user } = await renderApp(snapshot({ devices: [PHONES.ready], status: { state: 'outage', message: 'Down.' } }), progress());
    await user.click(within(screen.getByTestId('warning-icloud-status')).getByRole('button', { name: 'Open Apple’s status page' }));
    expect(memory.actions).toEqual([{ action: 'open-system-status' }]);
    expect(await within(screen.getByTestId('warning-icloud-status')).findByText('Done.')).toBeTruthy();
  });

  it('says Apple’s outage once: in the next step, with Apple’s words only in the status card', async () => {
    await renderApp(snapshot({ status: { state: 'outage', message: 'Some users cannot back up.' } }), progress());
    const next = screen.getByTestId('next-step');
    expect(next.textContent).toContain('Apple reports an outage of iCloud Backup');
    expect(within(next).getByRole('button', { name: 'Open Apple’s status page' })).toBeTruthy();
    expect(screen.queryByTestId('warning-icloud-status')).toBeNull();
    expect(screen.getAllByText(/Some users cannot back up/)).toHaveLength(1);
  });

  it('says a missing device service once, in the next step, with the button that fixes it', async () => {
    await renderApp(snapshot({ os: 'windows', version: '10.0.22631', software: { appleDevices: true, mobileDeviceService: 'missing' } }), progress());
    const next = screen.getByTestId('next-step');
    expect(next.textContent).toContain('Windows is not ready to talk to an iPhone');
    expect(within(next).getByRole('button', { name: 'Get Apple Devices from the Microsoft Store' })).toBeTruthy();
    expect(screen.queryByTestId('warning-no-device-support')).toBeNull();
    expect(screen.getAllByText(/Windows is not ready to talk/)).toHaveLength(1);
  });

  it('shows each phone’s identifier shortened, never whole', async () => {
    const { view } = await renderApp(snapshot({ devices: [PHONES.ready], backups: [backup()] }));
    expect(screen.getByTestId('device-id').textContent).toBe('ID 00008130…001E');
    const html = view.container.innerHTML;
    expect(html).not.toContain(PHONES.ready.udid);
    expect(html).not.toContain(PHONES.ready.udid.replace('-', ''));
  });

  it('explains each source that cannot be read, with what to do', async () => {
    await renderApp(
      snapshot({
        sources: {
          usb: { state: 'unavailable', reason: 'No USB subsystem.' },
          usbmux: { state: 'unavailable', reason: 'usbmuxd is not running.' },
          status: { state: 'unavailable', reason: 'Offline.' },
          backups: { state: 'needs-permission', reason: 'Full Disk Access.' },
        },
      }),
    );
    expect(screen.getByTestId('warning-usbmux-unavailable').textContent).toContain('Restart the computer');
    expect(screen.getByTestId('warning-usb-unreadable').textContent).toContain('unplug it, plug it in again and unlock it');
    expect(screen.getByTestId('warning-status-unknown').textContent).toContain('Look at Apple’s System Status page yourself');
    expect(within(screen.getByTestId('warning-backups-need-permission')).getByRole('button', { name: 'Open Full Disk Access settings' })).toBeTruthy();
  });

  it('tells a Windows or Linux person why the backup folder is closed, without sending them to a Mac setting', async () => {
    const reason = 'This account is not allowed to read the backup folder (C:\\Users\\ana\\Apple\\MobileSync\\Backup).';
    await renderApp(snapshot({ os: 'windows', version: '10.0.22631', software: { appleDevices: true, mobileDeviceService: 'running' }, sources: { backups: { state: 'needs-permission', reason } } }));
    const warning = screen.getByTestId('warning-backups-need-permission');
    expect(warning.textContent).toContain('This account may not read the backup folder');
    expect(warning.textContent).toContain(reason);
    expect(screen.queryByRole('button', { name: 'Open Full Disk Access settings' })).toBeNull();
  });
});
