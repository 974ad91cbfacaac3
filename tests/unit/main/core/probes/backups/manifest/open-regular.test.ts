import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegularFileSync } from '../../../../../../../src/main/core/probes/backups/manifest/open-regular';
import { makeTempRoot, removeTempRoot } from '../../../../../../support/backup-fixtures';

const posix = process.platform !== 'win32';

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('open-regular');
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('manifest', () => {
  describe('openRegularFileSync', () => {
    it('opens an ordinary file for reading', async () => {
      await writeFile(path.join(dir, 'Manifest.db'), 'SQLite format 3\0');
      const fd = openRegularFileSync(path.join(dir, 'Manifest.db'));
      expect(fd).not.toBeNull();
      expect(fstatSync(fd as number).size).toBe(16);
      closeSync(fd as number);
    });

    it('gives nothing for a folder or a file that is not there', async () => {
      await mkdir(path.join(dir, 'Manifest.db'));
      expect(openRegularFileSync(path.join(dir, 'Manifest.db'))).toBeNull();
      expect(openRegularFileSync(path.join(dir, 'absent'))).toBeNull();
    });

    it.skipIf(!posix)('follows no link and does not wait on a FIFO', async () => {
      await writeFile(path.join(dir, 'real.db'), 'SQLite format 3\0');
      await symlink(path.join(dir, 'real.db'), path.join(dir, 'Manifest.db'));
      expect(openRegularFileSync(path.join(dir, 'Manifest.db'))).toBeNull();
      execFileSync('mkfifo', [path.join(dir, 'fifo.db')]);
      expect(openRegularFileSync(path.join(dir, 'fifo.db'))).toBeNull();
    });
  });
});
