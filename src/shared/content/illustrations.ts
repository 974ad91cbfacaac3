/** The pictures the iCloud checklist shows beside its words: the phone's own iCloud screens. */
import type { PictureSpec } from './pictures';

/** One checklist picture. */
export type IllustrationId = 'icloud-backup' | 'icloud-backup-switch' | 'manage-storage';

/** What each checklist picture draws, and its one target: Back Up Now, the backup switch, or the storage bar. */
export const ILLUSTRATIONS: Record<IllustrationId, PictureSpec> = {
  'icloud-backup': { scene: 'icloud-backup', target: 'back-up-now' },
  'icloud-backup-switch': { scene: 'icloud-backup', target: 'switch' },
  'manage-storage': { scene: 'manage-storage' },
};

/** Pictures of a phone screen: narrow, so they sit beside the words rather than below them. All checklist pictures are. */
export const PHONE_SCREENS: ReadonlySet<IllustrationId> = new Set(['icloud-backup', 'icloud-backup-switch', 'manage-storage']);
