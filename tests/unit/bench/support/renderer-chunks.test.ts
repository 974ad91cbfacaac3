import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSize, initialScripts, scriptWeight } from '../../../../bench/support/renderer-chunks';
import { makeTempRoot, removeTempRoot } from '../../../support/backup-fixtures';

const PAGE = `<!doctype html>
<html><head>
  <script type="module" crossorigin src="./assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/shared-def.js">
  <link rel="stylesheet" href="./assets/index.css">
  <link rel='modulepreload' href='/assets/shared-def.js'>
  <script src="https://example.com/elsewhere.js" type="module"></script>
  <script>window.inline = true;</script>
</head><body><div id="root"></div></body></html>`;

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('chunks');
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('bench renderer chunks', () => {
  describe('initialScripts', () => {
    it('lists the module entry and the modulepreloaded chunks once each, and nothing from elsewhere', () => {
      expect(initialScripts(PAGE)).toEqual(['assets/index-abc.js', 'assets/shared-def.js']);
    });
  });

  describe('scriptWeight', () => {
    it('weighs what the first screen loads apart from the lazy chunks, gzipped', () => {
      const entry = Buffer.from('console.log("entry");'.repeat(200));
      const shared = Buffer.from('export const shared = 1;'.repeat(50));
      const lazy = Buffer.from('export default function Lazy() {}'.repeat(300));
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), PAGE);
      writeFileSync(join(dir, 'assets', 'index-abc.js'), entry);
      writeFileSync(join(dir, 'assets', 'shared-def.js'), shared);
      writeFileSync(join(dir, 'assets', 'Lazy-ghi.js'), lazy);
      writeFileSync(join(dir, 'assets', 'index.css'), 'body{}');
      const weight = scriptWeight(dir);
      expect(gzipSize(entry)).toBeLessThan(entry.length / 10);
      expect(weight.initialFiles).toEqual(['assets/index-abc.js', 'assets/shared-def.js']);
      expect(weight.initialBytes).toBe(gzipSize(entry) + gzipSize(shared));
      expect(weight.allBytes).toBe(gzipSize(entry) + gzipSize(shared) + gzipSize(lazy));
    });

    it('refuses a page that loads no module script', () => {
      writeFileSync(join(dir, 'index.html'), '<html><body>nothing</body></html>');
      expect(() => scriptWeight(dir)).toThrow(/loads no module script/);
    });
  });
});
