/**
 * The exact US-English words the programs and the phone show, as the pictures draw them. Each
 * label says where it comes from. apple-facts.md §4 holds the button names with their sources;
 * labels no primary source could confirm here are marked UNCONFIRMED, as apple-facts does, and
 * kept in this one place so a correction is one edit.
 */
import type { DeviceNoun } from './device-names';
import { backupCommand, MAKE_FOLDER_COMMAND } from './linux-backup';

/**
 * The Backups section Finder and Apple Devices share (Apple Devices took Finder's phone pane to
 * Windows): the iCloud choice, encryption, and the buttons (apple-facts §4: "Encrypt local backup",
 * "Back Up Now"). Only where the backup goes differs: "this Mac" or "this computer".
 */
const BACKUPS_SECTION = {
  /** The iCloud choice beside the local one. */
  icloud: (noun: DeviceNoun) => `Back up your most important data on your ${noun} to iCloud`,
  encrypt: 'Encrypt local backup',
  changePassword: 'Change Password…',
  manageBackups: 'Manage Backups…',
  backUpNow: 'Back Up Now',
  restoreBackup: 'Restore Backup…',
  /** While a backup runs: at the foot of Finder's pane, at the top of Apple Devices' window (as the walkthrough's wait step says). UNCONFIRMED wording. */
  backingUp: (name: string) => `Backing up “${name}”…`,
} as const;

/** Finder on macOS 10.15 and later: the phone's pane (apple-facts §4; Apple support 108353, "Back up with your Mac"). */
export const FINDER = {
  ...BACKUPS_SECTION,
  /** The sidebar section the phone appears in (apple-facts §4: "select the phone in the sidebar (under Locations)"). */
  locations: 'Locations',
  favorites: 'Favorites',
  favoriteItems: ['AirDrop', 'Recents', 'Applications', 'Desktop', 'Documents'],
  /** The pane's tabs; General holds the backups (apple-facts §4). */
  tabs: ['General', 'Music', 'Movies', 'TV Shows', 'Photos', 'Files', 'Info'],
  backups: 'Backups:',
  /** The local choice (apple-facts §4, word for word). */
  allData: (noun: DeviceNoun) => `Back up all of the data on your ${noun} to this Mac`,
  /** The line that dates the newest backup (the wording the issue asks for, from Finder on macOS 15). */
  lastBackup: 'Last backup to this Mac:',
} as const;

/**
 * Apple Devices on Windows 10 and 11 (apple-facts §4: "the phone → General → Back Up Now"; Apple's
 * "Apple Devices User Guide for Windows", Back up your iPhone or iPad).
 */
export const APPLE_DEVICES = {
  ...BACKUPS_SECTION,
  title: 'Apple Devices',
  /** The device's pages in the sidebar, General first (apple-facts §4). */
  pages: ['General', 'Music', 'Movies', 'TV Shows', 'Photos', 'Files', 'Info'],
  backups: 'Backups',
  /** UNCONFIRMED: "this computer" rather than "this PC"; the walkthrough's words say the same. */
  allData: (noun: DeviceNoun) => `Back up all of the data on your ${noun} to this computer`,
  /** UNCONFIRMED wording. */
  lastBackup: 'Last backup to this computer:',
} as const;

/** iTunes 12 on macOS 10.14 and earlier and on Windows (apple-facts §4: device button → Summary → "This Computer" → "Back Up Now"). */
export const ITUNES = {
  title: 'iTunes',
  /** iTunes for Windows' menu bar. */
  windowsMenus: ['File', 'Edit', 'Song', 'View', 'Controls', 'Account', 'Help'],
  /** The media menu beside the device button, and the search field. */
  mediaPicker: 'Music',
  search: 'Search',
  settings: 'Settings',
  /** The device's settings pages, Summary first (apple-facts §4). */
  pages: ['Summary', 'Music', 'Movies', 'TV Shows', 'Photos', 'Info', 'File Sharing'],
  backups: 'Backups',
  automatically: 'Automatically Back Up',
  icloud: 'iCloud',
  /** apple-facts §4, word for word. */
  thisComputer: 'This Computer',
  encrypt: 'Encrypt local backup',
  changePassword: 'Change Password…',
  manually: 'Manually Back Up and Restore',
  /** apple-facts §4. */
  backUpNow: 'Back Up Now',
  restoreBackup: 'Restore Backup…',
  latestBackup: 'Latest Backup:',
  /** After the date of the latest backup. */
  toThisComputer: 'to this computer',
  /** The status display at the top of the window while it backs up (the walkthrough's wait step points there). */
  backingUp: (name: string) => `Backing up “${name}”…`,
} as const;

/** The phone's own question when it meets a new computer (apple-facts §5.2: "Trust" / "Don't Trust"). */
export const TRUST_PROMPT = {
  title: 'Trust This Computer?',
  /** UNCONFIRMED: the explanation under the title changes between iOS versions; this is its long-standing wording. */
  body: 'Your settings and data will be accessible from this computer when connected.',
  trust: 'Trust',
  dontTrust: 'Don’t Trust',
} as const;

/**
 * The Mac's privacy settings for Full Disk Access (apple-facts §3: System Settings → Privacy &
 * Security → Full Disk Access). macOS 13 Ventura renamed System Preferences to System Settings and
 * moved the pane; on macOS 10.14 to 12 it is System Preferences → Security & Privacy → Privacy.
 */
export const FULL_DISK_ACCESS = {
  /** macOS 13 and later. */
  settings: 'System Settings',
  privacyAndSecurity: 'Privacy & Security',
  sidebar: ['Wi-Fi', 'Bluetooth', 'Network', 'General', 'Appearance', 'Accessibility', 'Privacy & Security', 'Desktop & Dock'],
  pane: 'Full Disk Access',
  /** The pane's explanation, macOS 13 and later. UNCONFIRMED wording. */
  explanation: 'Allow the applications below to access data like Mail, Messages, Safari, Home, Time Machine backups and certain administrative settings for all users on this Mac.',
  /** macOS 10.14 to 12. */
  preferences: 'System Preferences',
  securityAndPrivacy: 'Security & Privacy',
  tabs: ['General', 'FileVault', 'Firewall', 'Privacy'],
  privacyTab: 'Privacy',
  /** A few of the Privacy tab's categories, around Full Disk Access. */
  privacyList: ['Location Services', 'Contacts', 'Calendars', 'Photos', 'Accessibility', 'Full Disk Access'],
  lock: 'Click the lock to make changes.',
  search: 'Search',
  /** The app itself, as it appears in the list (package.json productName). */
  appName: 'Backup Lifeboat',
  /** An app often already in the list, so the picture reads as a list. */
  otherApp: 'Terminal',
  /** The buttons under the list of apps. */
  add: '+',
  remove: '−',
} as const;

/** The iPhone's own iCloud screens, for the checklist (Settings → [your name] → iCloud → iCloud Backup, and the storage screen). */
export const ICLOUD_SCREENS = {
  back: '‹ iCloud',
  backupTitle: 'iCloud Backup',
  /** iOS 17 and later; "iCloud Backup" on the switch before (the checklist says so too). */
  backUpThis: (noun: DeviceNoun) => `Back Up This ${noun}`,
  backUpNow: 'Back Up Now',
  lastSuccessful: 'Last successful backup:',
  /** The storage screen's title. UNCONFIRMED: it has changed between iOS versions. */
  storageTitle: 'iCloud Storage',
  storageRow: 'iCloud',
  /** A sample of the line beside the bar. */
  almostFull: '4.9 GB of 5 GB used',
  changePlan: 'Change Storage Plan',
  backups: 'Backups',
} as const;

/** idevicebackup2 and friends on Linux: the commands the walkthrough gives and what idevicebackup2 prints (libimobiledevice-utils 1.3). */
export const TERMINAL = {
  title: 'Terminal',
  prompt: '~$',
  listDevices: 'idevice_id -l',
  /** The walkthrough's own commands, so the picture shows what the words say to type. */
  makeFolder: MAKE_FOLDER_COMMAND,
  encryptionOn: 'idevicebackup2 -i encryption on',
  backUp: backupCommand(),
  /** Lines idevicebackup2 prints, read from the Debian binary's strings. */
  startingBackup: 'Starting backup...',
  fullBackupMode: 'Full backup mode.',
  finished: (percent: number) => `${percent}% Finished`,
  successful: 'Backup Successful.',
} as const;

/** Sample values the pictures show where the real ones are not known; Apple's own screenshots read 9:41 too. */
export const SAMPLE = {
  lastBackup: 'Today, 9:41 AM',
  /** A made-up device ID of the new 25-character form (apple-facts §1), so no real phone's ID is ever drawn in full. */
  udid: '00008130-0000000000000000',
  clock: '9:41',
} as const;
