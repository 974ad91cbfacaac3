/** The plist reader at its edges: a binary plist of exactly its memory cap, and XML that breaks only where the decoder ends. */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlistFiles, MAX_BINARY_PLIST_BYTES } from '../../../../../../src/main/core/probes/backups/plist-files';
import { makeTempRoot, removeTempRoot, writeSparseBinaryPlist } from '../../../../../support/backup-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('plist-edges');
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('backups probe', () => {
  describe('createPlistFiles, at its edges', () => {
    it('reads a binary plist of exactly its cap whole, rather than calling it too large', { timeout: 60_000 }, async () => {
      const file = path.join(dir, 'Manifest.plist');
      await writeSparseBinaryPlist(file, MAX_BINARY_PLIST_BYTES);
      const result = await createPlistFiles().read(file);
      // Decoded: what it holds is a lone null.
      expect(result).toEqual({ kind: 'ok', value: null, encoding: 'binary' });
    });

    it('names an XML file as cut short when its closing tag sits inside text that never ends', async () => {
      // The tail looks whole, so only the decoder's last step, at the end of the file, finds it open.
      const files = createPlistFiles();
      const inCdata = path.join(dir, 'Status.plist');
      const inComment = path.join(dir, 'Info.plist');
      await writeFile(inCdata, '<?xml version="1.0"?>\n<plist version="1.0"><dict><key>A</key><string><![CDATA[b</plist>\n');
      await writeFile(inComment, '<?xml version="1.0"?>\n<plist version="1.0"><dict><key>A</key><string>b</string><!-- </plist>\n');
      expect(await files.check(inCdata)).toEqual({ kind: 'ok', encoding: 'xml' });
      expect(await files.read(inCdata)).toEqual({ kind: 'damaged', reason: 'it is cut short' });
      expect(await files.read(inComment)).toEqual({ kind: 'damaged', reason: 'it is cut short' });
    });
  
    it('names the first thing wrong in a long XML file, not something further on', async () => {
      // The mismatched tag is in the first slice read; a garbled number follows well past it.
      const file = path.join(dir, 'Info.plist');
      const head = '<?xml version="1.0"?>\n<plist version="1.0"><dict><key>A</key><string>b</dict>';
      const tail = '<key>B</key><integer>twelve</integer></dict></plist>\n';
      await writeFile(file, head + ' '.repeat(1024 * 1024) + tail);
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'damaged', reason: 'its contents are garbled' });
    });
  
    it.skipIf(process.platform === 'win32')('calls a socket where a plist should be not an ordinary file, without trying to open it', async () => {
      // Opening a socket fails with its own code (ENXIO), which would read as an unexplained error.
      const file = path.join(dir, 'Status.plist');
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(file, resolve));
      try {
        const files = createPlistFiles();
        expect(await files.read(file)).toEqual({ kind: 'unreadable', code: 'ENOTREG' });
        expect(await files.check(file)).toEqual({ kind: 'unreadable', code: 'ENOTREG' });
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
