/** The clicks that give the app Full Disk Access, for the settings layout of each macOS version. */
import { describe, expect, it } from 'vitest';
import { FULL_DISK_ACCESS_GRANTED, fullDiskAccessSteps } from '../../../../src/shared/content/full-disk-access';

const SENTENCE = /^[A-Z“].*\S[.”]$/;

describe('content', () => {
  describe('fullDiskAccessSteps', () => {
    it('walks macOS 12 and earlier through System Preferences, with the lock and the checkbox', () => {
      for (const version of ['10.15.7', '12.7.4']) {
        const { where, steps } = fullDiskAccessSteps(version);
        expect(where).toEqual(['System Preferences', 'Security & Privacy', 'Privacy', 'Full Disk Access']);
        expect(steps).toHaveLength(6);
        for (const step of steps) expect(step).toMatch(SENTENCE);
        expect(steps[0]).toContain('System Preferences opens on the Privacy tab');
        expect(steps[1]).toContain('Click the lock');
        expect(steps[4]).toBe('Make sure the box next to Backup Lifeboat is checked.');
      }
    });

    it('walks macOS 13 and later, and a Mac whose version is unknown, through System Settings, with the switch', () => {
      for (const version of ['13', '13.0', '15.1', '']) {
        const { where, steps } = fullDiskAccessSteps(version);
        expect(where, version).toEqual(['System Settings', 'Privacy & Security', 'Full Disk Access']);
        expect(steps).toHaveLength(6);
        for (const step of steps) expect(step).toMatch(SENTENCE);
        expect(steps[0]).toContain('System Settings opens on the Full Disk Access list');
        expect(steps[1]).toContain('turn on its switch');
        expect(steps[2]).toContain('Touch ID');
        expect(steps[4]).toBe('Turn on the switch next to Backup Lifeboat.');
      }
    });

    it('ends on both layouts with the app choosing itself, Quit & Reopen, and the page confirming by itself', () => {
      for (const version of ['12.7.4', '15.1']) {
        const { steps } = fullDiskAccessSteps(version);
        expect(steps[3]).toBe('In the window that opens, choose Applications on the left, click Backup Lifeboat, then click Open.');
        expect(steps[5]).toBe('If macOS asks, click “Quit & Reopen”. This page confirms as soon as the app can see your backups.');
      }
    });
  });

  describe('FULL_DISK_ACCESS_GRANTED', () => {
    it('confirms the access, and that the app only reads the backups', () => {
      expect(FULL_DISK_ACCESS_GRANTED).toEqual({
        title: 'Full Disk Access is on',
        body: 'Backup Lifeboat can see the backups on this Mac now. It only reads them; it never changes anything there.',
      });
    });
  });
});
