import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, PHONES, progress, snapshot } from '../../support/snapshots';

const CONFIRMED = ['open-program', 'options', 'back-up-now'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function localDay(iso: string): string {
  const date = new Date(iso);
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

function localClock(iso: string): string {
  const date = new Date(iso);
  const hours = date.getHours() % 12 === 0 ? 12 : date.getHours() % 12;
  return `${hours}:${String(date.getMinutes()).padStart(2, '0')} ${date.getHours() < 12 ? 'AM' : 'PM'}`;
}

describe('Walkthrough', () => {
  it('moves on by itself when the phone is plugged in and trusts the computer', async () => {
    const { memory } = await renderApp(snapshot(), progress(), 'Back up to this computer');
    expect(screen.getByTestId('step-connect').dataset.state).toBe('current');
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.untrusted] }), sequence: 2 }));
    await waitFor(() => expect(screen.getByTestId('step-trust').dataset.state).toBe('current'));
    expect(screen.getByTestId('step-connect').textContent).toContain('Found Anna’s iPhone — iPhone 15 Pro, iOS 17.5.');
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready] }), sequence: 3 }));
    await waitFor(() => expect(screen.getByTestId('step-open-program').dataset.state).toBe('current'));
  });

  it('takes the person’s word for what the computer cannot see, and opens the program through main', async () => {
    const { memory, user } = await renderApp(snapshot({ devices: [PHONES.ready] }), progress(), 'Back up to this computer');
    await user.click(screen.getByRole('button', { name: 'Open Finder' }));
    expect(memory.actions).toEqual([{ action: 'open-finder' }]);
    await user.click(screen.getByRole('button', { name: 'I can see my iPhone in Finder' }));
    await waitFor(() => expect(screen.getByTestId('step-options').dataset.state).toBe('current'));
    expect(memory.progress().confirmedSteps).toEqual(['open-program']);
  });

  it('records when "Back Up Now" was reached, with the newest backup before it', async () => {
    const { memory } = await renderApp(snapshot({ devices: [PHONES.ready], backups: [backup()] }), progress({ confirmedSteps: ['open-program', 'options'] }), 'Back up to this computer');
    await waitFor(() =>
      expect(memory.progress().backupAttempt).toMatchObject({ udid: PHONES.ready.udid, previousNewest: '2026-11-19T09:00:00Z', previousSizeBytes: 6_000_000_000 }),
    );
    expect(screen.getByTestId('step-back-up-now').textContent).toContain('iOS or iPadOS 16.1');
  });

  it('shows how much a running backup has written, then that it is checking it, then what was verified and what it holds', async () => {
    const attempt = { udid: PHONES.ready.udid, startedAt: new Date(Date.now() - 90_000).toISOString(), previousNewest: '2026-11-19T09:00:00Z', previousSizeBytes: 6_000_000_000 };
    const { memory, user } = await renderApp(snapshot({ devices: [PHONES.ready], backups: [backup()] }), progress({ confirmedSteps: CONFIRMED, backupAttempt: attempt }), 'Back up to this computer');
    // Nothing written yet: the app waits for the data, keeps the passcode warning up, and does not offer "It finished".
    expect(screen.getByTestId('waiting-for-data').textContent).toContain('Waiting for Finder to start writing the backup');
    expect(screen.getByTestId('passcode-prompt').textContent).toContain('passcode');
    expect(screen.queryByRole('button', { name: 'It finished' })).toBeNull();
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 1_234_500_000 } })] }), sequence: 2 }));
    expect((await screen.findByTestId('backup-status')).textContent).toBe('Backing up — about 20% (1,235 MB of about 6,000 MB), 1 minute so far.');
    expect(screen.getByTestId('progress-basis').textContent).toContain('estimate from the size of this iPhone’s last backup');
    // The phone may be asking for its passcode right now: the warning stays, in the present tense.
    expect(screen.getByTestId('passcode-prompt').textContent).toContain('enter the passcode now');
    const finished = new Date().toISOString();
    const checking = { verification: { state: 'not-checked' as const, filesListed: null, filesMissing: null }, contents: null };
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: finished, ...checking })] }), sequence: 3 }));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe(`Finished at ${localClock(finished)} on ${localDay(finished)} — checking its files.`));
    expect(screen.queryByText(/Verified/)).toBeNull();
    expect(screen.queryByTestId('walkthrough-finished')).toBeNull();
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: finished })] }), sequence: 4 }));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe(`Verified: finished at ${localClock(finished)} on ${localDay(finished)}, every file it lists is here.`));
    expect(screen.getByTestId('walkthrough-finished').textContent).toContain('checked that all 84,211 files it lists are here');
    expect(screen.getByTestId('backup-contents').textContent).toBe('8,231 photos and videos · Messages · WhatsApp chats · Contacts');
    await user.click(screen.getByRole('button', { name: /^Overview/ }));
    expect((await screen.findByTestId('next-step')).textContent).toContain('A complete backup of Anna’s iPhone is on this computer: 8,231 photos and videos · Messages');
  });

  it('says why an encrypted backup cannot be looked into, and what encryption adds', async () => {
    const attempt = { udid: PHONES.ready.udid, startedAt: new Date(Date.now() - 60_000).toISOString(), previousNewest: '2026-11-19T09:00:00Z' };
    const encrypted = backup({ lastBackupDate: new Date().toISOString(), encrypted: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null }, contents: null });
    await renderApp(snapshot({ devices: [PHONES.ready], backups: [encrypted] }), progress({ confirmedSteps: CONFIRMED, backupAttempt: attempt }), 'Back up to this computer');
    const card = await screen.findByTestId('walkthrough-finished');
    expect(within(card).getByRole('heading').textContent).toMatch(/^Backed up and encrypted: finished at \d{1,2}:\d\d [AP]M on /);
    expect(card.textContent).toContain('that is expected');
    expect(card.textContent).toContain('saved passwords, Health data, Wi-Fi settings');
    expect(screen.queryByText(/Verified/)).toBeNull();
  });

  it('moves off "wait" the moment the backup stops: what happened, the likely reasons, and what to do now', async () => {
    const attempt = { udid: PHONES.ready.udid, startedAt: new Date(Date.now() - 60_000).toISOString(), previousNewest: '2026-11-19T09:00:00Z' };
    const { memory, user } = await renderApp(snapshot({ devices: [PHONES.ready], backups: [backup()] }), progress({ confirmedSteps: CONFIRMED, backupAttempt: attempt }), 'Back up to this computer');
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 5_000_000 } })] }), sequence: 2 }));
    await screen.findByTestId('backup-status');
    const stoppedAt = new Date().toISOString();
    const stopped = backup({ complete: false, problem: 'This backup did not finish.', interrupted: { stoppedAt }, verification: { state: 'not-checked', filesListed: null, filesMissing: null }, contents: null });
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [stopped] }), sequence: 3 }));
    const card = await screen.findByTestId('backup-stopped');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('The backup stopped before it finished');
    expect(card.textContent).toContain(`at ${localClock(stoppedAt)} on ${localDay(stoppedAt)}`);
    for (const cause of ['cable', 'passcode', 'space', 'connection']) expect(card.textContent).toContain(cause);
    expect(screen.getByTestId('walkthrough-status').textContent).toBe('The backup stopped before it finished. What happened and what to do now are below.');
    expect(within(screen.getByTestId('step-wait')).queryByRole('button', { name: 'It finished' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Open Finder' }));
    expect(memory.actions).toEqual([{ action: 'open-finder' }]);
  });

  it('hands focus to the stopped backup’s card when the person was on the steps, as a new step would take it', async () => {
    const attempt = { udid: PHONES.ready.udid, startedAt: new Date(Date.now() - 60_000).toISOString(), previousNewest: '2026-11-19T09:00:00Z' };
    const { memory } = await renderApp(snapshot({ devices: [PHONES.ready], backups: [backup()] }), progress({ confirmedSteps: CONFIRMED, backupAttempt: attempt }), 'Back up to this computer');
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 5_000_000 } })] }), sequence: 2 }));
    await screen.findByTestId('backup-status');
    act(() => within(screen.getByTestId('step-wait')).getByRole('heading', { level: 2 }).focus());
    const stopped = backup({ complete: false, problem: 'This backup did not finish.', interrupted: { stoppedAt: new Date().toISOString() }, verification: { state: 'not-checked', filesListed: null, filesMissing: null }, contents: null });
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.ready], backups: [stopped] }), sequence: 3 }));
    const card = await screen.findByTestId('backup-stopped');
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('heading', { level: 2 })));
  });

  it('says when there is no earlier backup to estimate a percentage from', async () => {
    const attempt = { udid: PHONES.ready.udid, startedAt: new Date(Date.now() - 5 * 60_000).toISOString(), previousNewest: null, previousSizeBytes: null };
    await renderApp(
      snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 300_000_000 } })] }),
      progress({ confirmedSteps: CONFIRMED, backupAttempt: attempt }),
      'Back up to this computer',
    );
    expect(screen.getByTestId('backup-status').textContent).toBe('Backing up — 300 MB written, 5 minutes so far.');
    expect(screen.getByTestId('progress-basis').textContent).toContain('No percentage yet: there is no earlier backup of this iPhone');
    expect(screen.queryByRole('button', { name: 'It finished' })).toBeNull();
  });

  it('after a verified backup, points back to fixing iCloud', async () => {
    const attempt = { udid: PHONES.ready.udid, startedAt: new Date(Date.now() - 60_000).toISOString(), previousNewest: '2026-11-19T09:00:00Z' };
    const { user } = await renderApp(
      snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: new Date().toISOString() })] }),
      progress({ confirmedSteps: CONFIRMED, backupAttempt: attempt }),
      'Back up to this computer',
    );
    expect(screen.getByTestId('back-to-icloud').textContent).toContain('get iCloud backing up again');
    await user.click(screen.getByRole('button', { name: 'Back to fixing iCloud' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' })).toBeTruthy();
  });

  it('addresses an iPad as an iPad', async () => {
    const ipad = { ...PHONES.ready, kind: 'ipad' as const, name: 'Studio iPad', productType: 'iPad13,4' };
    await renderApp(snapshot({ devices: [ipad] }), progress(), 'Back up to this computer');
    expect(screen.getByTestId('step-open-program').textContent).toContain('Open Finder and click your iPad');
    expect(screen.getByTestId('step-connect').textContent).toContain('Found Studio iPad — iPad Pro 11-inch (3rd generation)');
    expect(screen.getByRole('button', { name: 'I can see my iPad in Finder' })).toBeTruthy();
    expect(screen.getByTestId('walkthrough-status').textContent).not.toMatch(/iPhone/);
  });

  it('calls a phone whose name is not read yet by its model, once, in lower case inside the sentence', async () => {
    await renderApp(snapshot({ devices: [{ ...PHONES.ready, name: null }] }), progress(), 'Back up to this computer');
    expect(screen.getByTestId('step-connect').textContent).toContain('Found your iPhone 15 Pro, iOS 17.5.');
  });

  it('lets the person start over', async () => {
    const { memory, user } = await renderApp(snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: CONFIRMED }), 'Back up to this computer');
    await user.click(screen.getByRole('button', { name: 'Start the walkthrough over' }));
    await waitFor(() => expect(memory.progress().confirmedSteps).toEqual([]));
    await waitFor(() => expect(screen.getByTestId('step-open-program').dataset.state).toBe('current'));
  });

  it('explains a phone in recovery mode instead of walking on', async () => {
    await renderApp(snapshot({ devices: [PHONES.recovery] }), progress(), 'Back up to this computer');
    const problem = screen.getByTestId('walkthrough-problem');
    expect(within(problem).getByRole('heading').textContent).toBe('Your iPhone is in recovery mode, so it cannot be backed up');
    expect(problem.textContent).toContain('If Finder offers to Update or Restore');
    expect(screen.getByTestId('step-connect').dataset.state).toBe('current');
  });

  it('asks for Full Disk Access when the backup cannot be checked, and lets the person say it finished', async () => {
    const world = snapshot({ devices: [PHONES.ready], sources: { backups: { state: 'needs-permission', reason: 'Full Disk Access' } } });
    const { memory, user } = await renderApp(world, progress({ confirmedSteps: CONFIRMED }), 'Back up to this computer');
    await user.click(within(screen.getByTestId('step-wait')).getByRole('button', { name: 'Open Full Disk Access settings' }));
    expect(memory.actions).toEqual([{ action: 'open-full-disk-access' }]);
    await user.click(screen.getByRole('button', { name: 'It finished' }));
    expect(await screen.findByText('Backup finished')).toBeTruthy();
  });
});
