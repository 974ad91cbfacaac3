import { describe, expect, it } from 'vitest';
import type { FolderReading } from '../../../../../../src/main/core/probes/backups/backup-folder';
import { compareReadings, isBeingWritten, toBackup } from '../../../../../../src/main/core/probes/backups/backup-state';

const NOW = Date.parse('2024-05-01T10:00:00Z');
const QUIET = 120_000;

function reading(overrides: Partial<FolderReading> = {}): FolderReading {
  return {
    path: '/backups/00008110-001A2C3E0E38802E',
    archived: false,
    udid: '00008110-001A2C3E0E38802E',
    udidShaped: true,
    deviceName: 'Ann',
    productType: 'iPhone14,5',
    iosVersion: '17.5.1',
    lastBackupDate: '2024-05-01T09:00:00Z',
    finished: false,
    encrypted: false,
    folderProblem: null,
    fileProblems: [],
    newestChangeMs: NOW - 10 * 60_000,
    ...overrides,
  };
}

describe('backups probe', () => {
  describe('isBeingWritten', () => {
    it('is true while an unfinished backup keeps changing, false once it has been quiet for a while', () => {
      expect(isBeingWritten(reading(), { lastChangeMs: NOW - 5_000, sizeBytes: null }, NOW, QUIET)).toBe(true);
      expect(isBeingWritten(reading({ newestChangeMs: NOW - 1_000 }), { lastChangeMs: null, sizeBytes: null }, NOW, QUIET)).toBe(true);
      expect(isBeingWritten(reading(), { lastChangeMs: NOW - QUIET, sizeBytes: null }, NOW, QUIET)).toBe(false);
    });
    it('is never true for a finished backup, an unreadable folder, or a folder not named for a device', () => {
      const fresh = { lastChangeMs: NOW, sizeBytes: null };
      expect(isBeingWritten(reading({ finished: true }), fresh, NOW, QUIET)).toBe(false);
      expect(isBeingWritten(reading({ folderProblem: 'denied' }), fresh, NOW, QUIET)).toBe(false);
      expect(isBeingWritten(reading({ udidShaped: false }), fresh, NOW, QUIET)).toBe(false);
    });
  });

  describe('toBackup', () => {
    it('shows a backup being written as incomplete and in progress, holding back the problems of half-written files', () => {
      const backup = toBackup(reading({ fileProblems: ['Manifest.plist is missing.'] }), { lastChangeMs: NOW, sizeBytes: 2048 }, true);
      expect(backup).toMatchObject({ complete: false, problem: null, inProgress: { bytesWritten: 2048 }, sizeBytes: 2048 });
    });
    it('says an interrupted backup did not finish, before any file problem', () => {
      const backup = toBackup(reading({ fileProblems: ['Manifest.plist is missing.'] }), { lastChangeMs: null, sizeBytes: null }, false);
      expect(backup.problem).toMatch(/^This backup did not finish.*Manifest\.plist is missing\.$/);
      expect(backup).toMatchObject({ complete: false, inProgress: null });
    });
    it('keeps an unreadable folder’s problem even while it seems busy', () => {
      expect(toBackup(reading({ folderProblem: 'cannot be read' }), { lastChangeMs: NOW, sizeBytes: null }, false).problem).toBe('cannot be read');
    });
    it('passes finished and unknown through as complete true and null', () => {
      expect(toBackup(reading({ finished: true }), { lastChangeMs: null, sizeBytes: 1 }, false)).toMatchObject({ complete: true, problem: null });
      expect(toBackup(reading({ finished: null }), { lastChangeMs: null, sizeBytes: 1 }, false).complete).toBeNull();
    });
  });

  describe('compareReadings', () => {
    it('puts the newest first and unknown dates last', () => {
      const order = [reading({ lastBackupDate: null, path: 'c' }), reading({ lastBackupDate: '2023-01-01T00:00:00Z', path: 'b' }), reading({ path: 'a' })];
      expect(order.sort(compareReadings).map((r) => r.path)).toEqual(['a', 'b', 'c']);
    });
  });
});
