/**
 * The words of the iCloud checklist: for each item, why it is where it is in the order, where on
 * the phone to look, what to look for, and how to put it right. The order itself lives in
 * `guidance/checklist.ts`; a test checks that every item there has words here.
 */
import type { ChecklistMark } from '../progress';
import type { IllustrationId } from './illustrations';

/** One checklist item's words. */
export interface ChecklistItemContent {
  title: string;
  /** Why this matters, and why it sits here in the order. */
  why: string;
  /** Where to tap, one screen at a time. */
  where: string[];
  look: string;
  fix: string[];
  notes?: string[];
  /** Labels for the three marks when the usual ones do not fit (the test backup). */
  marks?: Record<ChecklistMark, string>;
  illustration?: IllustrationId;
  /** This check changes a lot on the phone (an update, a sign-out, a reset): offer a local backup before it. */
  risky?: boolean;
}

/** The usual labels for the three marks. */
export const MARK_LABELS: Record<ChecklistMark, string> = {
  'not-yet': 'Not yet',
  fine: 'Checked — fine',
  culprit: 'This was it',
};

const YOUR_NAME = 'Your name (the top row)';

/** Every checklist item's words, by id. */
export const CHECKLIST_ITEMS: Record<string, ChecklistItemContent> = {
  storage: {
    title: 'Is there room left in iCloud?',
    why: 'A full iCloud is the most common reason a backup stops, so look here first. Every Apple Account comes with just 5 GB free, and app data and photos fill that quickly.',
    where: ['Settings', YOUR_NAME, 'iCloud', 'Manage Account Storage (on some versions just “Manage Storage”)'],
    look: 'The colored bar at the top. If it is full, or almost full, the backup has nowhere to go.',
    fix: [
      'Make room: under Backups, remove the backups of old phones and iPads you no longer use.',
      'Or get more space with an iCloud+ plan: 50 GB, 200 GB or 2 TB (larger 6 TB and 12 TB plans exist too), each for a modest monthly fee.',
    ],
    notes: [
      'Deleting photos from the phone will not make room for the backup. Photos in iCloud Photos are counted on their own, apart from the backup, so removing them from the phone does not shrink it.',
    ],
    illustration: 'manage-storage',
  },
  wifi: {
    title: 'Is the phone on a steady Wi-Fi network?',
    why: 'iCloud backs up over Wi-Fi. Unless you changed a setting, it will not use cellular data at all, and a weak or busy network can cut a backup off halfway.',
    where: ['Settings', 'Wi-Fi'],
    look: 'A checkmark next to a network you trust, such as your home network. Quicker: open Control Center — on an iPhone with Face ID swipe down from the top-right corner; on an iPhone with a Home button (such as iPhone SE) swipe up from the bottom edge. The Wi-Fi symbol should be lit, not just the cellular bars.',
    fix: [
      'Join a reliable Wi-Fi network, ideally at home.',
      'If backups keep stalling on it, try a different Wi-Fi network, or restart your router (unplug it for half a minute).',
    ],
    notes: [
      'No Wi-Fi at hand? On an iPhone with 5G (iPhone 12 and later), some carriers let it back up over cellular: Settings → your name → iCloud → iCloud Backup, then turn on Back Up Over Cellular. If that switch is not there, your iPhone or carrier does not offer it, and Wi-Fi is the only way.',
    ],
  },
  power: {
    title: 'Is the phone plugged in and charging?',
    why: 'The phone normally only backs up to iCloud while it is charging.',
    where: ['The battery symbol at the top of the screen'],
    look: 'A lightning bolt on the battery means it is charging.',
    fix: ['Plug the phone into a charger and leave it there while the backup runs.'],
  },
  'backup-switch': {
    title: 'Is iCloud Backup switched on?',
    why: 'With the switch off nothing is backed up at all, however well everything else works. It takes a second to check.',
    where: ['Settings', YOUR_NAME, 'iCloud', 'iCloud Backup'],
    look: 'The switch “Back Up This iPhone” (just “iCloud Backup” on older versions) should be green.',
    fix: ['Turn the switch on.'],
    notes: ['The iCloud Drive switch is a separate thing: iCloud Backup works whether iCloud Drive is on or off, so you can leave it as it is.'],
    illustration: 'icloud-backup-switch',
  },
  'try-backup-now': {
    title: 'Try a backup now, and read the date',
    why: 'With room in iCloud, Wi-Fi and power sorted, a backup started by hand shows straight away whether iCloud works again.',
    where: ['Settings', YOUR_NAME, 'iCloud', 'iCloud Backup', 'Back Up Now'],
    look: 'See whether it starts. When it is done, the line under the button, “Last successful backup”, shows today’s date and time: that means it worked.',
    fix: [
      'If it hangs or shows an error, the network may still be to blame: switch to another Wi-Fi network or restart your router, then try again.',
      'If it starts but never gets to the end, the next item is for you.',
      'Write the error down word for word — Apple Support will ask for it.',
    ],
    marks: { 'not-yet': 'Not tried yet', fine: 'It worked', culprit: 'It failed or stalled' },
    illustration: 'icloud-backup',
  },
  'too-much-data': {
    title: 'Does it start, then never finish?',
    why: 'A very large backup may not fit in the time the phone gives it, and the damaged data of a single app can hold up the whole thing.',
    where: ['Settings', YOUR_NAME, 'iCloud', 'Manage Account Storage', 'Backups', 'This iPhone'],
    look: 'The list of apps, biggest first: it shows which apps take up most of the backup.',
    fix: [
      'Switch off the biggest apps you can do without in the backup — games and streaming apps are often the largest — then tap Back Up Now again. A smaller backup usually gets through.',
      'Apps that keep their own copy online can be left out safely: WhatsApp (when its own chat backup is on), Google Photos, Spotify. That keeps iCloud lean and loses nothing.',
    ],
  },
  'ios-update': {
    title: 'Is the phone’s software up to date?',
    why: 'An old version of iOS can clash with iCloud’s services.',
    where: ['Settings', 'General', 'Software Update'],
    look: 'Whether an update is waiting to be installed.',
    fix: ['Install it (on Wi-Fi and charging), then try Back Up Now again.'],
    risky: true,
  },
  'apple-account': {
    title: 'Has your Apple Account sign-in gone stale?',
    why: 'A sign-in that quietly expired is an often-missed cause: the backup is turned away without a clear message. Signing out and in again renews it with Apple.',
    where: ['Settings', YOUR_NAME, 'scroll to the bottom', 'Sign Out'],
    look: 'Any message about your account or password on your name’s screen.',
    fix: [
      'Sign out, then sign straight back in with your Apple Account (called Apple ID before iOS 18) email and password.',
      'Have the password ready before you start.',
    ],
    risky: true,
  },
  'reset-network': {
    title: 'Last resort: reset network settings',
    why: 'Only when everything above is fine and the backup still fails, because this clears more than any other step.',
    where: ['Settings', 'General', 'Transfer or Reset iPhone', 'Reset', 'Reset Network Settings'],
    look: 'This makes the phone forget every saved Wi-Fi password and any VPN set up on it. Note those down first.',
    fix: ['After the reset, join your Wi-Fi again and tap Back Up Now once more.'],
    marks: { 'not-yet': 'Not yet', fine: 'Done — still failing', culprit: 'That fixed it' },
    risky: true,
  },
};
