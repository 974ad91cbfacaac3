import { describe, expect, it } from 'vitest';
import {
  codeWords,
  errorCode,
  fileProblem,
  filesMissingProblem,
  folderProblem,
  indexUnreadableProblem,
  isPermissionCode,
  statusProblem,
} from '../../../../../../src/main/core/probes/backups/problems';

describe('backups probe', () => {
  describe('problems', () => {
    it('takes the code of a file-system error, and calls anything without one a disk error', () => {
      expect(errorCode(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe('ENOENT');
      expect(errorCode({ code: 13 })).toBe('13');
      for (const error of [new Error('no code'), 'EACCES', null, undefined, 42]) expect(errorCode(error)).toBe('EIO');
    });

    it('counts EPERM and EACCES, and nothing else, as a missing permission', () => {
      expect(isPermissionCode('EPERM')).toBe(true);
      expect(isPermissionCode('EACCES')).toBe(true);
      for (const code of ['ENOENT', 'EIO', 'eperm', '']) expect(isPermissionCode(code)).toBe(false);
    });

    it('puts each error code in its own plain words', () => {
      const words = {
        EPERM: /permission denied/,
        EACCES: /permission denied/,
        ELOOP: /link that leads back to itself/,
        ELINK: /link, which a backup never holds/,
        ENOTREG: /not an ordinary file/,
        ECHANGED: /replaced while being read/,
        EISDIR: /a folder, not a file/,
        EIO: /disk reported an error/,
        EBUSY: /^error EBUSY$/,
      };
      for (const [code, pattern] of Object.entries(words)) expect(codeWords(code), code).toMatch(pattern);
    });

    it('says why a device folder cannot be read, with the reason for links named apart', () => {
      expect(folderProblem('ELOOP')).toMatch(/^This entry is a link that leads back to itself/);
      expect(folderProblem('ELINK')).toMatch(/^This entry is a link to a folder that does not look like an iPhone backup/);
      expect(folderProblem('EACCES')).toBe("This backup's folder cannot be read (permission denied), so nothing about it can be checked.");
    });

    it('names the file, what is wrong with it, and what that means for this backup', () => {
      expect(fileProblem('Status.plist', { kind: 'ok', value: {}, encoding: 'xml' }, null)).toBeNull();
      expect(fileProblem('Status.plist', { kind: 'ok', encoding: 'binary' }, 'it has no date')).toBe(
        'Status.plist is not as expected (it has no date), so nobody can tell whether this backup finished.',
      );
      expect(fileProblem('Manifest.plist', { kind: 'missing' }, null)).toBe('Manifest.plist is missing, so it is unknown whether this backup is encrypted, and it may not restore.');
      expect(fileProblem('Info.plist', { kind: 'damaged', reason: 'it is cut short' }, null)).toBe(
        'Info.plist is damaged (it is cut short), so Finder or iTunes may not show this backup.',
      );
      expect(fileProblem('Info.plist', { kind: 'unreadable', code: 'EPERM' }, null)).toBe('Info.plist could not be read (permission denied), so Finder or iTunes may not show this backup.');
      expect(fileProblem('Other.plist', { kind: 'too-large', bytes: 200 * 1024 ** 2 + 300 * 1024 }, null)).toBe(
        'Other.plist is unusually large (200 MB) and was not read, so this backup may not be usable.',
      );
    });

    it('says a backup without Status.plist never finished, and words every other trouble as any file', () => {
      expect(statusProblem({ kind: 'missing' }, null)).toBe('It has no Status.plist, the file every finished backup has.');
      expect(statusProblem({ kind: 'damaged', reason: 'it is not a property list' }, null)).toBe(
        'Status.plist is damaged (it is not a property list), so nobody can tell whether this backup finished.',
      );
      expect(statusProblem({ kind: 'ok', value: {}, encoding: 'xml' }, null)).toBeNull();
    });

    it('counts missing files with thousands separated, and names the index that cannot be read', () => {
      expect(filesMissingProblem(1234, 56789)).toBe('1,234 of 56,789 files this backup lists are missing, so it may not restore; make a new backup.');
      expect(indexUnreadableProblem('db', 'it is damaged')).toBe('Its list of files (Manifest.db) cannot be read (it is damaged), so it cannot be restored. Make a new backup.');
      expect(indexUnreadableProblem('mbdb', 'it is cut short')).toMatch(/^Its list of files \(Manifest\.mbdb\) cannot be read \(it is cut short\)/);
    });
  });
});
