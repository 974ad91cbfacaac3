/**
 * What a backup holds that a person cares about, read from the domains and paths its index
 * lists: photos and videos from the Camera Roll, Messages, WhatsApp chats, Contacts and Notes.
 * Pure: it only looks at entries, so it reads the same from Manifest.db and Manifest.mbdb.
 */
import type { BackupContents } from '../../../../../shared/snapshot';
import type { ManifestEntry } from '../manifest/entry';

/** Camera Roll media: originals under Media/DCIM (edits, thumbnails and sidecar files live elsewhere or end otherwise). */
const CAMERA_ROLL = { domain: 'CameraRollDomain', prefix: 'Media/DCIM/' };
const MEDIA_EXTENSION = /\.(heic|heif|jpe?g|png|gif|tiff?|dng|webp|mov|mp4|m4v|3gp|avi)$/i;

/** Where each kind of data lives in a backup; a kind counts as present when any of its files is listed. */
const MARKERS: Record<Exclude<keyof BackupContents, 'photosAndVideos'>, ReadonlyArray<{ domain: string; path: string }>> = {
  messages: [{ domain: 'HomeDomain', path: 'Library/SMS/sms.db' }],
  whatsapp: [
    { domain: 'AppDomainGroup-group.net.whatsapp.WhatsApp.shared', path: 'ChatStorage.sqlite' },
    // WhatsApp Business keeps its chats the same way in a group of its own.
    { domain: 'AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared', path: 'ChatStorage.sqlite' },
  ],
  contacts: [{ domain: 'HomeDomain', path: 'Library/AddressBook/AddressBook.sqlitedb' }],
  notes: [
    { domain: 'AppDomainGroup-group.com.apple.notes', path: 'NoteStore.sqlite' },
    // Before iOS 9, Notes kept its database in the home folder.
    { domain: 'HomeDomain', path: 'Library/Notes/notes.sqlite' },
  ],
};

const MARKER_INDEX = new Map<string, keyof typeof MARKERS>(
  Object.entries(MARKERS).flatMap(([kind, places]) => places.map((place) => [`${place.domain}\u0000${place.path}`, kind as keyof typeof MARKERS])),
);

/** Nothing found yet. */
export function emptyContents(): BackupContents {
  return { photosAndVideos: 0, messages: false, whatsapp: false, contacts: false, notes: false };
}

/** Adds what one listed file says to `contents`. */
export function noteEntry(contents: BackupContents, entry: ManifestEntry): void {
  if (entry.kind !== 'file') return;
  if (entry.domain === CAMERA_ROLL.domain) {
    if (entry.relativePath.startsWith(CAMERA_ROLL.prefix) && MEDIA_EXTENSION.test(entry.relativePath)) contents.photosAndVideos += 1;
    return;
  }
  const kind = MARKER_INDEX.get(`${entry.domain}\u0000${entry.relativePath}`);
  if (kind) contents[kind] = true;
}
