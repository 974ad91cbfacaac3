import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/doctor/diagnosis';
import { hostInfo } from '../../../../src/main/core/probes/host';
import { emptySnapshot, type Device } from '../../../../src/shared/snapshot';

/** libimobiledevice's real tool (Debian: libimobiledevice-utils); the check runs it exactly as a person would paste the advice. */
const idevicebackup2 = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v idevicebackup2'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();
if (!idevicebackup2) console.warn('Skipping the Linux advice run: idevicebackup2 is not installed (apt install libimobiledevice-utils).');

const phone: Device = { udid: '00008120-001A2B3C4D5E001E', kind: 'iphone', name: "Ana's iPhone", iosVersion: '18.1', productType: 'iPhone15,2', connections: ['usb'], paired: true, seenBy: ['usbmux'] };

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'lifeboat-home-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** Runs a pasted command in a shell with a fresh home folder; what idevicebackup2 said, on either stream. */
function paste(command: string): string {
  const result = spawnSync('sh', ['-c', command], { env: { ...process.env, HOME: home }, encoding: 'utf8', timeout: 20_000 });
  return `${result.stdout}${result.stderr}`;
}

describe('doctor', () => {
  describe.skipIf(!idevicebackup2)('the Linux advice, run as printed', () => {
    it('makes the folder first, so idevicebackup2 gets as far as looking for the phone', () => {
      const snapshot = { ...emptySnapshot(), host: hostInfo('linux', '6.8'), devices: [phone], sources: { ...emptySnapshot().sources, usbmux: { state: 'ok' as const, reason: null } } };
      const advice = diagnose(snapshot, 'idevicebackup2').next.replace(/^Run: /, '');
      const said = paste(advice);
      expect(said).not.toContain('does not exist');
      expect(said).toContain('No device found');
      expect(existsSync(join(home, 'iPhone-backups'))).toBe(true);
    });

    it('would notice advice that skips the folder: idevicebackup2 refuses a folder that does not exist', () => {
      expect(paste(`idevicebackup2 -u '${phone.udid}' backup --full "$HOME/iPhone-backups"`)).toContain('does not exist');
    });
  });
});
