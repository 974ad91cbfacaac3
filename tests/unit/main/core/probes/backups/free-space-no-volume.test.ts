/** Free space when no volume answers at all (a file system that cannot report its space): unknown, after asking each folder up to the top once. */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { freeBytesAt } from '../../../../../../src/main/core/probes/backups/free-space';

/** Every folder asked, in order. Each refuses, as a file system without space figures does. */
const asked = vi.hoisted((): string[] => []);

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const statfs = (async (target: string) => {
    asked.push(String(target));
    // A bound on the asking, so a walk that never stops at the top fails here instead of running on.
    if (asked.length > 100) return { bavail: 1, bsize: 1 };
    throw Object.assign(new Error(`ENOSYS: function not implemented, statfs '${String(target)}'`), { code: 'ENOSYS' });
  }) as unknown as typeof actual.statfs;
  return { ...actual, statfs, default: { ...actual, statfs } };
});

describe('backups probe', () => {
  describe('freeBytesAt, with no volume answering', () => {
    it('gives unknown free space once it has asked every folder up to the top of the file system', async () => {
      const target = path.resolve('/Users/ann/Library/Application Support/MobileSync/Backup');
      expect(await freeBytesAt(target)).toBeNull();
      const chain = [target];
      while (path.dirname(chain.at(-1) as string) !== chain.at(-1)) chain.push(path.dirname(chain.at(-1) as string));
      expect(asked).toEqual(chain);
    });
  });
});
