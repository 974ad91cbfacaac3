import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { LINK_CODE, NOT_REGULAR_CODE, openRegularFile, readAt, readSlices } from '../../../../../../src/main/core/probes/backups/safe-open';
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

    it.skipIf(!posix)('names the loop when a folder on the way is a link that leads back to itself', async () => {
      await symlink('loop', path.join(dir, 'loop'));
      expect(await openRegularFile(path.join(dir, 'loop', 'Info.plist'))).toEqual({ ok: false, code: 'ELOOP' });
      expect(await openRegularFile(path.join(dir, 'absent.plist'))).toEqual({ ok: false, code: 'ENOENT' });
    });

    it('opens a file that is still the one looked at before', async () => {
      await writeFile(path.join(dir, 'a'), 'a');
      const first = await openRegularFile(path.join(dir, 'a'));
      if (!first.ok) throw new Error('could not open a');
      await first.handle.close();
      const again = await openRegularFile(path.join(dir, 'a'), first.stats);
      expect(again.ok).toBe(true);
      if (again.ok) await again.handle.close();
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

    it('refuses a file with the same inode number as the one looked at before, but on another volume', async () => {
      await writeFile(path.join(dir, 'a'), 'a');
      const first = await openRegularFile(path.join(dir, 'a'));
      if (!first.ok) throw new Error('could not open a');
      await first.handle.close();
      const elsewhere = Object.assign(Object.create(Object.getPrototypeOf(first.stats) as object) as Stats, first.stats, { dev: first.stats.dev + 1 });
      expect(await openRegularFile(path.join(dir, 'a'), elsewhere)).toEqual({ ok: false, code: 'ECHANGED' });
    });
  });

  /** A file of `bytes` that hands out at most `most` bytes a read, as a network volume may, and counts the reads. */
  function shortReads(bytes: Buffer, most: number): { handle: FileHandle; reads: number[] } {
    const reads: number[] = [];
    const handle = {
      read: async (buffer: Buffer, offset: number, length: number, position: number) => {
        // As Node's own FileHandle does, refuse to read past the end of the buffer.
        if (offset + length > buffer.length) throw new RangeError(`offset ${offset} and length ${length} run past a buffer of ${buffer.length}`);
        const bytesRead = Math.max(0, Math.min(most, length, bytes.length - position));
        bytes.copy(buffer, offset, position, position + bytesRead);
        reads.push(position);
        return { bytesRead, buffer };
      },
    };
    return { handle: handle as unknown as FileHandle, reads };
  }

  describe('readAt', () => {
    it('keeps reading through short reads until it has all it asked for, and stops at the end of the file', async () => {
      const bytes = Buffer.from('0123456789abcdef');
      expect((await readAt(shortReads(bytes, 3).handle, 2, 10)).toString()).toBe('23456789ab');
      expect((await readAt(shortReads(bytes, 3).handle, 12, 10)).toString()).toBe('cdef');
      expect((await readAt(shortReads(bytes, 3).handle, 0, 0)).length).toBe(0);
    });
  });

  describe('readSlices', () => {
    it('hands over the file a slice at a time up to the limit, the last slice shorter', async () => {
      const slices: string[] = [];
      await readSlices(shortReads(Buffer.from('0123456789abcdef'), 100).handle, 10, 4, (slice) => slices.push(slice.toString()) > 0);
      expect(slices).toEqual(['0123', '4567', '89']);
    });

    it('stops as soon as the taker has enough, or the file ends before the limit', async () => {
      const taken: string[] = [];
      const file = shortReads(Buffer.from('0123456789abcdef'), 100);
      await readSlices(file.handle, 16, 4, (slice) => taken.push(slice.toString()) < 2);
      expect(taken).toEqual(['0123', '4567']);
      expect(file.reads).toEqual([0, 4]);
      const short = shortReads(Buffer.from('0123'), 100);
      const seen: string[] = [];
      await readSlices(short.handle, 12, 4, (slice) => seen.push(slice.toString()) > 0);
      expect(seen).toEqual(['0123']);
      expect(short.reads).toEqual([0, 4]);
    });
  });
});
