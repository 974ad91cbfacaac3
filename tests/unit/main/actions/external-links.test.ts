import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXTERNAL_LINKS, isAllowedExternalUrl, openAllowlisted } from '../../../../src/main/actions/external-links';

/** The hosts the app may send a person to in the browser: Apple's support and status pages, Microsoft's store page. */
const ALLOWED_WEB_HOSTS = ['www.apple.com', 'support.apple.com', 'apps.microsoft.com'];

describe('actions', () => {
  describe('external-links', () => {
    describe('EXTERNAL_LINKS', () => {
      it("sends the browser only to Apple's and Microsoft's pages, over https", () => {
        const web = Object.values(EXTERNAL_LINKS).filter((url) => /^https?:/.test(url));
        expect(web.length).toBeGreaterThan(0);
        for (const url of web) {
          const parsed = new URL(url);
          expect(parsed.protocol, url).toBe('https:');
          expect(ALLOWED_WEB_HOSTS, url).toContain(parsed.host);
        }
      });

      it('opens only two other places: the Store app page on Windows and the Full Disk Access pane on a Mac', () => {
        const other = Object.values(EXTERNAL_LINKS).filter((url) => !url.startsWith('https:'));
        expect(other.map((url) => new URL(url).protocol).sort()).toEqual(['ms-windows-store:', 'x-apple.systempreferences:']);
      });
    });

    describe('isAllowedExternalUrl', () => {
      it('allows exactly the listed addresses', () => {
        for (const url of Object.values(EXTERNAL_LINKS)) expect(isAllowedExternalUrl(url)).toBe(true);
      });
      it.each([
        ['another page on an allowed host', 'https://support.apple.com/en-us/HT201302'],
        ['an allowed page over http', 'http://www.apple.com/support/systemstatus/'],
        ['an allowed page with a query', 'https://www.apple.com/support/systemstatus/?x=1'],
        ['a local file', 'file:///Applications/Calculator.app'],
        ['a program to run', 'C:\\Windows\\System32\\cmd.exe'],
        ['a look-alike host', 'https://www.apple.com.evil.example/support/systemstatus/'],
      ])('refuses %s', (_label, url) => {
        expect(isAllowedExternalUrl(url)).toBe(false);
      });
      it('refuses any other string', () => {
        const listed = new Set<string>(Object.values(EXTERNAL_LINKS));
        fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => listed.has(url) || !isAllowedExternalUrl(url)));
      });
    });

    describe('openAllowlisted', () => {
      it('opens a listed address', async () => {
        const opened: string[] = [];
        await openAllowlisted(EXTERNAL_LINKS.systemStatus, async (url) => void opened.push(url));
        expect(opened).toEqual([EXTERNAL_LINKS.systemStatus]);
      });
      it('refuses anything else before anything is opened', async () => {
        const opened: string[] = [];
        await fc.assert(
          fc.asyncProperty(fc.webUrl(), async (url) => {
            await expect(openAllowlisted(url, async (allowed) => void opened.push(allowed))).rejects.toThrow('not on the allowlist');
          }),
        );
        expect(opened).toEqual([]);
      });
    });
  });
});
