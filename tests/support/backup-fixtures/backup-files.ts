/**
 * The files a fixture backup holds, as an iPhone lists them: each with its domain and path on the
 * phone, and stored in the backup under the SHA-1 of "domain-path". Camera Roll photos and
 * videos, Messages, WhatsApp chats, Contacts and Notes where asked for, plus plain app files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { noise, type DeviceSpec } from './plists';

/** What a fixture backup should hold that a person cares about. */
export interface FixtureContents {
  photosAndVideos?: number;
  messages?: boolean;
  whatsapp?: boolean;
  contacts?: boolean;
  notes?: boolean;
}

/** One file in a fixture backup. */
export interface FixtureFile {
  domain: string;
  relativePath: string;
  content: Buffer;
}

/** The name a file's contents are stored under. */
export function fileIdOf(domain: string, relativePath: string): string {
  return createHash('sha1').update(`${domain}-${relativePath}`).digest('hex');
}

/** Where a file is stored: in a two-digit sub-folder from iOS 10 on (Manifest.db), flat before (Manifest.mbdb). */
export function storedFilePath(folder: string, fileID: string, layout: 'db' | 'mbdb'): string {
  return layout === 'db' ? path.join(folder, fileID.slice(0, 2), fileID) : path.join(folder, fileID);
}

/** An app file numbered `index`, of a size that differs from its neighbours'. */
export function appFile(device: DeviceSpec, index: number, encrypted: boolean): FixtureFile {
  const relativePath = `Library/Preferences/com.example.notes.${index}.plist`;
  const content = encrypted ? noise(3000 + index * 17, `${device.udid}-${index}`) : Buffer.from(`note ${index} of ${device.deviceName}\n`.repeat(40 + index));
  return { domain: 'HomeDomain', relativePath, content };
}

const PHOTO_EXTENSIONS = ['HEIC', 'MOV', 'JPG', 'PNG'];

/** The files that make each kind of contents show. */
export function contentFiles(contents: FixtureContents, encrypted: boolean): FixtureFile[] {
  const files: FixtureFile[] = [];
  const data = (seed: string, size: number) => noise(size, seed);
  for (let index = 0; index < (contents.photosAndVideos ?? 0); index += 1) {
    const name = `IMG_${String(index + 1).padStart(4, '0')}.${PHOTO_EXTENSIONS[index % PHOTO_EXTENSIONS.length]}`;
    files.push({ domain: 'CameraRollDomain', relativePath: `Media/DCIM/100APPLE/${name}`, content: data(name, 400 + index) });
  }
  if ((contents.photosAndVideos ?? 0) > 0) {
    // An edit's sidecar and a thumbnail: Camera Roll files that are not photos or videos of their own.
    files.push({ domain: 'CameraRollDomain', relativePath: 'Media/DCIM/100APPLE/IMG_0001.AAE', content: data('aae', 300) });
    files.push({ domain: 'CameraRollDomain', relativePath: 'Media/PhotoData/Thumbnails/V2/DCIM/100APPLE/IMG_0001.HEIC/5005.JPG', content: data('thumb', 200) });
  }
  if (contents.messages) files.push({ domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db', content: data('sms', 4096) });
  if (contents.whatsapp) files.push({ domain: 'AppDomainGroup-group.net.whatsapp.WhatsApp.shared', relativePath: 'ChatStorage.sqlite', content: data('wa', 4096) });
  if (contents.contacts) files.push({ domain: 'HomeDomain', relativePath: 'Library/AddressBook/AddressBook.sqlitedb', content: data('ab', 4096) });
  if (contents.notes) files.push({ domain: 'AppDomainGroup-group.com.apple.notes', relativePath: 'NoteStore.sqlite', content: data('notes', 4096) });
  return encrypted ? files.map((file) => ({ ...file, content: noise(file.content.length + 16, `${file.relativePath}-enc`) })) : files;
}

/** The folders a list of files sits in, each domain's root included, as the index lists them. */
export function foldersOf(files: readonly FixtureFile[]): Array<{ domain: string; relativePath: string }> {
  const seen = new Map<string, { domain: string; relativePath: string }>();
  for (const file of files) {
    let folder = path.posix.dirname(file.relativePath);
    seen.set(`${file.domain}-`, { domain: file.domain, relativePath: '' });
    while (folder !== '.' && folder !== '') {
      seen.set(`${file.domain}-${folder}`, { domain: file.domain, relativePath: folder });
      folder = path.posix.dirname(folder);
    }
  }
  return [...seen.values()];
}
