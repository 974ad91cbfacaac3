/** Fetches Apple's System Status feed with a firm time limit; every failure comes back as a reason. */

/** Apple's feed (apple-facts §6). */
export const APPLE_STATUS_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';

/** How long one fetch may take. */
export const STATUS_TIMEOUT_MS = 5000;

/** The feed is about 100 kB; anything far larger is not it. */
const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** The body, or why there is none. */
export type FetchOutcome = { ok: true; text: string } | { ok: false; reason: string };

function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/** Fetches `url` as text within `timeoutMs`. */
export async function fetchStatusText(url: string, timeoutMs = STATUS_TIMEOUT_MS): Promise<FetchOutcome> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, text/javascript' } });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `Apple's status page answered with HTTP ${response.status}.` };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_FEED_BYTES) {
      await response.body?.cancel();
      return { ok: false, reason: "Apple's status page sent far more than a status feed." };
    }
    return { ok: true, text: await response.text() };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, reason: `Apple's status page did not answer within ${describeDuration(timeoutMs)}.` };
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Apple's status page could not be reached (${cause}).` };
  }
}
