/**
 * Reading Manifest.mbdb when the disk does not hand over the whole file in one read: reads that
 * return a piece at a time (as network drives do), a file that shrinks while it is read, and a
 * read that fails. `read` of `node:fs` is wrapped, keeping Node's own check that a read fits its
 * buffer; opens and closes are counted to show no file is left open.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manifestMbdbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-mbdb';
import { makeTempRoot, manifestMbdb, removeTempRoot } from '../../../../../../support/backup-fixtures';
import { drain } from '../../../../../../support/manifest-entries';

const io = vi.hoisted(() => ({ chunk: Number.POSITIVE_INFINITY, endsAt: Number.POSITIVE_INFINITY, failWith: null as string | null, opened: 0, closed: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const { promisify: custom } = await import('node:util');
  const readPiece = async (fd: number, buffer: Buffer, offset: number, length: number, position: number) => {
    if (offset + length > buffer.length) throw new RangeError(`The value of "length" is out of range. It must be <= ${buffer.length - offset}. Received ${length}`);
    if (io.failWith) throw Object.assign(new Error(`${io.failWith}: i/o error, read`), { code: io.failWith });
    const wanted = Math.max(0, Math.min(length, io.chunk, io.endsAt - position));
    return { bytesRead: wanted === 0 ? 0 : actual.readSync(fd, buffer, offset, wanted, position), buffer };
  };
  const read = Object.assign((...args: unknown[]) => (actual.read as (...a: unknown[]) => void)(...args), { [custom.custom]: readPiece });
  const openSync = (...args: unknown[]) => {
    const fd = (actual.openSync as (...a: unknown[]) => number)(...args);
    io.opened += 1;
    return fd;
  };
  const closeSync = (fd: number) => {
    io.closed += 1;
    actual.closeSync(fd);
  };
  return { ...actual, read, openSync, closeSync, default: { ...actual, read, openSync, closeSync } };
});

let root: string;
let file: string;
const whole = manifestMbdb(Array.from({ length: 40 }, (_, index) => ({ domain: 'HomeDomain', relativePath: `Library/f${index}`, kind: 'file' as const, size: index })));
beforeEach(async () => {
  root = await makeTempRoot('mbdb-io');
  file = path.join(root, 'Manifest.mbdb');
  await writeFile(file, whole);
  Object.assign(io, { chunk: Number.POSITIVE_INFINITY, endsAt: Number.POSITIVE_INFINITY, failWith: null, opened: 0, closed: 0 });
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('manifest', () => {
  describe('manifestMbdbEntries, reading from a slow or changing disk', () => {
    it('puts a file handed over in small pieces back together', async () => {
      io.chunk = 100;
      const { entries, outcome } = await drain(manifestMbdbEntries(file));
      expect(outcome).toEqual({ ok: true, rows: 40 });
      expect(entries.map((entry) => entry.size)).toEqual(Array.from({ length: 40 }, (_, index) => index));
    });

    it('stops at the end of a file that shrank while it was read, and says it is cut short', async () => {
      io.chunk = 100;
      io.endsAt = Math.floor(whole.length / 2);
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is cut short' });
    });

    it('says it could not be read when the disk fails, and closes the file every time', async () => {
      io.failWith = 'EIO';
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it could not be read' });
      io.failWith = null;
      await drain(manifestMbdbEntries(file));
      expect(io.opened).toBe(2);
      expect(io.closed).toBe(2);
    });
  });
});
