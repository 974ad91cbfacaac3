/** The snapshot before any probe has reported: it claims to know nothing, and says each source is still looking. */
import { describe, expect, it } from 'vitest';
import { emptySnapshot, PENDING } from '../../../src/shared/snapshot';

describe('snapshot', () => {
  describe('emptySnapshot', () => {
    it('says every source is still looking, in words a screen can show', () => {
      expect(PENDING).toEqual({ state: 'pending', reason: 'Still looking.' });
      expect(emptySnapshot().sources).toEqual({ host: PENDING, usb: PENDING, usbmux: PENDING, backups: PENDING, status: PENDING });
    });

    it('knows no computer, phone, backup, iCloud status or free space yet, and guesses none', () => {
      expect(emptySnapshot()).toEqual({
        sequence: 0,
        host: {
          os: 'other',
          version: '',
          displayName: 'This computer',
          appleSoftware: { appleDevices: null, itunes: null, mobileDeviceService: null },
        },
        devices: [],
        backups: [],
        icloudBackupStatus: { state: 'unknown', message: 'Not checked yet.' },
        disk: { freeBytes: null },
        sources: expect.any(Object),
      });
    });

    it('gives each caller its own copy to fill in', () => {
      const first = emptySnapshot();
      first.backups.push({} as never);
      expect(emptySnapshot().backups).toEqual([]);
    });
  });
});
