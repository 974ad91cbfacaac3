/** The overview's warnings in words: what is wrong, what it means for the person, and the one thing to do. */
import type { Guidance, Warning } from '../guidance/types';
import { routeProgramName } from '../guidance/route';
import type { Snapshot } from '../snapshot';
import type { ActionButton } from './actions';
import { deviceNoun } from './device-names';
import { formatSize } from './format';
import type { Message } from './overview';
import { problemContent } from './problems';

const ICLOUD_TROUBLE_TITLE: Record<string, string> = {
  outage: 'Apple reports an outage of iCloud Backup',
  issue: 'Apple reports a problem with iCloud Backup',
  maintenance: 'Apple is working on iCloud Backup (maintenance)',
  performance: 'Apple reports iCloud Backup is running slowly',
};

/** The title for Apple's trouble with iCloud Backup. */
export function icloudTroubleTitle(state: string): string {
  return ICLOUD_TROUBLE_TITLE[state] ?? 'Apple reports trouble with iCloud Backup';
}

/** The button to Apple's status page. */
export const STATUS_BUTTON: ActionButton = { action: 'open-system-status', label: 'Open Apple’s status page' };

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

/** An old newest backup: the iCloud one means the nightly backups stopped; a local one is only ever as new as the last one made by hand. */
function staleWords(dates: Guidance['dates']): Message {
  if (dates.newest === 'icloud') {
    const age = dates.icloud?.ageDays ?? 0;
    return {
      title: `Your last iCloud backup is ${age} days old`,
      body: 'iCloud backs up every night on its own, so more than a week means the automatic iCloud backups have stopped. Work through the iCloud checklist, or make a backup to this computer now.',
      screen: { id: 'checklist', label: 'Fix iCloud Backup' },
    };
  }
  const age = dates.local?.ageDays ?? 0;
  return {
    title: `Your newest backup on this computer is ${age} days old`,
    body: `A backup on this computer is only made when you make one, so it ages until the next. ${dates.icloud === null ? 'Note the iCloud date your phone shows to see whether iCloud is newer, or' : 'Your iCloud backup is older still:'} make a fresh backup to this computer now.`,
    screen: { id: 'dates', label: 'See backup dates' },
  };
}

/** One warning, in words. */
export function warningWords(warning: Warning, guidance: Guidance, snapshot: Snapshot): Message {
  const { dates, walkthrough, route } = guidance;
  switch (warning.id) {
    case 'icloud-status':
      return {
        title: icloudTroubleTitle(snapshot.icloudBackupStatus.state),
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
      const problem = problemContent(walkthrough.problem ?? 'no-device-support', snapshot.host.os, route, walkthrough.device !== null, deviceNoun(walkthrough.device));
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
        body: 'macOS keeps the backup folder private. So that Backup Lifeboat can check your backups — it only reads them, never changes them — give it Full Disk Access. The Last backup dates page shows each click.',
        action: { action: 'open-full-disk-access', label: 'Open Full Disk Access settings' },
        screen: { id: 'dates', label: 'Show me how' },
      };
    case 'backups-unreadable':
      return {
        title: 'The backup folder could not be read',
        body: `${snapshot.sources.backups.reason ?? ''} The walkthrough still works; ${routeProgramName(route)} shows the date of the latest backup too.`.trim(),
      };
    case 'backup-stale':
      return staleWords(dates);
    case 'backup-missing':
      return dates.icloudNever
        ? {
            title: 'Your phone has never finished an iCloud backup',
            body: 'Until it does, iCloud holds no copy of it. Start with the iCloud Backup switch, or make a backup to this computer now.',
            screen: { id: 'checklist', label: 'Fix iCloud Backup' },
          }
        : {
            title: 'When did your phone last back up?',
            body: 'The app cannot read iCloud’s date from here. Look on your phone and note the date, so the app can tell you when it gets old.',
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
