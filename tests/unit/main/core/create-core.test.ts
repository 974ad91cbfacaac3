import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../src/main/core/create-core';
import { OK, type Probe, type Report } from '../../../../src/main/core/probe';
import { hostInfo } from '../../../../src/main/core/probes/host';
import type { Snapshot } from '../../../../src/shared/snapshot';

/** A probe whose reports the test sends by hand. */
function manualProbe(source: Probe['source'] = 'host') {
  let report: Report = () => {};
  let stopped = false;
  const probe: Probe = {
    source,
    start(r) {
      report = r;
    },
    stop() {
      stopped = true;
    },
  };
  return { probe, send: (r: Parameters<Report>[0]) => report(r), isStopped: () => stopped };
}

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
  });
});
