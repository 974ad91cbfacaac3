import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { productionPackages, renderNotices } from '../../../scripts/third-party-notices.mjs';

describe('third-party-notices', () => {
  it('the committed notices match what the installed production dependencies need', () => {
    const committed = readFileSync('resources/licenses/THIRD_PARTY_NOTICES.md', 'utf8');
    expect(committed).toBe(renderNotices());
  });
  it('names every production package, and no development-only tool', () => {
    const committed = readFileSync('resources/licenses/THIRD_PARTY_NOTICES.md', 'utf8');
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    for (const pkg of productionPackages(lock) as Array<{ name: string; version: string }>) {
      expect(committed).toContain(`## ${pkg.name} ${pkg.version}`);
    }
    expect(committed).not.toContain('## vitest ');
    expect(committed).not.toContain('## electron-builder ');
  });
  it('says what native code the usb package carries', () => {
    expect(renderNotices()).toContain('nusb');
  });
});
