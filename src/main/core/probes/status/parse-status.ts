/**
 * Reads Apple's System Status feed (apple-facts §6; unofficial, undocumented): optionally wrapped
 * as `jsonCallback(…);`, with `services[]` each holding `serviceName` and `events[]`. The feed
 * can change shape at any time, so every surprise becomes a reason, never an exception.
 */
import { z } from 'zod';
import { safeText } from '../../../../shared/safe-text';
import type { IcloudBackupStatus } from '../../../../shared/snapshot';

/** The longest message from the feed shown; Apple's are a sentence or two. */
const MAX_MESSAGE_CHARS = 500;

/** The service the app cares about. */
export const ICLOUD_BACKUP_SERVICE = 'iCloud Backup';

const eventSchema = z.looseObject({
  statusType: z.string().nullish(),
  eventStatus: z.string().nullish(),
  message: z.string().nullish(),
});

const feedSchema = z.looseObject({
  services: z.array(
    z.looseObject({
      serviceName: z.string(),
      events: z.array(z.unknown()).nullish(),
    }),
  ),
});

type ProblemState = Exclude<IcloudBackupStatus['state'], 'available' | 'unknown'>;

/** Most severe first: the one shown when several events are open at once. */
const SEVERITY: ProblemState[] = ['outage', 'issue', 'performance', 'maintenance'];

const DEFAULT_MESSAGES: Record<ProblemState, string> = {
  outage: 'Apple reports an outage of iCloud Backup.',
  issue: 'Apple reports a problem with iCloud Backup.',
  performance: 'Apple reports that iCloud Backup is slow.',
  maintenance: 'Apple is doing maintenance on iCloud Backup.',
};

/** The outcome of reading the feed: a state, or why none could be read. */
export type FeedReading = { ok: true; status: IcloudBackupStatus } | { ok: false; reason: string };

/**
 * Removes a JSONP wrapper such as `jsonCallback(…);` when there is one. Found by the first `(`
 * and the last `)` rather than by one backtracking pattern, so it takes time in proportion to
 * the text whatever the text is.
 */
export function stripJsonp(text: string): string {
  const trimmed = text.trim();
  const open = trimmed.indexOf('(');
  if (open < 1 || !/^[A-Za-z_$][\w$.]*$/.test(trimmed.slice(0, open).trimEnd())) return text;
  const body = trimmed.endsWith(';') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  return body.endsWith(')') ? body.slice(open + 1, -1) : text;
}

function problemState(statusType: string | null | undefined): ProblemState {
  const type = statusType?.trim().toLowerCase() ?? '';
  return (SEVERITY as string[]).includes(type) ? (type as ProblemState) : 'issue';
}

/** An event that is happening now, or scheduled maintenance; null for resolved and unreadable ones. */
function openEvent(raw: unknown): { state: ProblemState; message: string } | null {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { statusType, eventStatus, message } = parsed.data;
  const status = eventStatus?.trim().toLowerCase();
  const state = problemState(statusType);
  const open = status === 'ongoing' || (status === 'upcoming' && state === 'maintenance');
  if (!open) return null;
  // Apple's words, but text from outside: cut to a sane length, tags dropped (linearly: a tag ends at the next < or >), and made safe to show.
  const text = message ? safeText(message.slice(0, MAX_MESSAGE_CHARS).replace(/<[^<>]*>/g, ''), MAX_MESSAGE_CHARS) : '';
  const prefix = status === 'upcoming' ? 'Scheduled: ' : '';
  return { state, message: text ? `${prefix}${text}` : `${prefix}${DEFAULT_MESSAGES[state]}` };
}

/** The state of iCloud Backup according to the feed's text. */
export function readStatusFeed(text: string): FeedReading {
  let json: unknown;
  try {
    json = JSON.parse(stripJsonp(text));
  } catch {
    return { ok: false, reason: "Apple's status feed could not be read (it is not JSON)." };
  }
  const feed = feedSchema.safeParse(json);
  if (!feed.success) return { ok: false, reason: "Apple's status feed has changed shape; it lists no services." };
  const service = feed.data.services.find((entry) => entry.serviceName.trim().toLowerCase() === ICLOUD_BACKUP_SERVICE.toLowerCase());
  if (!service) return { ok: false, reason: `Apple's status feed no longer lists "${ICLOUD_BACKUP_SERVICE}".` };
  const open = (service.events ?? []).map(openEvent).filter((event) => event !== null);
  open.sort((a, b) => SEVERITY.indexOf(a.state) - SEVERITY.indexOf(b.state));
  const worst = open[0];
  if (!worst) return { ok: true, status: { state: 'available', message: 'Apple reports iCloud Backup is working normally.' } };
  return { ok: true, status: worst };
}
