import { afterEach, describe, expect, it } from 'vitest';
import { fetchStatusText } from '../../../../../../src/main/core/probes/status/fetch-status';
import { startStatusServer, type StatusReply, type StatusServer } from '../../../../../support/status-server';

describe('probes', () => {
  describe('status: fetchStatusText', () => {
    const servers: StatusServer[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    });
    const serve = async (reply: StatusReply) => {
      const server = await startStatusServer(reply);
      servers.push(server);
      return server;
    };
    /** A server answering every request with `status`, `headers` and `body`. */
    const answer = (status: number, headers: Record<string, string | number> = {}, body = '') =>
      serve({ handle: (response) => response.writeHead(status, headers).end(body) });

    it('asks for the feed as JSON or JavaScript', async () => {
      let accept: string | undefined;
      const feed = await serve({ handle: (response) => ((accept = response.req.headers.accept), response.writeHead(200).end('{}')) });
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: true, text: '{}' });
      expect(accept).toBe('application/json, text/javascript');
    });

    it('reads a body of exactly the size limit, and refuses one byte more', async () => {
      const exact = await answer(200, { 'content-length': 10 }, 'x'.repeat(10));
      expect(await fetchStatusText(exact.url, 2000, 10)).toEqual({ ok: true, text: 'xxxxxxxxxx' });
      const chunked = await serve({ handle: (response) => (response.writeHead(200), response.write('x'.repeat(6)), response.end('x'.repeat(5))) });
      expect(await fetchStatusText(chunked.url, 2000, 10)).toEqual({ ok: false, reason: "Apple's status page sent far more than a status feed." });
    });

    it('refuses a body that announces itself too large before reading any of it', async () => {
      // The length is declared and then nothing comes: only the declared size can end this before the deadline.
      const feed = await serve({ handle: (response) => response.writeHead(200, { 'content-length': 11 }).flushHeaders() });
      expect(await fetchStatusText(feed.url, 3000, 10)).toEqual({ ok: false, reason: "Apple's status page sent far more than a status feed." });
    });

    it('reads an answer with no body as empty text', async () => {
      const feed = await answer(204);
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: true, text: '' });
    });

    it('reads an answer with no body as empty text even when it declares a length, up to the limit', async () => {
      // A 204 carries no body whatever its headers say; a declared length at the limit is within it.
      const feed = await answer(204, { 'content-length': 10 });
      expect(await fetchStatusText(feed.url, 2000, 10)).toEqual({ ok: true, text: '' });
    });

    it.each([400, 404, 500])('says which HTTP error the page answered with (%i)', async (status) => {
      const feed = await answer(status, {}, 'no');
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: false, reason: `Apple's status page answered with HTTP ${status}.` });
    });

    it.each([
      [200, { ok: true, text: '{}' }],
      [400, { ok: false, reason: "Apple's status page answered with HTTP 400." }],
      [404, { ok: false, reason: "Apple's status page answered with HTTP 404." }],
    ])('takes a %i that names another place as the answer, not as a redirect', async (status, outcome) => {
      const feed = await answer(status, { location: '/elsewhere.js' }, '{}');
      expect(await fetchStatusText(feed.url, 2000)).toEqual(outcome);
      expect(feed.requestCount()).toBe(1);
    });

    it('takes a 3xx without a place to go (304) as the answer, not as a redirect', async () => {
      const feed = await answer(304);
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: false, reason: "Apple's status page answered with HTTP 304." });
      expect(feed.requestCount()).toBe(1);
    });

    it.each([300, 304])('follows a %i that names a place within its own origin, as it follows a 301', async (status) => {
      let hops = 0;
      const feed = await serve({ handle: (response) => (hops++ === 0 ? response.writeHead(status, { location: '/moved.js' }).end() : response.writeHead(200).end('{}')) });
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: true, text: '{}' });
    });

    it('gives up after three redirects within its own origin, having asked four times', async () => {
      const feed = await answer(302, { location: '/again.js' });
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: false, reason: "Apple's status page kept redirecting the request." });
      expect(feed.requestCount()).toBe(4);
    });

    it('does not follow a redirect to a place that is not an address', async () => {
      const feed = await answer(302, { location: 'http://[::1' });
      expect(await fetchStatusText(feed.url, 2000)).toEqual({ ok: false, reason: "Apple's status page tried to send the request to another site; it was not followed." });
      expect(feed.requestCount()).toBe(1);
    });

    it.each([
      [999, '999 ms'],
      [1000, '1 second'],
      [1500, '2 seconds'],
    ])('says how long it waited for a page that does not answer (%i ms)', async (timeoutMs, said) => {
      const feed = await serve({ hang: true });
      expect(await fetchStatusText(feed.url, timeoutMs)).toEqual({ ok: false, reason: `Apple's status page did not answer within ${said}.` });
    });

    it('names why the page could not be reached: the refused connection, or the address itself', async () => {
      const feed = await answer(200);
      const { url } = feed;
      await feed.close();
      servers.length = 0;
      expect(await fetchStatusText(url, 2000)).toEqual({ ok: false, reason: expect.stringMatching(/^Apple's status page could not be reached \(.*ECONNREFUSED.*\)\.$/) });
      expect(await fetchStatusText('not an address', 2000)).toEqual({ ok: false, reason: "Apple's status page could not be reached (Invalid URL)." });
    });
  });
});
