/**
 * Fetches Apple's System Status feed with a firm time limit and a firm size limit; every failure
 * comes back as a reason. The server is outside our control, so it may not send the request
 * elsewhere (a redirect is followed only within the same origin) and the body is read as a stream,
 * stopping as soon as it grows past what the feed could be.
 */

/** Apple's feed (apple-facts §6). */
export const APPLE_STATUS_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';

/** How long one fetch may take, body included. */
export const STATUS_TIMEOUT_MS = 5000;

/** The feed is about 100 kB; anything far larger is not it. */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;

/** Redirects followed within the feed's own origin, at most. */
const MAX_REDIRECTS = 3;

/** The body, or why there is none. */
export type FetchOutcome = { ok: true; text: string } | { ok: false; reason: string };

function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

const TOO_LARGE: FetchOutcome = { ok: false, reason: "Apple's status page sent far more than a status feed." };

/** Reads the body as a stream, giving up once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<FetchOutcome> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? TOO_LARGE : { ok: true, text: '' };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/** Fetches `url`, following a redirect only to the same origin; returns the final response or why there is none. */
async function fetchSameOrigin(url: string, signal: AbortSignal): Promise<Response | FetchOutcome> {
  let current = new URL(url);
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(current, { signal, redirect: 'manual', headers: { accept: 'application/json, text/javascript' } });
    const location = response.headers.get('location');
    // Only a 3xx that names where to go is a redirect; any other answer (304 included) is the answer.
    if (response.status < 300 || response.status >= 400 || location === null) return response;
    await response.body?.cancel();
    const next = URL.canParse(location, current.href) ? new URL(location, current) : null;
    if (next === null || next.origin !== current.origin) {
      return { ok: false, reason: `Apple's status page tried to send the request to another site${next ? ` (${next.host})` : ''}; it was not followed.` };
    }
    if (hop >= MAX_REDIRECTS) return { ok: false, reason: "Apple's status page kept redirecting the request." };
    current = next;
  }
}

/** Fetches `url` as text within `timeoutMs` and `maxBytes`. */
export async function fetchStatusText(url: string, timeoutMs = STATUS_TIMEOUT_MS, maxBytes = MAX_FEED_BYTES): Promise<FetchOutcome> {
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const response = await fetchSameOrigin(url, signal);
    if (!(response instanceof Response)) return response;
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `Apple's status page answered with HTTP ${response.status}.` };
    }
    return await readCapped(response, maxBytes);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    // AbortSignal.timeout rejects the request, and any read of its body, with a TimeoutError.
    if (name === 'TimeoutError') {
      return { ok: false, reason: `Apple's status page did not answer within ${describeDuration(timeoutMs)}.` };
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Apple's status page could not be reached (${cause}).` };
  }
}
