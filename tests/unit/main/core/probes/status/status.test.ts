import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStatusProbe, STATUS_REFRESH_MS } from '../../../../../../src/main/core/probes/status';
import { STATUS_TIMEOUT_MS } from '../../../../../../src/main/core/probes/status/fetch-status';
import { readStatusFeed, stripJsonp } from '../../../../../../src/main/core/probes/status/parse-status';
import { startStatusServer, statusFeed, type StatusServer } from '../../../../../support/status-server';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';
import appleServices from '../../../../../fixtures/apple-status-services.json';

/** Apple's whole list of services, each with an ongoing event of its own except those in `healthy`. */
function everyServiceFeed(troubled: (name: string) => boolean): string {
  const services = appleServices.services.map((serviceName) => ({
    redirectUrl: null,
    serviceName,
    events: troubled(serviceName) ? [{ statusType: 'Outage', eventStatus: 'ongoing', message: `${serviceName} is down.` }] : [],
  }));
  return `jsonCallback(${JSON.stringify({ drpost: false, drMessage: null, services })});`;
}

describe('probes', () => {
  describe('status', () => {
    describe('readStatusFeed', () => {
      it('reads no open event as available', () => {
        expect(readStatusFeed(statusFeed([]))).toEqual({ ok: true, status: { state: 'available', message: 'Apple reports iCloud Backup is working normally.' } });
      });

      it.each([
        ['Outage', 'outage'],
        ['Issue', 'issue'],
        ['Performance', 'performance'],
        ['Maintenance', 'maintenance'],
      ])('reads an ongoing %s as %s, with its message', (statusType, state) => {
        const feed = statusFeed([{ statusType, eventStatus: 'ongoing', message: 'Users may be unable to back up.' }]);
        expect(readStatusFeed(feed)).toEqual({ ok: true, status: { state, message: 'Users may be unable to back up.' } });
      });

      it('shows the most severe of several open events, and ignores resolved ones', () => {
        const feed = statusFeed([
          { statusType: 'Outage', eventStatus: 'resolved', message: 'Was down.' },
          { statusType: 'Performance', eventStatus: 'ongoing', message: 'Slow.' },
          { statusType: 'Issue', eventStatus: 'ongoing', message: 'Some backups fail.' },
        ]);
        expect(readStatusFeed(feed)).toEqual({ ok: true, status: { state: 'issue', message: 'Some backups fail.' } });
      });

      it('counts upcoming maintenance, and says it is scheduled', () => {
        const feed = statusFeed([{ statusType: 'Maintenance', eventStatus: 'upcoming', message: 'Tonight <b>02:00</b>.' }]);
        expect(readStatusFeed(feed)).toEqual({ ok: true, status: { state: 'maintenance', message: 'Scheduled: Tonight 02:00.' } });
      });

      it("picks iCloud Backup out of Apple's whole list of services, whatever its iCloud neighbours say", () => {
        expect(readStatusFeed(everyServiceFeed((name) => name !== 'iCloud Backup'))).toEqual({
          ok: true,
          status: { state: 'available', message: 'Apple reports iCloud Backup is working normally.' },
        });
        expect(readStatusFeed(everyServiceFeed((name) => name === 'iCloud Backup'))).toEqual({ ok: true, status: { state: 'outage', message: 'iCloud Backup is down.' } });
      });

      it('reads the feed with or without its JSONP wrapper', () => {
        expect(stripJsonp('jsonCallback({"a":1});')).toBe('{"a":1}');
        expect(readStatusFeed(statusFeed([], false))).toMatchObject({ ok: true, status: { state: 'available' } });
      });

      it.each([
        ['<html>Service Unavailable</html>', 'not JSON'],
        ['{"services": "none"}', 'changed shape'],
        ['{"status": []}', 'changed shape'],
        [JSON.stringify({ services: [{ serviceName: 'App Store', events: [] }] }), 'no longer lists "iCloud Backup"'],
      ])('explains a feed it cannot use: %s', (text, reason) => {
        const reading = readStatusFeed(text);
        expect(reading.ok).toBe(false);
        expect(!reading.ok && reading.reason).toContain(reason);
      });
    });

    describe('probe', () => {
      let server: StatusServer | undefined;
      let probe: CollectedProbe | undefined;
      afterEach(async () => {
        await probe?.stop();
        await server?.close();
        probe = server = undefined;
      });

      it("reports Apple's state from the feed", async () => {
        server = await startStatusServer({ body: statusFeed([{ statusType: 'Outage', eventStatus: 'ongoing', message: 'Backups are failing.' }]) });
        probe = await collectReports(createStatusProbe({ url: server.url }));
        expect(probe.latest()).toEqual({ icloudBackupStatus: { state: 'outage', message: 'Backups are failing.' }, source: { state: 'ok', reason: null } });
      });

      it.each([
        [{ status: 503, body: 'busy' }, "Apple's status page answered with HTTP 503."],
        [{ body: 'garbage' }, "Apple's status feed could not be read (it is not JSON)."],
      ])('turns a bad answer into unknown with the reason', async (reply, reason) => {
        server = await startStatusServer(reply);
        probe = await collectReports(createStatusProbe({ url: server.url }));
        expect(probe.latest()).toEqual({
          icloudBackupStatus: { state: 'unknown', message: `Could not check Apple's status: ${reason}` },
          source: { state: 'unavailable', reason },
        });
      });

      it('gives up on a feed that does not answer in time (5 seconds in the app)', async () => {
        expect(STATUS_TIMEOUT_MS).toBe(5000);
        server = await startStatusServer({ hang: true });
        probe = await collectReports(createStatusProbe({ url: server.url, timeoutMs: 200 }));
        expect(probe.latest().icloudBackupStatus?.state).toBe('unknown');
        expect(probe.latest().source?.reason).toBe("Apple's status page did not answer within 200 ms.");
      });

      it('turns an unreachable feed into unknown', async () => {
        server = await startStatusServer({ body: '' });
        const { url } = server;
        await server.close();
        server = undefined;
        probe = await collectReports(createStatusProbe({ url }));
        expect(probe.latest().icloudBackupStatus?.state).toBe('unknown');
        expect(probe.latest().source?.reason).toMatch(/^Apple's status page could not be reached \(.+\)\.$/);
      });

      it('asks nothing when offline', async () => {
        server = await startStatusServer({ body: statusFeed([]) });
        probe = await collectReports(createStatusProbe({ url: server.url, offline: true }));
        expect(server.requestCount()).toBe(0);
        expect(probe.latest().source).toEqual({ state: 'unavailable', reason: "Offline: Apple's status feed was not checked." });
      });

      it('reads the feed again every 5 minutes in the app, not more often', async () => {
        expect(STATUS_REFRESH_MS).toBe(5 * 60 * 1000);
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        try {
          server = await startStatusServer({ body: statusFeed([]) });
          probe = await collectReports(createStatusProbe({ url: server.url }));
          expect(server.requestCount()).toBe(1);
          await vi.advanceTimersByTimeAsync(STATUS_REFRESH_MS - 1000);
          expect(server.requestCount()).toBe(1);
          await vi.advanceTimersByTimeAsync(1000);
        } finally {
          vi.useRealTimers();
        }
        await vi.waitFor(() => expect(server?.requestCount()).toBe(2));
      });

      // "Nothing more" is read from the probe's own clock: once stopped it holds no timer for a next check.
      it('once stopped, reports nothing more and schedules no further check, even with a check in flight', async () => {
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        try {
          const replies: Array<() => void> = [];
          server = await startStatusServer({ handle: (response) => replies.push(() => response.writeHead(200).end(statusFeed([]))) });
          const reports: unknown[] = [];
          const status = createStatusProbe({ url: server.url });
          const started = status.start((report) => reports.push(report));
          await vi.waitFor(() => expect(replies).toHaveLength(1));
          status.stop();
          replies[0]?.();
          await started;
          expect(reports).toEqual([]);
          expect(vi.getTimerCount()).toBe(0);
        } finally {
          vi.useRealTimers();
        }
      });

      it('stopped between checks, drops the check it had scheduled', async () => {
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        try {
          server = await startStatusServer({ body: statusFeed([]) });
          probe = await collectReports(createStatusProbe({ url: server.url }));
          expect(vi.getTimerCount()).toBe(1);
          await probe.stop();
          expect(vi.getTimerCount()).toBe(0);
          expect(probe.reports).toHaveLength(1);
        } finally {
          vi.useRealTimers();
        }
      });

      it('checks again after the refresh interval and reports the change', async () => {
        server = await startStatusServer({ body: statusFeed([]) });
        probe = await collectReports(createStatusProbe({ url: server.url, refreshMs: 50 }));
        expect(probe.latest().icloudBackupStatus?.state).toBe('available');
        server.reply({ body: statusFeed([{ statusType: 'Issue', eventStatus: 'ongoing', message: 'Some backups fail.' }]) });
        await vi.waitFor(() => expect(probe?.latest().icloudBackupStatus?.state).toBe('issue'));
        expect(server.requestCount()).toBeGreaterThanOrEqual(2);
      });
    });
  });
});
