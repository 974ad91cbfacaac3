import { afterEach, describe, expect, it } from 'vitest';
import { fetchStatusText, MAX_FEED_BYTES } from '../../../../../../src/main/core/probes/status/fetch-status';
import { readStatusFeed, stripJsonp } from '../../../../../../src/main/core/probes/status/parse-status';
import { startStatusServer, statusFeed, type StatusServer } from '../../../../../support/status-server';
import { timeBudgetMs } from '../../../../../support/machine-load';

describe('probes', () => {
  describe('status, against a hostile feed', () => {
    const servers: StatusServer[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    });
    const serve = async (...args: Parameters<typeof startStatusServer>) => {
      const server = await startStatusServer(...args);
      servers.push(server);
      return server;
    };

    it('does not follow a redirect to another origin, and never asks it', async () => {
      const elsewhere = await serve({ body: statusFeed([{ statusType: 'Outage', eventStatus: 'ongoing', message: 'Fake outage.' }]) });
      const feed = await serve({ handle: (response) => response.writeHead(302, { location: elsewhere.url }).end() });
      const outcome = await fetchStatusText(feed.url, 2000);
      expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/^Apple's status page tried to send the request to another site \(127\.0\.0\.1:\d+\); it was not followed\.$/) });
      expect(elsewhere.requestCount()).toBe(0);
    });

    it('follows a redirect within its own origin', async () => {
      const feed = await serve({ body: '' });
      let hops = 0;
      feed.reply({ handle: (response) => (hops++ === 0 ? response.writeHead(301, { location: '/moved.js' }).end() : response.writeHead(200).end(statusFeed([]))) });
      expect(await fetchStatusText(feed.url, 2000)).toMatchObject({ ok: true });
    });

    it('stops reading an endless chunked body at its size cap', async () => {
      let sent = 0;
      const feed = await serve({
        handle: (response) => {
          response.writeHead(200, { 'content-type': 'application/javascript' });
          const block = Buffer.alloc(64 * 1024, 0x20);
          const pump = () => {
            while (!response.destroyed && response.write(block)) sent += block.length;
            if (!response.destroyed) response.once('drain', pump);
          };
          pump();
        },
      });
      expect(await fetchStatusText(feed.url, 5000)).toEqual({ ok: false, reason: "Apple's status page sent far more than a status feed." });
      expect(sent).toBeLessThan(MAX_FEED_BYTES * 4);
    });

    it('gives up on a feed that trickles a byte a second, within its deadline', async () => {
      const feed = await serve({
        handle: (response) => {
          response.writeHead(200);
          const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write(' ')), 1000);
        },
      });
      const started = performance.now();
      expect(await fetchStatusText(feed.url, 1500)).toEqual({ ok: false, reason: "Apple's status page did not answer within 2 seconds." });
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(3000));
    });

    it('unwraps JSONP in time proportional to the text, however it is padded', () => {
      const started = performance.now();
      expect(stripJsonp(`a()${' '.repeat(1_000_000)}`)).toBe('');
      expect(stripJsonp(`a()${' '.repeat(1_000_000)}x`)).toHaveLength(1_000_004);
      expect(stripJsonp(`a(${'('.repeat(200_000)}`)).toBe(`a(${'('.repeat(200_000)}`);
      expect(stripJsonp(`${'a'.repeat(200_000)}(`)).toBe(`${'a'.repeat(200_000)}(`);
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(500));
    });

    it("shows Apple's message without markup, controls or bidi overrides, and cut to a sane length", () => {
      const message = `Down\u001b]52;c;ZXZpbA==\u0007 <b>now</b>\u202E ${'<'.repeat(100_000)}`;
      const started = performance.now();
      const reading = readStatusFeed(statusFeed([{ statusType: 'Outage', eventStatus: 'ongoing', message }]));
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(500));
      if (!reading.ok) throw new Error(reading.reason);
      expect(reading.status.message.startsWith('Down ]52;c;ZXZpbA== now <<<')).toBe(true);
      expect(reading.status.message.length).toBeLessThanOrEqual(500);
      // eslint-disable-next-line no-control-regex -- looking for exactly these.
      expect(reading.status.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    });
  });
});
