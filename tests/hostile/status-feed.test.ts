/**
 * The built doctor against a hostile status feed: padded, endless, trickling, redirecting or
 * lying in its text, it reports (exit 0) with a plain reason within 10 s and 300 MB, asks no
 * other origin, and prints nothing that steers a terminal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { expectWithinBudget, reportOf, runDoctor } from '../support/hostile/run-doctor';
import { startStatusServer, statusFeed, type StatusServer } from '../support/status-server';

const servers: StatusServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});
async function serve(...args: Parameters<typeof startStatusServer>): Promise<StatusServer> {
  const server = await startStatusServer(...args);
  servers.push(server);
  return server;
}
const doctor = (url: string, json = true) => runDoctor([...(json ? ['--json'] : []), '--backups-dir', '/nonexistent', '--status-url', url]);

describe.concurrent('hostile status feed, against the built doctor', () => {
  it('a() followed by a million spaces and one more character', async () => {
    // The ending that made the old pattern backtrack over every space for every space.
    const feed = await serve({ body: `a()${' '.repeat(1_000_000)}x` });
    const run = await doctor(feed.url);
    expectWithinBudget(run, expect);
    expect(reportOf(run).sources.status).toEqual({ state: 'unavailable', reason: "Apple's status feed could not be read (it is not JSON)." });
  });

  it('an endless chunked body with no Content-Length', async () => {
    const block = Buffer.alloc(64 * 1024, 0x20);
    const feed = await serve({
      handle: (response) => {
        response.writeHead(200, { 'content-type': 'application/javascript' });
        const pump = () => {
          while (!response.destroyed && response.write(block));
          if (!response.destroyed) response.once('drain', pump);
        };
        pump();
      },
    });
    const run = await doctor(feed.url);
    expectWithinBudget(run, expect);
    expect(reportOf(run).sources.status.reason).toBe("Apple's status page sent far more than a status feed.");
  });

  it('a feed that trickles one byte a second', async () => {
    const feed = await serve({
      handle: (response) => {
        response.writeHead(200);
        const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write(' ')), 1000);
      },
    });
    const run = await doctor(feed.url);
    expectWithinBudget(run, expect);
    expect(reportOf(run).sources.status.reason).toBe("Apple's status page did not answer within 5 seconds.");
  });

  it('a redirect to another host and port, whose outage is never asked for', async () => {
    const elsewhere = await serve({ body: statusFeed([{ statusType: 'Outage', eventStatus: 'ongoing', message: 'Fake outage.' }]) });
    const feed = await serve({ handle: (response) => response.writeHead(302, { location: elsewhere.url.replace('127.0.0.1', 'localhost') }).end() });
    const run = await doctor(feed.url);
    expectWithinBudget(run, expect);
    const report = reportOf(run);
    expect(report.icloudBackupStatus.state).toBe('unknown');
    expect(report.sources.status.reason).toMatch(/^Apple's status page tried to send the request to another site \(localhost:\d+\); it was not followed\.$/);
    expect(elsewhere.requestCount()).toBe(0);
  });

  it('an outage message full of terminal escapes, bidi overrides and unclosed tags', async () => {
    const message = `Down\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u202Eenohp ${'<'.repeat(200_000)}`;
    const feed = await serve({ body: statusFeed([{ statusType: 'Outage', eventStatus: 'ongoing', message }]) });
    const run = await doctor(feed.url, false);
    expectWithinBudget(run, expect);
    // eslint-disable-next-line no-control-regex -- looking for exactly these.
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('outage: Down ]52;c;cm0gLXJmIH4= [2Jenohp <<<');
  });
});
