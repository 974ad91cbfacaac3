/**
 * The app's own `app://lifeboat/` scheme, which serves the built renderer instead of file://.
 * A custom scheme gives the page a real origin for its Content-Security-Policy and lets the
 * release build switch off file:// privileges entirely. Path handling lives here, apart from
 * Electron, so the traversal guard is unit-tested.
 */
import { extname, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** The scheme name registered with Electron. */
export const APP_SCHEME = 'app';
/** The host part every app URL uses. */
export const APP_HOST = 'lifeboat';
/** The page the window loads. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The file an app URL names inside `rootDir`, or null for anything outside it or not ours. */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, normalize(`.${pathname === '/' ? '/index.html' : pathname}`));
  return file.startsWith(root + sep) ? file : null;
}

/** The Content-Type for a served file. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The headers a served file goes out with: its type, no type sniffing, and for the page the same
 * Content-Security-Policy its meta tag carries (a header also covers what runs before the meta).
 */
export function responseHeadersFor(file: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': contentTypeFor(file), 'x-content-type-options': 'nosniff' };
  if (extname(file).toLowerCase() === '.html') headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

/** True when `url` is the app's own page `pageUrl`: same scheme, host and path, any hash. */
export function isAppPageUrl(url: string | undefined, pageUrl: string): boolean {
  if (!url) return false;
  try {
    const target = new URL(url);
    const page = new URL(pageUrl);
    return target.protocol === page.protocol && target.host === page.host && target.pathname === page.pathname && target.search === page.search;
  } catch {
    return false;
  }
}
