import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { APP_PAGE_URL, contentTypeFor, isAppPageUrl, resolveAppAsset, responseHeadersFor } from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';

const root = '/opt/lifeboat/out/renderer';

describe('app-protocol', () => {
  describe('resolveAppAsset', () => {
    it('serves the page and its assets from the renderer folder', () => {
      expect(resolveAppAsset(root, APP_PAGE_URL)).toBe(join(root, 'index.html'));
      expect(resolveAppAsset(root, 'app://lifeboat/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
      expect(resolveAppAsset(root, 'app://lifeboat/')).toBe(join(root, 'index.html'));
    });
    it.each([
      ['a dot-dot path', 'app://lifeboat/../../etc/passwd'],
      ['an encoded dot-dot path', 'app://lifeboat/%2e%2e/%2e%2e/etc/passwd'],
    ])('keeps %s inside the renderer folder', (_label, url) => {
      const file = resolveAppAsset(root, url);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    });
    it.each([
      ['an encoded slash escape', 'app://lifeboat/..%2f..%2fetc%2fpasswd'],
      ['another host', 'app://elsewhere/index.html'],
      ['another scheme', 'file:///etc/passwd'],
      ['another scheme with the app’s host', 'https://lifeboat/index.html'],
      ['a NUL byte', 'app://lifeboat/index.html%00.png'],
      ['broken escapes', 'app://lifeboat/%E0%A4%A'],
      ['garbage', 'not a url'],
    ])('refuses %s', (_label, url) => {
      expect(resolveAppAsset(root, url)).toBeNull();
    });
  });
  describe('contentTypeFor', () => {
    it('labels scripts so the CSP and module loader accept them', () => {
      expect(contentTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
      expect(contentTypeFor('/x/a.unknown')).toBe('application/octet-stream');
    });

    it.each([
      ['index.html', 'text/html; charset=utf-8'],
      ['index-abc.css', 'text/css; charset=utf-8'],
      ['phone.svg', 'image/svg+xml'],
      ['Finder.PNG', 'image/png'],
      ['inter.woff2', 'font/woff2'],
      ['manifest.json', 'application/json'],
    ])('labels %s as %s, since nothing the page loads is sniffed', (name, type) => {
      expect(contentTypeFor(join(root, 'assets', name))).toBe(type);
    });
  });
  describe('responseHeadersFor', () => {
    it('sends the page with its Content-Security-Policy, and nothing is ever sniffed', () => {
      expect(responseHeadersFor(join(root, 'index.html'))).toEqual({
        'content-type': 'text/html; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      });
      expect(responseHeadersFor(join(root, 'assets', 'a.js'))).toEqual({ 'content-type': 'text/javascript; charset=utf-8', 'x-content-type-options': 'nosniff' });
    });
  });
  describe('isAppPageUrl', () => {
    it('knows the page by scheme, host and path, with any hash', () => {
      expect(isAppPageUrl(`${APP_PAGE_URL}#/help`, APP_PAGE_URL)).toBe(true);
      expect(isAppPageUrl('app://lifeboat/other.html', APP_PAGE_URL)).toBe(false);
      expect(isAppPageUrl(undefined, APP_PAGE_URL)).toBe(false);
      expect(isAppPageUrl('::', APP_PAGE_URL)).toBe(false);
      expect(isAppPageUrl('https://lifeboat/index.html', APP_PAGE_URL)).toBe(false);
    });
  });
});
