/**
 * The overview's words: the one next step, Apple's status and the route, written from the
 * planner's decisions (the warnings are in warning-words.ts). Kept apart from the bigger content
 * modules so the first screen loads only what it shows.
 */
import type { Guidance, ScreenId, StepId } from '../guidance/types';
import { APPLE_DEVICES_MIN_BUILD, routeProgramName, windowsRunsAppleDevices, type Route } from '../guidance/route';
import type { HostInfo, IcloudBackupStatus, Snapshot } from '../snapshot';
import { parseVersion } from '../version';
import type { ActionButton } from './actions';
import { contentsLine, stoppedWords } from './backup-proof';
import { backupProgressLine } from './backup-progress';
import { deviceInSentence, deviceNoun, type DeviceNoun } from './device-names';
import { formatAge, formatDateTime } from './format';
import { problemContent } from './problems';
import { icloudTroubleTitle, STATUS_BUTTON } from './warning-words';

export { warningWords } from './warning-words';

/** A message with an optional button: an action for main, or a screen to go to. */
export interface Message {
  title: string;
  body: string;
  action?: ActionButton;
  screen?: { id: ScreenId; label: string };
}

/** Apple's states of iCloud Backup, as a short label. */
export const ICLOUD_STATUS_LABEL: Record<IcloudBackupStatus['state'], string> = {
  available: 'Working normally',
  issue: 'Problem reported',
  outage: 'Outage',
  maintenance: 'Maintenance',
  performance: 'Running slowly',
  unknown: 'Not checked yet',
};

/** What each walkthrough step asks, in a few words, for this kind of device. */
export function stepInShort(step: StepId, route: Route, noun: DeviceNoun = 'iPhone'): string {
  const program = routeProgramName(route);
  const words: Record<StepId, string> = {
    connect: `plug the ${noun} into this computer`,
    trust: `unlock the ${noun} and tap Trust`,
    'open-program': route === 'idevicebackup2' ? 'open a terminal' : `open ${program} and click your ${noun}`,
    options: 'choose the backup options',
    'back-up-now': route === 'idevicebackup2' ? 'start the backup' : 'click Back Up Now',
    wait: 'wait for the backup to finish',
  };
  return words[step];
}

/** Which program backs up here, and why — by Apple's rule for this computer's version. */
export function routeExplained(route: Route, host: Pick<HostInfo, 'os' | 'version'>): string {
  switch (route) {
    case 'finder':
      return 'Local backups are made with Finder: it does the job on macOS Catalina (10.15) and later.';
    case 'itunes':
      if (host.os === 'macos') return 'Local backups are made with iTunes: Macs older than macOS Catalina (10.15) use it.';
      if (!windowsRunsAppleDevices(host.version)) {
        const [major = 0, , build = 0] = parseVersion(host.version);
        const which = major === 10 ? `this is build ${build}` : 'this Windows is older than Windows 10';
        return `Local backups are made with iTunes: Apple Devices needs Windows 10 version 22H2 (build ${APPLE_DEVICES_MIN_BUILD}) or later, and ${which}. Updating Windows lets you use Apple Devices instead.`;
      }
      return 'Local backups are made with iTunes, which is installed here in place of Apple Devices.';
    case 'apple-devices':
      return `Local backups are made with Apple’s Apple Devices app, Apple’s program for Windows 10 version 22H2 (build ${APPLE_DEVICES_MIN_BUILD}) and later, and Windows 11.`;
    case 'idevicebackup2':
      return 'Local backups are made with idevicebackup2 from libimobiledevice, as Apple makes no program for Linux.';
    case 'none':
      return 'This computer cannot make an iPhone backup; the iCloud checklist still helps.';
  }
}

/** The walkthrough's backup, in one line; null while there is nothing to report. */
export function backupLine(guidance: Guidance, now: Date): string | null {
  const { backup } = guidance.walkthrough;
  switch (backup.state) {
    case 'in-progress':
      return backupProgressLine(backup, now);
    case 'checking':
      return `Finished at ${formatDateTime(backup.finishedAt)} — checking its files`;
    case 'verified':
      return `Verified: finished at ${formatDateTime(backup.finishedAt)}, every file it lists is here`;
    case 'encrypted':
      return `Backed up and encrypted: finished at ${formatDateTime(backup.finishedAt)}`;
    case 'stopped':
      return backup.reason === 'interrupted' ? 'The backup stopped before it finished' : 'The backup is missing files';
    default:
      return null;
  }
}

/** Days since the newest backup of either kind. */
function newestAge(dates: Guidance['dates']): number {
  return Math.min(dates.icloud?.ageDays ?? Infinity, dates.local?.ageDays ?? Infinity);
}

const GO_LOCAL = { id: 'walkthrough', label: 'Back up to this computer' } as const;

/** The single next step, in words. */
export function nextStepWords(guidance: Guidance, snapshot: Snapshot, now: Date): Message {
  const { walkthrough, checklist, dates, route } = guidance;
  const noun = deviceNoun(walkthrough.device);
  const phone = walkthrough.device ? deviceInSentence(walkthrough.device) : `your ${noun}`;
  const program = routeProgramName(route);
  switch (guidance.next.id) {
    case 'fix-problem': {
      const problem = problemContent(walkthrough.problem ?? 'no-program', snapshot.host.os, route, walkthrough.device !== null, noun);
      return { title: problem.title, body: problem.body[0] ?? '', screen: { id: 'walkthrough', label: 'See what to do' }, action: problem.actions?.[0] };
    }
    case 'watch-backup':
      return {
        title: `${backupLine(guidance, now)}.`,
        body:
          walkthrough.backup.state === 'checking'
            ? `The app is checking that every file the backup of ${phone} lists is on this computer; this takes a minute or two.`
            : `Keep ${phone} connected until ${program} says it is done.`,
        screen: { id: 'walkthrough', label: 'Follow the backup' },
      };
    case 'backup-stopped': {
      const backup = walkthrough.backup;
      // The card shows the title and what to do next; when it stopped is on the walkthrough's screen.
      const words = stoppedWords(backup.state === 'stopped' ? backup.reason : 'interrupted', null, program);
      return { title: words.title, body: words.next, screen: { id: 'walkthrough', label: 'See what happened' } };
    }
    case 'backup-verified':
    {
      const title = `${backupLine(guidance, now)}.`;
      const { backup } = walkthrough;
      const what =
        backup.state === 'encrypted'
          ? `A complete, encrypted backup of ${phone} is on this computer. Keep its password safe: nobody can open the backup without it.`
          : `A complete backup of ${phone} is on this computer${backup.state === 'verified' && backup.contents ? `: ${contentsLine(backup.contents)}` : ''}.`;
      return checklist.icloudWorks
        ? { title, body: what, screen: { id: 'walkthrough', label: 'See the backup' } }
        : {
            title,
            body: `${what} It is safe now. Next, get iCloud backing up again, so it stays safe without the cable.`,
            screen: { id: 'checklist', label: 'Back to fixing iCloud' },
          };
    }
    case 'continue-walkthrough':
      return {
        title: `Back up ${phone} with ${program}`,
        body: `Next: ${stepInShort(walkthrough.current ?? 'connect', route, noun)}.`,
        screen: { id: 'walkthrough', label: 'Continue' },
      };
    case 'icloud-down-go-local':
      return {
        title: icloudTroubleTitle(snapshot.icloudBackupStatus.state),
        body: `No setting on your ${noun} can fix that. Back up to this computer instead while Apple sorts it out: plug your ${noun} in to start.`,
        screen: GO_LOCAL,
        action: STATUS_BUTTON,
      };
    case 'note-icloud-date':
      return {
        title: 'iCloud backs up again — note the date',
        body: `Type in the “Last successful backup” date your ${noun} shows, so the app can tell you when it gets old.`,
        screen: { id: 'dates', label: 'Note the date' },
      };
    case 'all-good':
      return {
        title: 'You are backed up',
        body: `Your newest backup is from ${formatAge(newestAge(dates))}. Look at the date again in a few weeks.`,
        screen: { id: 'dates', label: 'See backup dates' },
      };
    case 'checklist-exhausted-go-local':
      return {
        title: 'iCloud still fails — back up to this computer',
        body: 'You have been through every check. A backup here needs no iCloud at all; Get help gathers what Apple Support will ask for.',
        screen: GO_LOCAL,
      };
    case 'start-checklist':
      return {
        title: 'Start with the iCloud checklist',
        body: `${checklist.items.length} checks, in the order that fixes most failed backups. Mark each one as you go.`,
        screen: { id: 'checklist', label: 'Start the checklist' },
      };
    case 'continue-checklist':
      return {
        title: 'Carry on with the iCloud checklist',
        body: `${checklist.checkedCount} of ${checklist.items.length} checked so far.`,
        screen: { id: 'checklist', label: 'Continue the checklist' },
      };
  }
}
