import { describe, expect, it } from 'vitest';
import { emptyContents, noteEntry } from '../../../../../../../src/main/core/probes/backups/verification/contents';
import type { EntryKind, ManifestEntry } from '../../../../../../../src/main/core/probes/backups/manifest/entry';

const entry = (domain: string, relativePath: string, kind: EntryKind = 'file'): ManifestEntry => ({ fileID: 'a'.repeat(40), domain, relativePath, kind, size: 1 });

/** What a backup listing exactly `entries` holds. */
function contentsOf(...entries: ManifestEntry[]) {
  const contents = emptyContents();
  for (const listed of entries) noteEntry(contents, listed);
  return contents;
}

describe('probes', () => {
  describe('backups: what a backup holds', () => {
    it('starts from nothing', () => {
      expect(emptyContents()).toEqual({ photosAndVideos: 0, messages: false, whatsapp: false, contacts: false, notes: false });
    });

    it.each(['IMG_0001.HEIC', 'IMG_0002.heif', 'a.jpg', 'a.JPEG', 'a.png', 'a.gif', 'a.tif', 'a.tiff', 'a.dng', 'a.webp', 'IMG_0003.MOV', 'a.mp4', 'a.m4v', 'a.3gp', 'a.avi'])(
      'counts a Camera Roll original named %s',
      (name) => {
        expect(contentsOf(entry('CameraRollDomain', `Media/DCIM/100APPLE/${name}`)).photosAndVideos).toBe(1);
      },
    );

    it.each([
      ['an edit’s sidecar', 'CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0001.AAE'],
      ['a thumbnail outside DCIM', 'CameraRollDomain', 'Media/PhotoData/Thumbnails/IMG_0001.jpg'],
      ['a path that only ends in DCIM’s name', 'CameraRollDomain', 'Library/Media/DCIM/IMG_0001.jpg'],
      ['an extension in the middle of a name', 'CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0001.jpg.plist'],
      ['a photo kept by another app', 'AppDomain-com.example.camera', 'Media/DCIM/100APPLE/IMG_0001.jpg'],
    ])('does not count %s as a photo', (_what, domain, relativePath) => {
      expect(contentsOf(entry(domain, relativePath))).toEqual(emptyContents());
    });

    it('counts each photo and video once, and only files', () => {
      const contents = contentsOf(
        entry('CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0001.HEIC'),
        entry('CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0002.MOV'),
        entry('CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0003.jpg', 'folder'),
        entry('CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0004.jpg', 'link'),
      );
      expect(contents.photosAndVideos).toBe(2);
    });

    it.each([
      ['messages', 'HomeDomain', 'Library/SMS/sms.db'],
      ['whatsapp', 'AppDomainGroup-group.net.whatsapp.WhatsApp.shared', 'ChatStorage.sqlite'],
      ['whatsapp', 'AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared', 'ChatStorage.sqlite'],
      ['contacts', 'HomeDomain', 'Library/AddressBook/AddressBook.sqlitedb'],
      ['notes', 'AppDomainGroup-group.com.apple.notes', 'NoteStore.sqlite'],
      ['notes', 'HomeDomain', 'Library/Notes/notes.sqlite'],
    ] as const)('finds %s from %s %s, and nothing else', (kind, domain, relativePath) => {
      expect(contentsOf(entry(domain, relativePath))).toEqual({ ...emptyContents(), [kind]: true });
    });

    it('needs the right file in the right place: a marker’s path in another domain, or a folder of that name, is not it', () => {
      const contents = contentsOf(
        entry('AppDomain-com.example.chat', 'Library/SMS/sms.db'),
        entry('HomeDomain', 'ChatStorage.sqlite'),
        entry('HomeDomain', 'Library/AddressBook/AddressBook.sqlitedb', 'folder'),
        entry('HomeDomain', 'Library/SMS/sms.db-wal'),
      );
      expect(contents).toEqual(emptyContents());
    });
  });
});
