/**
 * The iCloud guidance around the checklist: why the order, what to do when nothing works, the
 * local backup as the way round, and the habit that keeps backups running afterwards.
 */

/** Why the checklist runs in the order it does. */
export const CHECKLIST_INTRO = {
  title: 'Fix iCloud Backup, one check at a time',
  lead: 'Most failed backups come down to a setting or an account detail you can put right yourself — only now and then is Apple’s side at fault.',
  order:
    'Work from the top. The list starts with what is most often wrong and quickest to check, and leaves the steps that change more for later: room in iCloud first, then Wi-Fi and power, then a backup by hand and its date, then signing out and in, and resetting network settings only at the very end. Jumping to the drastic steps first mostly wastes time.',
  several:
    'More than one of these can be wrong at the same time, and the phone rarely says which one stops the backup. So keep going until the backup by hand works.',
};

/** When the checklist is done and iCloud still fails. */
export const STILL_STUCK = {
  title: 'Still not working?',
  statusTitle: 'Is it Apple’s side?',
  status:
    'Apple’s System Status page shows a yellow or red mark next to iCloud Backup when the trouble is theirs. Then there is nothing to fix on your phone: wait until Apple has sorted it out. This app checks that page for you.',
  localTitle: 'Back up to this computer instead',
  local:
    'A backup to this computer with a cable does not need iCloud at all: it is quicker, works without the internet and takes no iCloud space. Use Finder on a Mac with macOS Catalina (10.15) or later and iTunes on older Macs. On Windows use Apple Devices (Windows 10 version 22H2 or later, and Windows 11), and iTunes on older Windows, where Apple Devices cannot run. Plenty of people make it their main backup.',
  supportTitle: 'Ask Apple Support',
  support:
    'Contact Apple Support through the Apple Support app or Apple’s website. Have four things ready, so they can skip the basics and start on the deeper checks: your iOS version, the exact error message if there is one, how long the problem has been going on, and what you have already tried.',
  supportPointer: 'The Get help page puts all of that together for you.',
};

/** The routine that keeps iCloud backups working once they work again. */
export const PREVENTION = {
  title: 'Keep it working',
  steps: [
    'iCloud backs up by itself overnight while the phone is locked, charging and on Wi-Fi. The simplest habit: plug it in at bedtime, at home on your own Wi-Fi.',
    'Every few weeks, spend ten seconds looking at the date: Settings → your name → iCloud → iCloud Backup. It tells you when Apple last saved a complete copy of your phone.',
    'If that date is more than a week old, something stopped the nightly backups. Find out what now, before you need the backup.',
    'Do not let it lapse for months: iCloud may delete a phone’s backup when it has not backed up for 180 days.',
  ],
};

/** Why a local backup is worth making even while iCloud works. */
export const LOCAL_BACKUP_WHY =
  'A backup on this computer is faster than iCloud, needs no internet and uses none of your iCloud space.';

/** Where the phone shows its "Last successful backup" date. */
export const PATH_TO_ICLOUD_DATE = ['Settings', 'Your name (the top row)', 'iCloud', 'iCloud Backup'];
