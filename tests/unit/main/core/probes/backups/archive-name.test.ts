import { describe, expect, it } from 'vitest';
import { isUdidShaped, parseFolderName } from '../../../../../../src/main/core/probes/backups/archive-name';

const MODERN = '00008110-001A2C3E0E38802E';
const CLASSIC = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

describe('backups probe', () => {
  describe('parseFolderName', () => {
    it('reads an archived copy by its date and time, and takes the name off it', () => {
      expect(parseFolderName(`${MODERN}-20240501-093000`)).toEqual({ base: MODERN, archived: true });
      expect(parseFolderName(MODERN)).toEqual({ base: MODERN, archived: false });
    });

    it('needs the whole date and time at the very end', () => {
      for (const name of [`${MODERN}-2024051-093000`, `${MODERN}-20240501-09300`, `${MODERN}-20240501-093000 copy`, `${MODERN}-2024050a-093000`]) {
        expect(parseFolderName(name), name).toEqual({ base: name, archived: false });
      }
    });
  });

  describe('isUdidShaped', () => {
    it('accepts both UDID forms in either case', () => {
      for (const udid of [MODERN, MODERN.toLowerCase(), CLASSIC, CLASSIC.toUpperCase()]) expect(isUdidShaped(udid), udid).toBe(true);
    });

    it('refuses names too short, too long, or with anything but hex digits and hyphens, anywhere in them', () => {
      for (const name of ['a'.repeat(23), 'a'.repeat(65), `${CLASSIC.slice(0, 39)}g`, `x${CLASSIC}`, `${CLASSIC} `, 'Backup', '']) expect(isUdidShaped(name), name).toBe(false);
      expect(isUdidShaped('a'.repeat(24))).toBe(true);
      expect(isUdidShaped('a'.repeat(64))).toBe(true);
    });
  });
});
