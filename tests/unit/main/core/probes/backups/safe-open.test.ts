import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LINK_CODE, NOT_REGULAR_CODE, openRegularFile } from '../../../../../../src/main/core/probes/backups/safe-open';
import { makeTempRoot, removeTempRoot } from '../../../../../support/backup-fixtures';
import { timeBudgetMs } from '../../../../../support/machine-load';

const posix = process.platform !== 'win32';

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('safe-open');
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('backups probe', () => {
  describe('openRegularFile', () => {
    it('opens an ordinary file and says what it is', async () => {
      await writeFile(path.join(dir, 'Status.plist'), 'bplist00');
      const opened = await openRegularFile(path.join(dir, 'Status.plist'));
      expect(opened.ok && opened.stats.size).toBe(8);
      if (opened.ok) await opened.handle.close();
    });

    it.skipIf(!posix)('does not follow a link, even to a real file or to /dev/zero', async () => {
      await writeFile(path.join(dir, 'real.plist'), 'bplist00');
      await symlink(path.join(dir, 'real.plist'), path.join(dir, 'to-file'));
      await symlink('/dev/zero', path.join(dir, 'to-zero'));
      expect(await openRegularFile(path.join(dir, 'to-file'))).toEqual({ ok: false, code: LINK_CODE });
      expect(await openRegularFile(path.join(dir, 'to-zero'))).toEqual({ ok: false, code: LINK_CODE });
    });

    it.skipIf(!posix)('does not wait on a FIFO nobody writes to, and refuses it as not a file', async () => {
      execFileSync('mkfifo', [path.join(dir, 'Info.plist')]);
      const started = performance.now();
      expect(await openRegularFile(path.join(dir, 'Info.plist'))).toEqual({ ok: false, code: NOT_REGULAR_CODE });
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(2000));
    });

    it('refuses a folder, and a file that is not the one looked at before', async () => {
      await mkdir(path.join(dir, 'Manifest.plist'));
      expect(await openRegularFile(path.join(dir, 'Manifest.plist'))).toEqual({ ok: false, code: 'EISDIR' });
      await writeFile(path.join(dir, 'a'), 'a');
      await writeFile(path.join(dir, 'b'), 'b');
      const first = await openRegularFile(path.join(dir, 'a'));
      if (!first.ok) throw new Error('could not open a');
      await first.handle.close();
      expect(await openRegularFile(path.join(dir, 'b'), first.stats)).toEqual({ ok: false, code: 'ECHANGED' });
    });
  });
});
