/**
 * The plist reader's file handles: each one it opens is closed, whatever the file held, and a file
 * replaced on disk in the moment between being looked up and being opened (a backup being written
 * swaps files this way) is reported, never read as the file that was looked up. `node:fs/promises`
 * is wrapped so every open still reaches the real file system but is recorded, and so a test can
 * replace the file just before a chosen open.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlistFiles } from '../../../../../../src/main/core/probes/backups/plist-files';
import { deviceOf, infoPlist, makeTempRoot, removeTempRoot, statusPlist } from '../../../../../support/backup-fixtures';

/** Handles opened and not yet closed, and a step run just before each open. */
const opens = vi.hoisted(() => ({
  unclosed: new Set<string>(),
  count: 0,
  beforeOpen: null as ((target: string, nth: number) => void) | null,
  /** The open whose reads fail as a failing disk's do (EIO); null for none. */
  failingReadsOf: null as number | null,
  /** Bytes read through every handle. */
  bytesRead: 0,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof actual.open>): Promise<FileHandle> => {
    opens.count += 1;
    opens.beforeOpen?.(String(args[0]), opens.count);
    const handle = await actual.open(...args);
    const id = `${String(args[0])}#${opens.count}`;
    opens.unclosed.add(id);
    if (opens.count === opens.failingReadsOf) {
      handle.read = () => Promise.reject(Object.assign(new Error('i/o error'), { code: 'EIO' }));
    } else {
      const read = handle.read.bind(handle) as (...rest: unknown[]) => Promise<{ bytesRead: number }>;
      handle.read = (async (...rest: unknown[]) => {
        const answer = await read(...rest);
        opens.bytesRead += answer.bytesRead;
        return answer;
      }) as typeof handle.read;
    }
    const close = handle.close.bind(handle);
    handle.close = () => {
      opens.unclosed.delete(id);
      return close();
    };
    return handle;
  };
  return { ...actual, open, default: { ...actual, open } };
});

const device = deviceOf({ udid: '00008110-001A2C3E0E38802E', deviceName: 'Big iPhone' });

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('plist-handles');
  opens.unclosed.clear();
  opens.count = 0;
  opens.beforeOpen = null;
  opens.failingReadsOf = null;
  opens.bytesRead = 0;
});
afterEach(async () => {
  await removeTempRoot(dir);
});

/** Replaces `file` with other contents (a new file renamed over it) just before the `nth` open of it. */
function replaceBeforeOpen(file: string, nth: number): void {
  let seen = 0;
  opens.beforeOpen = (target) => {
    if (target !== file || ++seen !== nth) return;
    writeFileSync(`${file}.new`, statusPlist(device, 'uploading'));
    renameSync(`${file}.new`, file);
  };
}

describe('backups probe', () => {
  describe('createPlistFiles, its file handles', () => {
    it('closes every file it opens: binary, XML, damaged, and only looked at', async () => {
      const binary = path.join(dir, 'Manifest.plist');
      const xml = path.join(dir, 'Info.plist');
      const damaged = path.join(dir, 'Status.plist');
      await writeFile(binary, infoPlist(device, 'binary', 10_000));
      await writeFile(xml, infoPlist(device, 'xml', 10_000));
      await writeFile(damaged, '<?xml version="1.0"?><plist><dict><key>a</key><string>b</dict></plist>');
      const files = createPlistFiles();
      expect(await files.read(binary)).toMatchObject({ kind: 'ok', encoding: 'binary' });
      expect(await files.read(xml)).toMatchObject({ kind: 'ok', encoding: 'xml' });
      expect(await files.read(damaged)).toMatchObject({ kind: 'damaged' });
      expect(await createPlistFiles().check(xml)).toEqual({ kind: 'ok', encoding: 'xml' });
      expect(opens.count).toBeGreaterThanOrEqual(7);
      expect([...opens.unclosed]).toEqual([]);
    });

    it.each([
      ['its ends are looked at', 'binary', 1],
      ['a binary file is read whole', 'binary', 2],
      ['an XML file is streamed', 'xml', 2],
    ] as const)('reports a file replaced just before %s, and reads nothing of the new one', async (_moment, encoding, nth) => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, infoPlist(device, encoding, 10_000));
      replaceBeforeOpen(file, nth);
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'unreadable', code: 'ECHANGED' });
      expect([...opens.unclosed]).toEqual([]);
    });

    it('reports a file replaced before its ends are looked at, when only asked whether it is whole', async () => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, infoPlist(device, 'xml', 10_000));
      replaceBeforeOpen(file, 1);
      expect(await createPlistFiles().check(file)).toEqual({ kind: 'unreadable', code: 'ECHANGED' });
    });
  
    it.each([
      ['its ends are looked at', 'binary', 1],
      ['a binary file is read whole', 'binary', 2],
      ['an XML file is streamed', 'xml', 2],
    ] as const)('reports a disk error while %s as the file being unreadable, and closes it', async (_moment, encoding, nth) => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, infoPlist(device, encoding, 10_000));
      opens.failingReadsOf = nth;
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'unreadable', code: 'EIO' });
      expect([...opens.unclosed]).toEqual([]);
    });
  
    it('reads only the first and last 64 bytes of a big file when asked whether it is whole', async () => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, infoPlist(device, 'xml', 4 * 1024 * 1024));
      expect(await createPlistFiles().check(file)).toEqual({ kind: 'ok', encoding: 'xml' });
      expect(opens.bytesRead).toBe(2 * 64);
    });
  });
});
