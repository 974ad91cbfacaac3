import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../../src/main/core/create-core';
import { OK, type Probe, type Report } from '../../../../src/main/core/probe';
import { hostInfo } from '../../../../src/main/core/probes/host';
import type { Snapshot } from '../../../../src/shared/snapshot';

/** A probe whose reports the test sends by hand. */
function manualProbe(source: Probe['source'] = 'host') {
  let report: Report = () => {};
  let stops = 0;
  const probe: Probe = {
    source,
    start(r) {
      report = r;
    },
    stop() {
      stops += 1;
    },
  };
  return { probe, send: (r: Parameters<Report>[0]) => report(r), isStopped: () => stops > 0, stops: () => stops };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('core', () => {
  describe('createCore', () => {
    it('pushes a new snapshot with a higher sequence when a probe reports', async () => {
      const manual = manualProbe();
      const core = createCore({ probes: [manual.probe] });
      const seen: Snapshot[] = [];
      core.subscribe((s) => seen.push(s));
      await core.start();
      manual.send({ host: hostInfo('macos', '15.1'), source: OK });
      expect(seen).toHaveLength(1);
      expect(seen[0]?.host.displayName).toBe('macOS Sequoia 15.1');
      expect(seen[0]?.sources.host).toEqual(OK);
      expect(seen[0]?.sequence).toBeGreaterThan(0);
      expect(Object.isFrozen(seen[0])).toBe(true);
    });

    it('does not push when a report changes nothing', async () => {
      const manual = manualProbe();
      const core = createCore({ probes: [manual.probe] });
      let pushes = 0;
      core.subscribe(() => (pushes += 1));
      await core.start();
      manual.send({ host: hostInfo('linux', '6.8'), source: OK });
      manual.send({ host: hostInfo('linux', '6.8'), source: OK });
      expect(pushes).toBe(1);
    });

    it('keeps going when a probe throws on start, reporting it as unavailable', async () => {
      const broken: Probe = {
        source: 'usb',
        start() {
          throw new Error('no bus');
        },
        stop() {},
      };
      const manual = manualProbe('host');
      const core = createCore({ probes: [broken, manual.probe] });
      const snapshot = await core.start();
      expect(snapshot.sources.usb.state).toBe('unavailable');
      expect(snapshot.sources.usb.reason).toContain('no bus');
      manual.send({ host: hostInfo('windows', '10.0.22631'), source: OK });
      expect(core.getSnapshot().host.displayName).toBe('Windows 11');
    });

    it('does not wait forever for a probe that hangs', async () => {
      const hanging: Probe = { source: 'status', start: () => new Promise(() => {}), stop() {} };
      const core = createCore({ probes: [hanging], startTimeoutMs: 20 });
      const snapshot = await core.start();
      expect(snapshot.sources.status.state).toBe('unavailable');
    });

    it('stops every probe, drops listeners, and ignores late reports', async () => {
      const manual = manualProbe();
      const core = createCore({ probes: [manual.probe] });
      core.subscribe(() => {});
      await core.start();
      await core.stop();
      manual.send({ host: hostInfo('linux', '1'), source: OK });
      expect(manual.isStopped()).toBe(true);
      expect(core.listenerCount()).toBe(0);
      expect(core.getSnapshot().host.os).toBe('other');
    });

    it('pushes nothing for a first report that leaves the snapshot as it was', async () => {
      const manual = manualProbe('usb');
      const core = createCore({ probes: [manual.probe] });
      let pushes = 0;
      core.subscribe(() => (pushes += 1));
      await core.start();
      // No devices and no source state: exactly the empty snapshot the core began with.
      manual.send({ devices: [] });
      expect(pushes).toBe(0);
      manual.send({ devices: [], source: OK });
      expect(pushes).toBe(1);
    });

    it('leaves no timer running once every probe has started', async () => {
      // A timer left behind would keep the doctor's process alive for the whole start limit.
      vi.useFakeTimers();
      const core = createCore({ probes: [manualProbe('host').probe, manualProbe('usb').probe] });
      await core.start();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stops each probe once, however often it is asked to stop', async () => {
      const manual = manualProbe();
      const core = createCore({ probes: [manual.probe] });
      await core.start();
      await core.stop();
      await core.stop();
      expect(manual.stops()).toBe(1);
    });

    it('waits for a probe still stopping up to two seconds by default, and up to the limit it is given', async () => {
      vi.useFakeTimers();
      let finished = false;
      const slow: Probe = { source: 'status', start() {}, stop: () => new Promise<void>((resolve) => setTimeout(() => resolve(void (finished = true)), 1500)) };
      const byDefault = createCore({ probes: [slow] });
      await byDefault.start();
      let returned = false;
      const stopping = byDefault.stop().then(() => (returned = true));
      await vi.advanceTimersByTimeAsync(1499);
      expect(returned).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await stopping;
      expect(finished).toBe(true);

      const stuck: Probe = { source: 'status', start() {}, stop: () => new Promise(() => {}) };
      const never = createCore({ probes: [stuck] });
      await never.start();
      let gaveUp = false;
      const givingUp = never.stop().then(() => (gaveUp = true));
      await vi.advanceTimersByTimeAsync(1999);
      expect(gaveUp).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await givingUp;

      const limited = createCore({ probes: [stuck], stopTimeoutMs: 50 });
      await limited.start();
      let limitedReturned = false;
      void limited.stop().then(() => (limitedReturned = true));
      await vi.advanceTimersByTimeAsync(50);
      expect(limitedReturned).toBe(true);
    });

    it('keeps telling other subscribers when one throws', async () => {
      const manual = manualProbe();
      const core = createCore({ probes: [manual.probe] });
      const seen: number[] = [];
      core.subscribe(() => {
        throw new Error('buggy subscriber');
      });
      core.subscribe((s) => seen.push(s.sequence));
      await core.start();
      manual.send({ host: hostInfo('linux', '6.8'), source: OK });
      expect(seen).toHaveLength(1);
    });

    describe('each probe isolated', () => {
      it('a probe that hangs on start holds back neither the others nor its own later report', async () => {
        const hanging = manualProbe('status');
        const neverStarts: Probe = { ...hanging.probe, start: (report) => { hanging.probe.start(report); return new Promise(() => {}); } };
        const manual = manualProbe('host');
        const core = createCore({ probes: [neverStarts, manual.probe], startTimeoutMs: 50 });
        const seen: Snapshot[] = [];
        core.subscribe((s) => seen.push(s));
        const starting = core.start();
        manual.send({ host: hostInfo('macos', '15.1'), source: OK });
        expect(core.getSnapshot().host.displayName).toBe('macOS Sequoia 15.1');
        const started = await starting;
        expect(started.sources.status).toEqual({ state: 'unavailable', reason: 'It did not answer in time; still trying.' });
        hanging.send({ icloudBackupStatus: { state: 'available', message: 'Up.' }, source: OK });
        expect(core.getSnapshot().sources.status).toEqual(OK);
        expect(core.getSnapshot().host.displayName).toBe('macOS Sequoia 15.1');
      });

      it('a probe that rejects on start is unavailable with its reason, and the others still start', async () => {
        const rejecting: Probe = { source: 'backups', start: () => Promise.reject(new Error('EIO')), stop() {} };
        const manual = manualProbe('host');
        const core = createCore({ probes: [rejecting, manual.probe] });
        await core.start();
        manual.send({ host: hostInfo('linux', '6.8'), source: OK });
        expect(core.getSnapshot().sources.backups).toEqual({ state: 'unavailable', reason: 'It failed to start: EIO' });
        expect(core.getSnapshot().host.os).toBe('linux');
      });

      it.each<[string, unknown]>([
        ['devices that are not a list', { devices: 42 }],
        ['a device whose connections are not a list', { devices: [{ udid: 'a', connections: 7, seenBy: [] }, { udid: 'a', connections: 7, seenBy: [] }] }],
        ['a number JSON cannot carry', { disk: { freeBytes: 10n } }],
        ['a report that refers to itself', (() => { const r: Record<string, unknown> = {}; r.disk = r; return r; })()],
      ])('a probe that reports %s is marked unavailable, keeps its last good report, and never throws back at the probe', async (_label, bad) => {
        const usb = manualProbe('usb');
        const manual = manualProbe('host');
        const core = createCore({ probes: [usb.probe, manual.probe] });
        await core.start();
        usb.send({ devices: [], source: OK });
        manual.send({ host: hostInfo('windows', '10.0.22631'), source: OK });
        expect(() => usb.send(bad as Parameters<Report>[0])).not.toThrow();
        const snapshot = core.getSnapshot();
        expect(snapshot.sources.usb.state).toBe('unavailable');
        expect(snapshot.sources.usb.reason).toMatch(/^It sent something this app cannot read: /);
        expect(snapshot.devices).toEqual([]);
        expect(snapshot.host.displayName).toBe('Windows 11');
        expect(() => JSON.stringify(snapshot)).not.toThrow();
        // It recovers as soon as it reports sense again.
        usb.send({ devices: [], source: OK });
        expect(core.getSnapshot().sources.usb).toEqual(OK);
      });

      it('stops the others, and returns, when one probe never finishes stopping or throws while stopping', async () => {
        const stuck: Probe = { source: 'status', start() {}, stop: () => new Promise(() => {}) };
        const throwing: Probe = { source: 'usb', start() {}, stop() { throw new Error('busy'); } };
        const manual = manualProbe('host');
        const core = createCore({ probes: [stuck, throwing, manual.probe], stopTimeoutMs: 50 });
        await core.start();
        await core.stop();
        expect(manual.isStopped()).toBe(true);
      });
    });
  });
});
