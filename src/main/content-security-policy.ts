/**
 * The page's Content-Security-Policy: the app's own scripts, styles, pictures and fonts and
 * nothing else — no inline code, no eval, no connection anywhere (Apple's status feed is fetched
 * by main, never by the page), no frames, workers, plugins or forms. `src/renderer/index.html`
 * carries the same text in its meta tag (a test keeps the two equal) and the app's protocol also
 * sends it as a header.
 */

/** Each directive and its only sources. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** Reads a policy back into directives, for checking what a page really carries. */
export function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}
