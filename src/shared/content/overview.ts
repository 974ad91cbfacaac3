/**
 * The overview's words: the one next step, the warnings, Apple's status and the route, written
 * from the planner's decisions. Kept apart from the bigger content modules so the first screen
 * loads only what it shows.
 */
import type { Guidance, ScreenId, StepId, Warning } from '../guidance/types';
import { routeProgramName, type Route } from '../guidance/route';
import type { IcloudBackupStatus, OsFamily, Snapshot } from '../snapshot';
import type { ActionButton } from './actions';
import { deviceLabel } from './device-names';
import { formatAge, formatDateTime, formatMegabytes, formatSize } from './format';
import { contentsLine, stoppedWords } from './backup-proof';
import { problemContent } from './problems';

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

/** What each walkthrough step asks, in a few words. */
export function stepInShort(step: StepId, route: Route): string {
  const program = routeProgramName(route);
  const words: Record<StepId, string> = {
    connect: 'plug the phone into this computer',
    trust: 'unlock the phone and tap Trust',
    'open-program': route === 'idevicebackup2' ? 'open a terminal' : `open ${program} and click your phone`,
    options: 'choose the backup options',
    'back-up-now': route === 'idevicebackup2' ? 'start the backup' : 'click Back Up Now',
    wait: 'wait for the backup to finish',
  };
  return words[step];
}

/** Which program backs up here, and why. */
export function routeExplained(route: Route, os: OsFamily): string {
  switch (route) {
    case 'finder':
      return 'Local backups are made with Finder: it does the job on macOS Catalina (10.15) and later.';
    case 'itunes':
      return os === 'macos'
        ? 'Local backups are made with iTunes: Macs older than macOS Catalina (10.15) use it.'
        : 'Local backups are made with iTunes, the program Apple provides for this Windows computer.';
    case 'apple-devices':
      return 'Local backups are made with Apple’s Apple Devices app, the program Apple provides for Windows 10 and 11.';
    case 'idevicebackup2':
      return 'Local backups are made with idevicebackup2 from libimobiledevice, as Apple makes no program for Linux.';
    case 'none':
      return 'This computer cannot make an iPhone backup; the iCloud checklist still helps.';
  }
}

/** The walkthrough's backup, in one line; null while there is nothing to report. */
export function backupLine(guidance: Guidance): string | null {
  const { backup } = guidance.walkthrough;
  switch (backup.state) {
    case 'in-progress':
      return `Backing up — ${formatMegabytes(backup.bytesWritten)} written so far`;
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
export function nextStepWords(guidance: Guidance, snapshot: Snapshot, _now?: Date): Message {
  const { walkthrough, checklist, dates, route } = guidance;
  const phone = walkthrough.device ? deviceLabel(walkthrough.device) : 'your phone';
  const program = routeProgramName(route);
  switch (guidance.next.id) {
    case 'fix-problem': {
      const problem = problemContent(walkthrough.problem ?? 'no-program', snapshot.host.os, route, walkthrough.device !== null);
      return { title: problem.title, body: problem.body[0] ?? '', screen: { id: 'walkthrough', label: 'See what to do' } };
    }
    case 'watch-backup':
      return {
        title: `${backupLine(guidance)}.`,
        body:
          walkthrough.backup.state === 'checking'
            ? `The app is checking that every file the backup of ${phone} lists is on this computer; this takes a minute or two.`
            : `Keep ${phone} connected until ${program} says it is done.`,
        screen: { id: 'walkthrough', label: 'Follow the backup' },
      };
    case 'backup-stopped': {
      const backup = walkthrough.backup;
      const words = stoppedWords(backup.state === 'stopped' ? backup.reason : 'interrupted', backup.state === 'stopped' ? backup.at : null, program);
      return { title: words.title, body: words.next, screen: { id: 'walkthrough', label: 'See what happened' } };
    }
    case 'backup-verified':
      return {
        title: `${backupLine(guidance)}.`,
        body:
          walkthrough.backup.state === 'encrypted'
            ? `A complete, encrypted backup of ${phone} is on this computer. Keep its password safe: nobody can open the backup without it.`
            : `A complete backup of ${phone} is on this computer${walkthrough.backup.state === 'verified' && walkthrough.backup.contents ? `: ${contentsLine(walkthrough.backup.contents)}` : ''}.`,
        screen: { id: 'walkthrough', label: 'See the backup' },
      };
    case 'continue-walkthrough':
      return {
        title: `Back up ${phone} with ${program}`,
        body: `Next: ${stepInShort(walkthrough.current ?? 'connect', route)}.`,
        screen: { id: 'walkthrough', label: 'Continue' },
      };
    case 'icloud-down-go-local':
      return {
        title: 'Apple reports trouble with iCloud Backup',
        body: 'No setting on your phone can fix that. Back up to this computer instead while Apple sorts it out: plug your phone in to start.',
        screen: GO_LOCAL,
      };
    case 'note-icloud-date':
      return {
        title: 'iCloud backs up again — note the date',
        body: 'Type in the “Last successful backup” date your phone shows, so the app can tell you when it gets old.',
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

const ICLOUD_TROUBLE_TITLE: Record<string, string> = {
  outage: 'Apple reports an outage of iCloud Backup',
  issue: 'Apple reports a problem with iCloud Backup',
  maintenance: 'Apple is working on iCloud Backup (maintenance)',
  performance: 'Apple reports iCloud Backup is running slowly',
};

const STATUS_BUTTON: ActionButton = { action: 'open-system-status', label: 'Open Apple’s status page' };

/** usbmuxd (Apple's service that talks to phones over the cable) not answering, in the words for this computer. */
function usbmuxUnavailable(snapshot: Snapshot): Message {
  const reason = snapshot.sources.usbmux.reason ?? '';
  if (snapshot.host.os === 'linux') {
    return {
      title: 'The usbmuxd service is not running',
      body: `${reason} Without it no program can talk to a phone. Install or start it (“sudo apt install usbmuxd”), then plug the phone in again.`.trim(),
    };
  }
  return {
    title: 'The service that talks to phones is not answering',
    body: `${reason} The computer cannot see a phone until it answers again. Restart the computer: the service starts again by itself.`.trim(),
  };
}

/** One warning, in words. */
export function warningWords(warning: Warning, guidance: Guidance, snapshot: Snapshot): Message {
  const { dates, walkthrough, route } = guidance;
  switch (warning.id) {
    case 'icloud-status':
      return {
        title: ICLOUD_TROUBLE_TITLE[snapshot.icloudBackupStatus.state] ?? 'Apple reports trouble with iCloud Backup',
        body: `${snapshot.icloudBackupStatus.message} The trouble is on Apple’s side, so wait for Apple to fix it — or back up to this computer meanwhile.`,
        action: STATUS_BUTTON,
      };
    case 'status-unknown':
      return {
        title: 'Apple’s status could not be checked',
        body: `${snapshot.sources.status.reason ?? ''} Look at Apple’s System Status page yourself: a yellow or red mark next to iCloud Backup means the trouble is Apple’s.`.trim(),
        action: STATUS_BUTTON,
      };
    case 'no-device-support':
    case 'program-missing': {
      const problem = problemContent(walkthrough.problem ?? 'no-device-support', snapshot.host.os, route, walkthrough.device !== null);
      return { title: problem.title, body: problem.body.join(' '), action: problem.actions?.[0] };
    }
    case 'usbmux-unavailable':
      return usbmuxUnavailable(snapshot);
    case 'usb-unreadable':
      return {
        title: 'The USB ports could not be checked directly',
        body: `${snapshot.sources.usb.reason ?? ''} That is no problem for a backup: a phone that ${snapshot.host.os === 'linux' ? 'usbmuxd' : 'Apple’s software'} can talk to still shows up here. If yours does not, unplug it, plug it in again and unlock it.`.trim(),
      };
    case 'backups-need-permission':
      if (snapshot.host.os !== 'macos') {
        return {
          title: 'This account may not read the backup folder',
          body: `${snapshot.sources.backups.reason ?? ''} The walkthrough still works; ${routeProgramName(route)} shows the date of the latest backup too.`.trim(),
        };
      }
      return {
        title: 'Let the app see your backups',
        body: 'macOS keeps the backup folder private. So that Backup Lifeboat can check your backups — it only reads them, never changes them — switch it on in System Settings → Privacy & Security → Full Disk Access.',
        action: { action: 'open-full-disk-access', label: 'Open Full Disk Access settings' },
      };
    case 'backups-unreadable':
      return {
        title: 'The backup folder could not be read',
        body: `${snapshot.sources.backups.reason ?? ''} The walkthrough still works; ${routeProgramName(route)} shows the date of the latest backup too.`.trim(),
      };
    case 'backup-stale': {
      return {
        title: `Your newest backup is ${newestAge(dates)} days old`,
        body: 'More than a week means the automatic backups have stopped. Work through the iCloud checklist, or make a backup to this computer now.',
        screen: { id: 'dates', label: 'See backup dates' },
      };
    }
    case 'backup-missing':
      return {
        title: 'No recent backup is known',
        body: 'Note the iCloud date your phone shows, or make a backup to this computer.',
        screen: { id: 'dates', label: 'Note the iCloud date' },
      };
    case 'low-disk': {
      const space = walkthrough.lowDiskSpace;
      return {
        title: 'This computer is low on space',
        body: space
          ? `Only ${formatSize(space.freeBytes)} is free and the backup may need about ${formatSize(space.neededBytes)}. Free some space before you start, or the backup stops with an out-of-space error.`
          : 'Free some space before you start.',
      };
    }
  }
}
