import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { backup, PHONES, progress, snapshot } from '../../support/snapshots';

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

  it('shows what the phone says beside the checks it can speak to, and leaves every mark to the person', async () => {
    const { memory } = await renderApp(snapshot({ devices: [PHONES.answering] }), progress(), 'iCloud checklist');
    expect(screen.getByTestId('phone-line-storage').textContent).toBe(
      'This iPhone holds about 87 GB. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — 200 GB would.',
    );
    expect(screen.getByTestId('phone-line-power').textContent).toBe('The iPhone says: charging now (64%).');
    expect(screen.getByTestId('phone-line-backup-switch').textContent).toBe('iCloud Backup is off on this iPhone.');
    expect(screen.getByTestId('phone-line-try-backup-now').textContent).toBe('Last iCloud backup: Sep 14 (the phone’s own record).');
    expect(screen.queryByTestId('phone-line-wifi')).toBeNull();
    const card = screen.getByTestId('phone-answers');
    expect(within(card).getByRole('heading', { name: 'What Anna’s iPhone says' })).toBeTruthy();
    expect(card.textContent).toContain('Last backup to a computer: Nov 3 (the phone’s own record).');
    expect(card.textContent).toContain('Local backups will be encrypted.');
    // The phone's answer is shown, not taken as the person's mark.
    expect(memory.progress().checklist).toEqual({});
    expect(screen.getByTestId('checklist-count').textContent).toContain('0 of 9 checked');
  });

  it('says why a phone said nothing, and what to do', async () => {
    await renderApp(snapshot({ devices: [PHONES.locked] }), progress(), 'iCloud checklist');
    expect(screen.getByTestId('phone-answers').textContent).toContain('Unlock the iPhone, and it can answer some of these checks itself.');
    expect(screen.queryByTestId('phone-line-storage')).toBeNull();
  });

  it('invites the person to plug the phone in when none is connected', async () => {
    await renderApp(snapshot(), progress(), 'iCloud checklist');
    expect(screen.getByTestId('phone-answers').textContent).toContain('Plug it into this computer and it can answer some of these checks itself.');
  });

  it('follows the phone as it is unlocked and its charge changes', async () => {
    const { memory } = await renderApp(snapshot({ devices: [PHONES.locked] }), progress(), 'iCloud checklist');
    expect(screen.queryByTestId('phone-line-power')).toBeNull();
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [PHONES.answering] }), sequence: 2 }));
    expect((await screen.findByTestId('phone-line-power')).textContent).toBe('The iPhone says: charging now (64%).');
    const unplugged = { ...PHONES.answering, phoneSays: { ...PHONES.answering.phoneSays, charging: false, onPower: false, batteryPercent: 63 } };
    act(() => memory.pushSnapshot({ ...snapshot({ devices: [unplugged] }), sequence: 3 }));
    await waitFor(() => expect(screen.getByTestId('phone-line-power').textContent).toBe('The iPhone says: not charging (63%).'));
  });
});
