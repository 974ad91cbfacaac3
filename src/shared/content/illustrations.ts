/** The bundled pictures of where to tap or click, and the words that describe each for people who cannot see them. */

/** One bundled illustration. */
export type IllustrationId = 'icloud-backup' | 'manage-storage' | 'trust-prompt' | 'finder-backup' | 'itunes-backup' | 'apple-devices-backup';

/** Pictures of a phone screen: narrow, so they sit beside the words rather than below them. */
export const PHONE_SCREENS: ReadonlySet<IllustrationId> = new Set(['icloud-backup', 'manage-storage', 'trust-prompt']);

/** What each picture shows, as its text alternative. */
export const ILLUSTRATION_ALT: Record<IllustrationId, string> = {
  'icloud-backup':
    'The iPhone’s iCloud Backup screen: the “Back Up This iPhone” switch turned on, the Back Up Now button, and below it the line “Last successful backup” with a date.',
  'manage-storage':
    'The iPhone’s storage screen for iCloud: a bar showing how full iCloud is, and below it a Backups row listing the devices that have a backup.',
  'trust-prompt': 'The iPhone asking “Trust This Computer?” with two buttons, Trust and Don’t Trust. Tap Trust.',
  'finder-backup':
    'A Finder window: the iPhone is selected in the sidebar under Locations, the General tab is open, “Back up all of the data on your iPhone to this Mac” is chosen, and the Back Up Now button is highlighted.',
  'itunes-backup':
    'iTunes: the small phone button near the top left is highlighted, Summary is selected, “This Computer” is chosen under Backups, and the Back Up Now button is highlighted.',
  'apple-devices-backup':
    'The Apple Devices app on Windows: the iPhone is selected in the sidebar, the General page is open, and the Back Up Now button is highlighted.',
};
