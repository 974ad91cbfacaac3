import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, parseCsp } from '../../../src/main/content-security-policy';

/** The policy in the page's own meta tag, as written in the source. */
function metaPolicy(html: string): string {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
}

describe('content-security-policy', () => {
  describe('CONTENT_SECURITY_POLICY', () => {
    const policy = parseCsp(CONTENT_SECURITY_POLICY);

    it("allows only the app's own scripts and styles", () => {
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
    });

    it('lets the page connect nowhere, not even to its own origin', () => {
      expect(policy['connect-src']).toEqual(["'none'"]);
    });

    it('starts from nothing, and forbids frames, plugins, workers, forms and a changed base', () => {
      expect(policy['default-src']).toEqual(["'none'"]);
      for (const directive of ['frame-src', 'object-src', 'worker-src', 'form-action', 'base-uri', 'media-src']) {
        expect(policy[directive], directive).toEqual(["'none'"]);
      }
    });

    it('names no remote origin, scheme or wildcard anywhere, and no unsafe keyword', () => {
      for (const [directive, sources] of Object.entries(policy)) {
        for (const source of sources) expect(["'self'", "'none'"], `${directive} ${source}`).toContain(source);
      }
    });

    it('reads back as the directives it was built from', () => {
      expect(policy).toEqual(Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([name, sources]) => [name, [...sources]])));
    });
  });

  describe('the page', () => {
    it('carries exactly this policy in its meta tag', () => {
      expect(metaPolicy(readFileSync('src/renderer/index.html', 'utf8'))).toBe(CONTENT_SECURITY_POLICY);
    });

    it('loads nothing from outside the app in its markup', () => {
      const html = readFileSync('src/renderer/index.html', 'utf8');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    });
  });

  describe('parseCsp', () => {
    it('reads directives whatever the spacing and case', () => {
      expect(parseCsp("  Script-Src 'self'  https://x ;img-src 'self';")).toEqual({ 'script-src': ["'self'", 'https://x'], 'img-src': ["'self'"] });
    });
  });
});
