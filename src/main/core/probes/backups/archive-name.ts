/**
 * How a backup folder's name says whose it is and whether it is an archived copy. Finder and
 * iTunes name the live backup by the phone's UDID and an archived copy "<UDID>-YYYYMMDD-HHMMSS".
 * The name is the backup's identity: Info.plist may write the same UDID in another case.
 */

const ARCHIVE_SUFFIX = /-(\d{8})-(\d{6})$/;
const UDID_SHAPE = /^[0-9A-Fa-f-]{24,64}$/;

/** What a folder's name tells. */
export interface FolderName {
  /** The name without an archive's date. */
  base: string;
  archived: boolean;
}

/** Reads a backup folder's name. */
export function parseFolderName(name: string): FolderName {
  const archived = ARCHIVE_SUFFIX.test(name);
  return { base: archived ? name.replace(ARCHIVE_SUFFIX, '') : name, archived };
}

/** True when `text` has the shape of a device's UDID (40 hex digits, or 24 with a hyphen after 8). */
export function isUdidShaped(text: string): boolean {
  return UDID_SHAPE.test(text);
}
