/**
 * A local stand-in for Apple's System Status feed: serves whatever the test scripts (a feed, an
 * HTTP error, garbage, a hang) on 127.0.0.1, and counts the requests it gets.
 */
import { createServer, type ServerResponse } from 'node:http';

/** What the server answers with: a body, a hang, or anything a hostile server might do with the response. */
export type StatusReply = { status?: number; body: string } | { hang: true } | { handle: (response: ServerResponse) => void };

/** A running status server. */
export interface StatusServer {
  url: string;
  /** Changes what later requests get. */
  reply(next: StatusReply): void;
  requestCount(): number;
  close(): Promise<void>;
}

/** One event of the feed, shaped like Apple's. */
export interface FeedEvent {
  statusType: string;
  eventStatus: string;
  message: string;
}

/** A feed in Apple's shape, with `events` on iCloud Backup and a neighbour service. */
export function statusFeed(events: FeedEvent[], wrap = true): string {
  const json = JSON.stringify({
    drpost: false,
    drMessage: null,
    services: [
      { redirectUrl: null, events: [{ statusType: 'Outage', eventStatus: 'ongoing', message: 'App Store is down.' }], serviceName: 'App Store' },
      {
        redirectUrl: null,
        serviceName: 'iCloud Backup',
        events: events.map((event, index) => ({
          usersAffected: 'Some users are affected',
          epochStartDate: 1_731_900_000_000 + index,
          epochEndDate: null,
          messageId: `1500000${index}`,
          datePosted: '11/18/2024 10:00 PST',
          startDate: '11/18/2024 09:30 PST',
          endDate: null,
          affectedServices: null,
          ...event,
        })),
      },
    ],
  });
  return wrap ? `jsonCallback(${json});` : json;
}

/** Starts the server with a first reply. */
export async function startStatusServer(first: StatusReply): Promise<StatusServer> {
  let current = first;
  let count = 0;
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    count += 1;
    const reply = current;
    if ('hang' in reply || 'handle' in reply) {
      hanging.add(response);
      if ('handle' in reply) reply.handle(response);
      return;
    }
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/javascript' }).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/support/systemstatus/data/system_status_en_US.js`,
    reply: (next) => void (current = next),
    requestCount: () => count,
    close: () => {
      hanging.forEach((response) => response.destroy());
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
