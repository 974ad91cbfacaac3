import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl } from '../../../src/main/trusted-sender';

const appUrl = 'file:///Applications/Backup%20Lifeboat.app/Contents/Resources/app.asar/out/renderer/index.html';

describe('trusted-sender', () => {
  it("trusts the app's own page, with or without a hash", () => {
    expect(isTrustedSenderUrl(appUrl, appUrl)).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}#/checklist`, appUrl)).toBe(true);
  });
  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['another local file', 'file:///tmp/index.html'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['no URL at all', undefined],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSenderUrl(url, appUrl)).toBe(false);
  });
});
