import { describe, expect, it } from 'vitest';
import { planSection } from '../../../../src/main/doctor/plan-section';
import { hostInfo } from '../../../../src/main/core/probes/host';
import { emptySnapshot, type Device, type Snapshot } from '../../../../src/shared/snapshot';

const OK = { state: 'ok', reason: null } as const;
const now = new Date('2026-11-26T12:00:00Z');

function world(devices: Device[], extra: Partial<Snapshot> = {}): Snapshot {
  const base = emptySnapshot();
  return { ...base, host: hostInfo('macos', '15.1'), devices, sources: { host: OK, usb: OK, usbmux: OK, backups: OK, status: OK }, ...extra };
}

const phone: Device = { udid: '00008120-001A2B3C4D5E001E', kind: 'iphone', name: "Ana's iPhone", iosVersion: '18.1', productType: 'iPhone15,2', connections: ['usb'], paired: true, seenBy: ['usb', 'usbmux'] };

describe('doctor', () => {
  describe('planSection', () => {
    it('puts a trusted phone at the "open the program" step of the walkthrough', () => {
      const section = planSection(world([phone]), now);
      expect(section.walkthrough).toMatchObject({ step: 'open-program', stepNumber: 3, stepCount: 6, problem: null });
      expect(section.walkthrough.says).toBe('Open Finder and click your iPhone.');
      expect(section.next).toMatchObject({ id: 'continue-walkthrough', title: "Back up Ana's iPhone with Finder" });
    });

    it('names the recovery-mode problem the window would show', () => {
      const recovery: Device = { ...phone, kind: 'recovery', name: null, iosVersion: null, seenBy: ['usb'] };
      expect(planSection(world([recovery]), now).walkthrough.problem).toBe('recovery-mode');
    });

    it('addresses an iPad as an iPad', () => {
      const ipad: Device = { ...phone, kind: 'ipad', name: 'Studio iPad', productType: 'iPad13,4' };
      expect(planSection(world([ipad]), now).walkthrough.says).toBe('Open Finder and click your iPad.');
    });

    it('carries the warnings in words, most serious first', () => {
      const section = planSection(world([phone], { icloudBackupStatus: { state: 'outage', message: 'Backups are failing.' } }), now);
      expect(section.warnings[0]).toMatchObject({ id: 'icloud-status', severity: 'problem', title: 'Apple reports an outage of iCloud Backup' });
      expect(section.warnings[0]?.body).toContain('Backups are failing.');
      expect(section.next.id).toBe('continue-walkthrough');
    });
  });
});
