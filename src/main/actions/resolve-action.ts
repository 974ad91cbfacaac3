/** Decides what an action means on this host, without doing it. Pure, so every case is testable. */
import type { ActionRequest } from '../../shared/ipc';
import type { Snapshot } from '../../shared/snapshot';
import { EXTERNAL_LINKS } from './external-links';

/** What to do, and what to tell the person when it worked or failed. */
export type ActionPlan =
  | ({ kind: 'url'; url: string } & Outcome)
  | ({ kind: 'application'; target: { macAppName?: string; windowsAppId?: string } } & Outcome)
  | ({ kind: 'reveal'; path: string } & Outcome)
  | ({ kind: 'copy'; text: string } & Outcome)
  | { kind: 'refused'; message: string };

interface Outcome {
  done: string;
  failed: string;
}

/** Where main keeps the folder of a backup it has listed; null when it knows none for that UDID. */
export type BackupLocator = (udid: string) => string | null;

/** The Apple Devices app's Store package, used to launch it on Windows. UNCONFIRMED: see apple-facts §4. */
const APPLE_DEVICES_APP_ID = 'AppleInc.AppleDevices_nzyj5cx40ttqa!App';

/** Maps an action to a plan for this snapshot's host. */
export function resolveAction(request: ActionRequest, snapshot: Snapshot, locateBackup: BackupLocator = () => null): ActionPlan {
  const os = snapshot.host.os;
  switch (request.action) {
    case 'open-finder':
      if (os !== 'macos') return { kind: 'refused', message: 'Finder is only on a Mac.' };
      return { kind: 'application', target: { macAppName: 'Finder' }, done: 'Finder is open.', failed: 'Finder did not open; open it from the Dock.' };
    case 'open-itunes':
      if (os === 'linux' || os === 'other') return { kind: 'refused', message: 'iTunes is not made for this computer.' };
      return { kind: 'application', target: { macAppName: 'iTunes', windowsAppId: 'iTunes' }, done: 'iTunes is opening.', failed: 'iTunes did not open; open it from the Start menu or Applications.' };
    case 'open-apple-devices':
      if (os !== 'windows') return { kind: 'refused', message: 'Apple Devices is a Windows app.' };
      return { kind: 'application', target: { windowsAppId: APPLE_DEVICES_APP_ID }, done: 'Apple Devices is opening.', failed: 'Apple Devices did not open; open it from the Start menu.' };
    case 'open-apple-devices-store-page':
      return link(os === 'windows' ? EXTERNAL_LINKS.appleDevicesStorePage : EXTERNAL_LINKS.appleDevicesWebPage, 'the Apple Devices page in the Microsoft Store');
    case 'open-itunes-download-page':
      return link(EXTERNAL_LINKS.itunesDownloadPage, "Apple's iTunes download page");
    case 'open-system-status':
      return link(EXTERNAL_LINKS.systemStatus, "Apple's System Status page");
    case 'open-apple-support':
      return link(EXTERNAL_LINKS.appleSupport, "Apple Support's contact page");
    case 'open-full-disk-access':
      if (os !== 'macos') return { kind: 'refused', message: 'Full Disk Access is a Mac setting.' };
      return link(EXTERNAL_LINKS.macFullDiskAccess, 'System Settings → Privacy & Security → Full Disk Access');
    case 'reveal-backup': {
      const path = locateBackup(request.udid);
      if (!path) return { kind: 'refused', message: 'That backup is no longer where it was; it may have been moved or deleted.' };
      return { kind: 'reveal', path, done: 'The backup folder is shown. Look, but do not move or change anything in it.', failed: 'The backup folder could not be shown.' };
    }
    case 'copy-text':
      return { kind: 'copy', text: request.text, done: 'Copied. Paste it into your message to Apple Support.', failed: 'Copying failed; select the text and copy it by hand.' };
  }
}

function link(url: string, what: string): ActionPlan {
  return { kind: 'url', url, done: `Opened ${what}.`, failed: `Could not open ${what}.` };
}
