/**
 * The overview's words: the single next step for each of the planner's decisions, the
 * walkthrough's backup in one line, each step in a few words, and which program backs up here and why.
 */
import { describe, expect, it } from 'vitest';
import type { BackupWatch, Guidance, NextStepId } from '../../../../src/shared/guidance/types';
import { backupLine, ICLOUD_STATUS_LABEL, nextStepWords, routeExplained, stepInShort } from '../../../../src/shared/content/overview';
import { STATUS_BUTTON } from '../../../../src/shared/content/warning-words';
import { formatDateTime } from '../../../../src/shared/content/format';
import { problemContent } from '../../../../src/shared/content/problems';
import { NOW, READY_PHONE, snapshot } from '../../../support/snapshots';
import { checklistPart, datesPart, walkthroughPart } from '../../../support/guidance-parts';

const FINISHED = '2026-11-20T11:30:00Z';

function guidance(next: NextStepId, fields: Partial<Guidance> = {}): Guidance {
  return { route: 'finder', walkthrough: walkthroughPart(), checklist: checklistPart(), dates: datesPart(), warnings: [], next: { id: next, screen: 'overview' }, ...fields };
}

const withBackup = (backup: BackupWatch, fields: Partial<Guidance['walkthrough']> = {}) => walkthroughPart({ backup, ...fields });
const words = (next: NextStepId, fields: Partial<Guidance> = {}, world = snapshot()) => nextStepWords(guidance(next, fields), world, NOW);

describe('content', () => {
  describe('backupLine', () => {
    it('says in one line where the walkthrough’s backup stands, and nothing while there is none', () => {
      const at = formatDateTime(FINISHED);
      const line = (backup: BackupWatch) => backupLine(guidance('watch-backup', { walkthrough: withBackup(backup) }), NOW);
      expect(line({ state: 'checking', finishedAt: FINISHED, sizeBytes: null })).toBe(`Finished at ${at} — checking its files`);
      expect(line({ state: 'verified', finishedAt: FINISHED, sizeBytes: null, filesListed: 3, contents: null })).toBe(`Verified: finished at ${at}, every file it lists is here`);
      expect(line({ state: 'encrypted', finishedAt: FINISHED, sizeBytes: null })).toBe(`Backed up and encrypted: finished at ${at}`);
      expect(line({ state: 'stopped', reason: 'interrupted', at: null, problem: null })).toBe('The backup stopped before it finished');
      expect(line({ state: 'stopped', reason: 'incomplete', at: null, problem: null })).toBe('The backup is missing files');
      expect(line({ state: 'in-progress', bytesWritten: 1_000_000, expectedBytes: null, startedAt: null })).toBe('Backing up — 1 MB written');
      expect(line({ state: 'waiting' })).toBeNull();
      expect(line({ state: 'cannot-see', reason: 'unavailable' })).toBeNull();
    });
  });

  describe('ICLOUD_STATUS_LABEL', () => {
    it('names each of Apple’s states of iCloud Backup in a few words', () => {
      expect(ICLOUD_STATUS_LABEL).toEqual({
        available: 'Working normally',
        issue: 'Problem reported',
        outage: 'Outage',
        maintenance: 'Maintenance',
        performance: 'Running slowly',
        unknown: 'Not checked yet',
      });
    });
  });

  describe('stepInShort', () => {
    it('says each step in a few words, with a terminal for idevicebackup2', () => {
      expect(['connect', 'trust', 'open-program', 'options', 'back-up-now', 'wait'].map((step) => stepInShort(step as never, 'finder', 'iPad'))).toEqual([
        'plug the iPad into this computer',
        'unlock the iPad and tap Trust',
        'open Finder and click your iPad',
        'choose the backup options',
        'click Back Up Now',
        'wait for the backup to finish',
      ]);
      expect(stepInShort('open-program', 'idevicebackup2')).toBe('open a terminal');
      expect(stepInShort('back-up-now', 'idevicebackup2')).toBe('start the backup');
      expect(stepInShort('open-program', 'itunes')).toBe('open iTunes and click your iPhone');
    });
  });

  describe('routeExplained', () => {
    it('gives Apple’s rule for each program, and on Windows the build that decided', () => {
      expect(routeExplained('finder', { os: 'macos', version: '15.1' })).toBe('Local backups are made with Finder: it does the job on macOS Catalina (10.15) and later.');
      expect(routeExplained('itunes', { os: 'macos', version: '10.14.6' })).toBe('Local backups are made with iTunes: Macs older than macOS Catalina (10.15) use it.');
      expect(routeExplained('itunes', { os: 'windows', version: '10.0.19044' })).toBe(
        'Local backups are made with iTunes: Apple Devices needs Windows 10 version 22H2 (build 19045) or later, and this is build 19044. Updating Windows lets you use Apple Devices instead.',
      );
      expect(routeExplained('itunes', { os: 'windows', version: '6.1.7601' })).toBe(
        'Local backups are made with iTunes: Apple Devices needs Windows 10 version 22H2 (build 19045) or later, and this Windows is older than Windows 10. Updating Windows lets you use Apple Devices instead.',
      );
      expect(routeExplained('itunes', { os: 'windows', version: '10.0.22631' })).toBe('Local backups are made with iTunes, which is installed here in place of Apple Devices.');
      expect(routeExplained('apple-devices', { os: 'windows', version: '10.0.22631' })).toBe(
        'Local backups are made with Apple’s Apple Devices app, Apple’s program for Windows 10 version 22H2 (build 19045) and later, and Windows 11.',
      );
      expect(routeExplained('idevicebackup2', { os: 'linux', version: '6.8' })).toBe('Local backups are made with idevicebackup2 from libimobiledevice, as Apple makes no program for Linux.');
      expect(routeExplained('none', { os: 'other', version: '' })).toBe('This computer cannot make an iPhone backup; the iCloud checklist still helps.');
    });
  });

  describe('nextStepWords', () => {
    it('points at a problem with its first words and button, and the walkthrough for the rest', () => {
      const walkthrough = walkthroughPart({ problem: 'program-missing', device: READY_PHONE });
      const card = problemContent('program-missing', 'windows', 'apple-devices', true, 'iPhone');
      expect(words('fix-problem', { route: 'apple-devices', walkthrough }, snapshot({ os: 'windows', version: '10.0.22631' }))).toEqual({
        title: card.title,
        body: card.body[0],
        screen: { id: 'walkthrough', label: 'See what to do' },
        action: card.actions?.[0],
      });
      expect(words('fix-problem').title).toBe(problemContent('no-program', 'macos', 'finder', false, 'iPhone').title);
    });

    it('tells a Windows that sees the phone but cannot talk to it from one with no phone plugged in', () => {
      const windows = snapshot({ os: 'windows', version: '10.0.22631' });
      const problem = (device: typeof READY_PHONE | null) =>
        words('fix-problem', { route: 'apple-devices', walkthrough: walkthroughPart({ problem: 'no-device-support', device }) }, windows).title;
      expect(problem(READY_PHONE)).toBe('Windows sees an iPhone but cannot talk to it');
      expect(problem(null)).toBe('Windows is not ready to talk to an iPhone');
    });

    it('follows a backup being written, then being checked, naming the phone and the program', () => {
      const writing = words('watch-backup', { walkthrough: withBackup({ state: 'in-progress', bytesWritten: 1_000_000, expectedBytes: null, startedAt: null }) });
      expect(writing.body).toBe('Keep your iPhone connected until Finder says it is done.');
      expect(writing.screen).toEqual({ id: 'walkthrough', label: 'Follow the backup' });
      expect(writing.title.endsWith('.')).toBe(true);
      const checking = words('watch-backup', { route: 'itunes', walkthrough: withBackup({ state: 'checking', finishedAt: FINISHED, sizeBytes: null }, { device: READY_PHONE }) });
      expect(checking.title).toBe(`Finished at ${formatDateTime(FINISHED)} — checking its files.`);
      expect(checking.body).toMatch(/^The app is checking that every file the backup of .+ lists is on this computer; this takes a minute or two\.$/);
      expect(checking.body).not.toContain('your iPhone');
    });

    it('says what to do after a stopped backup, by why it stopped', () => {
      const stopped = words('backup-stopped', { walkthrough: withBackup({ state: 'stopped', reason: 'incomplete', at: FINISHED, problem: null }) });
      expect(stopped.title).toBe('The backup is not complete');
      expect(stopped.body).toContain('click Back Up Now in Finder again');
      expect(stopped.screen).toEqual({ id: 'walkthrough', label: 'See what happened' });
      expect(words('backup-stopped').title).toBe('The backup stopped before it finished');
    });

    it('after a proven backup, goes back to fixing iCloud, unless iCloud already works', () => {
      const verified = withBackup({ state: 'verified', finishedAt: FINISHED, sizeBytes: null, filesListed: 3, contents: null });
      const title = `Verified: finished at ${formatDateTime(FINISHED)}, every file it lists is here.`;
      expect(words('backup-verified', { walkthrough: verified })).toEqual({
        title,
        body: 'A complete backup of your iPhone is on this computer. It is safe now. Next, get iCloud backing up again, so it stays safe without the cable.',
        screen: { id: 'checklist', label: 'Back to fixing iCloud' },
      });
      expect(words('backup-verified', { walkthrough: verified, checklist: checklistPart({ icloudWorks: true }) })).toEqual({
        title,
        body: 'A complete backup of your iPhone is on this computer.',
        screen: { id: 'walkthrough', label: 'See the backup' },
      });
      const encrypted = withBackup({ state: 'encrypted', finishedAt: FINISHED, sizeBytes: null });
      expect(words('backup-verified', { walkthrough: encrypted, checklist: checklistPart({ icloudWorks: true }) }).body).toBe(
        'A complete, encrypted backup of your iPhone is on this computer. Keep its password safe: nobody can open the backup without it.',
      );
      const counted = withBackup({ state: 'verified', finishedAt: FINISHED, sizeBytes: null, filesListed: 3, contents: { photosAndVideos: 2 } as never });
      expect(words('backup-verified', { walkthrough: counted, checklist: checklistPart({ icloudWorks: true }) }).body).toMatch(/^A complete backup of your iPhone is on this computer: .*2 photos and videos.*\.$/);
    });

    it('carries on the walkthrough at its current step', () => {
      expect(words('continue-walkthrough', { route: 'itunes', walkthrough: walkthroughPart({ current: 'trust' }) })).toEqual({
        title: 'Back up your iPhone with iTunes',
        body: 'Next: unlock the iPhone and tap Trust.',
        screen: { id: 'walkthrough', label: 'Continue' },
      });
      expect(words('continue-walkthrough', { walkthrough: walkthroughPart({ current: null }) }).body).toBe('Next: plug the iPhone into this computer.');
    });

    it('calls a plugged-in phone whose name is not read yet by its model, in lower case inside a sentence', () => {
      const unnamed = { ...READY_PHONE, name: null };
      expect(words('continue-walkthrough', { route: 'itunes', walkthrough: walkthroughPart({ current: 'trust', device: unnamed }) }).title).toBe('Back up your iPhone 15 Pro with iTunes');
      const writing = withBackup({ state: 'in-progress', bytesWritten: 1_000_000, expectedBytes: null, startedAt: null }, { device: unnamed });
      expect(words('watch-backup', { walkthrough: writing }).body).toBe('Keep your iPhone 15 Pro connected until Finder says it is done.');
      expect(words('continue-walkthrough', { walkthrough: walkthroughPart({ current: 'trust', device: READY_PHONE }) }).title).toBe(`Back up ${READY_PHONE.name} with Finder`);
    });

    it('sends the person to a local backup while Apple has trouble, with Apple’s status page', () => {
      expect(words('icloud-down-go-local', {}, snapshot({ status: { state: 'outage', message: 'Down.' } as never }))).toEqual({
        title: 'Apple reports an outage of iCloud Backup',
        body: 'No setting on your iPhone can fix that. Back up to this computer instead while Apple sorts it out: plug your iPhone in to start.',
        screen: { id: 'walkthrough', label: 'Back up to this computer' },
        action: STATUS_BUTTON,
      });
    });

    it('asks for the iCloud date, says how old the newest backup is, and what the checklist stands at', () => {
      expect(words('note-icloud-date')).toEqual({
        title: 'iCloud backs up again — note the date',
        body: 'Type in the “Last successful backup” date your iPhone shows, so the app can tell you when it gets old.',
        screen: { id: 'dates', label: 'Note the date' },
      });
      const dates = datesPart({ icloud: { ageDays: 5 } as never, local: { ageDays: 2 } as never });
      expect(words('all-good', { dates })).toEqual({
        title: 'You are backed up',
        body: 'Your newest backup is from 2 days ago. Look at the date again in a few weeks.',
        screen: { id: 'dates', label: 'See backup dates' },
      });
      expect(words('all-good', { dates: datesPart({ icloud: { ageDays: 5 } as never }) }).body).toBe('Your newest backup is from 5 days ago. Look at the date again in a few weeks.');
      // A backup on this computer with no iCloud date noted yet.
      expect(words('all-good', { dates: datesPart({ local: { ageDays: 1 } as never }) }).body).toBe('Your newest backup is from yesterday. Look at the date again in a few weeks.');
      expect(words('checklist-exhausted-go-local')).toEqual({
        title: 'iCloud still fails — back up to this computer',
        body: 'You have been through every check. A backup here needs no iCloud at all; Get help gathers what Apple Support will ask for.',
        screen: { id: 'walkthrough', label: 'Back up to this computer' },
      });
      const items = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, kind: 'setting', mark: 'not-yet' }) as never);
      expect(words('start-checklist', { checklist: checklistPart({ items }) })).toEqual({
        title: 'Start with the iCloud checklist',
        body: '9 checks, in the order that fixes most failed backups. Mark each one as you go.',
        screen: { id: 'checklist', label: 'Start the checklist' },
      });
      expect(words('continue-checklist', { checklist: checklistPart({ items, checkedCount: 4 }) })).toEqual({
        title: 'Carry on with the iCloud checklist',
        body: '4 of 9 checked so far.',
        screen: { id: 'checklist', label: 'Continue the checklist' },
      });
    });
  });
});
