import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlistFiles, MAX_BINARY_PLIST_BYTES, MAX_PLIST_BYTES } from '../../../../../../src/main/core/probes/backups/plist-files';
import { MAX_XML_RUN_CHARS } from '../../../../../../src/main/core/plist/xml-plist';
import { createByteBudget } from '../../../../../../src/main/core/probes/backups/read-budget';
import { deviceOf, infoPlist, makeTempRoot, removeTempRoot, statusPlist, writeSparseBinaryPlist } from '../../../../../support/backup-fixtures';
import { referenceBomb } from '../../../../../support/hostile/binary-plist-bytes';
import { timeBudgetMs } from '../../../../../support/machine-load';

const device = deviceOf({ udid: '00008110-001A2C3E0E38802E', deviceName: 'Big iPhone' });

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('plists');
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('backups probe', () => {
  describe('createPlistFiles', () => {
    it('parses a file once and reuses the result until the file changes', async () => {
      const file = path.join(dir, 'Status.plist');
      await writeFile(file, statusPlist(device, 'uploading'));
      const files = createPlistFiles();
      const first = await files.read(file);
      expect(await files.read(file)).toBe(first);
      await writeFile(file, statusPlist(device, 'finished'));
      const changed = await files.read(file);
      expect(changed).not.toBe(first);
      expect(changed).toMatchObject({ kind: 'ok', value: { SnapshotState: 'finished' } });
    });

    it('reads a 50 MB XML Info.plist in full when it must', { timeout: 60_000 }, async () => {
      const file = path.join(dir, 'Info.plist');
      const bytes = infoPlist(device, 'xml', 50 * 1024 * 1024);
      expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
      await writeFile(file, bytes);
      const result = await createPlistFiles().read(file);
      expect(result).toMatchObject({ kind: 'ok', encoding: 'xml', value: { 'Device Name': 'Big iPhone', 'Product Version': '17.5.1' } });
    });

    it('reports a file too large to be a real plist without reading it', async () => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, '');
      await truncate(file, MAX_PLIST_BYTES + 1);
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'too-large', bytes: MAX_PLIST_BYTES + 1 });
    });

    it('checks whether a file is whole from its two ends alone', async () => {
      const files = createPlistFiles();
      const xml = infoPlist(device, 'xml', 100_000);
      const binary = infoPlist(device, 'binary', 100_000);
      await writeFile(path.join(dir, 'whole.xml'), xml);
      await writeFile(path.join(dir, 'cut.xml'), xml.subarray(0, xml.length - 200));
      await writeFile(path.join(dir, 'whole.bin'), binary);
      await writeFile(path.join(dir, 'cut.bin'), binary.subarray(0, binary.length - 200));
      await writeFile(path.join(dir, 'noise'), Buffer.from('not a plist at all'));
      expect(await files.check(path.join(dir, 'whole.xml'))).toEqual({ kind: 'ok', encoding: 'xml' });
      expect(await files.check(path.join(dir, 'whole.bin'))).toEqual({ kind: 'ok', encoding: 'binary' });
      expect(await files.check(path.join(dir, 'cut.xml'))).toEqual({ kind: 'damaged', reason: 'it is cut short' });
      expect(await files.check(path.join(dir, 'cut.bin'))).toEqual({ kind: 'damaged', reason: 'it is cut short' });
      expect(await files.check(path.join(dir, 'noise'))).toEqual({ kind: 'damaged', reason: 'it is not a property list' });
      expect(await files.check(path.join(dir, 'absent'))).toEqual({ kind: 'missing' });
    });

    it('checks the end of an XML file in the UTF-16 its byte-order mark announces, either way round', async () => {
      const files = createPlistFiles();
      const text = `${infoPlist(device, 'xml', 1000).toString('utf8').trimEnd()}\n  \n`;
      const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
      for (const [name, bytes] of [['le', little], ['be', big]] as const) {
        await writeFile(path.join(dir, `whole.${name}`), bytes);
        await writeFile(path.join(dir, `cut.${name}`), bytes.subarray(0, bytes.length - 30));
        expect(await files.check(path.join(dir, `whole.${name}`)), name).toEqual({ kind: 'ok', encoding: 'xml' });
        expect(await files.check(path.join(dir, `cut.${name}`)), name).toEqual({ kind: 'damaged', reason: 'it is cut short' });
        // A stray odd byte at the very end must not shift every character of the tail out of step.
        await writeFile(path.join(dir, `odd.${name}`), Buffer.concat([bytes, Buffer.from([0x0a])]));
        expect(await files.check(path.join(dir, `odd.${name}`)), name).toEqual({ kind: 'ok', encoding: 'xml' });
      }
      // The same for a file shorter than the tail that is read: here the tail is the whole file.
      const tiny = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<plist></plist>', 'utf16le'), Buffer.from([0x0a])]);
      await writeFile(path.join(dir, 'tiny'), tiny);
      expect(tiny.length).toBeLessThan(64);
      expect(await files.check(path.join(dir, 'tiny'))).toEqual({ kind: 'ok', encoding: 'xml' });
      await writeFile(path.join(dir, 'tiny-be'), Buffer.concat([Buffer.from(tiny.subarray(0, tiny.length - 1)).swap16(), Buffer.from([0x0a])]));
      expect(await files.check(path.join(dir, 'tiny-be'))).toEqual({ kind: 'ok', encoding: 'xml' });
    });

    it('names an empty file, and judges one too large to be real by its size alone', async () => {
      const files = createPlistFiles();
      await writeFile(path.join(dir, 'Status.plist'), '');
      expect(await files.check(path.join(dir, 'Status.plist'))).toEqual({ kind: 'damaged', reason: 'the file is empty' });
      await writeFile(path.join(dir, 'Info.plist'), '');
      await truncate(path.join(dir, 'Info.plist'), MAX_PLIST_BYTES + 1);
      expect(await files.check(path.join(dir, 'Info.plist'))).toEqual({ kind: 'too-large', bytes: MAX_PLIST_BYTES + 1 });
    });

    it('keeps one result per set of keys asked for, and forgets only the files under a folder that went away', async () => {
      const files = createPlistFiles();
      await mkdir(path.join(dir, 'A'));
      await mkdir(path.join(dir, 'AB'));
      const inA = path.join(dir, 'A', 'Info.plist');
      const inAB = path.join(dir, 'AB', 'Info.plist');
      await writeFile(inA, infoPlist(device, 'xml', 1000));
      await writeFile(inAB, infoPlist(device, 'xml', 1000));
      const keys = new Set(['Device Name']);
      const whole = await files.read(inA);
      const some = await files.read(inA, keys);
      expect(some).not.toBe(whole);
      expect(some).toMatchObject({ kind: 'ok', value: { 'Device Name': 'Big iPhone' } });
      expect(some.kind === 'ok' && Object.keys(some.value as object)).toEqual(['Device Name']);
      expect(await files.read(inA, keys)).toBe(some);
      const other = await files.read(inAB);
      files.forget(path.join(dir, 'A'));
      expect(await files.read(inA)).not.toBe(whole);
      expect(await files.read(inAB)).toBe(other);
    });

    it('tells a file that is not there from one it cannot reach, naming the reason', async () => {
      const files = createPlistFiles();
      await writeFile(path.join(dir, 'Backup'), 'a file where a folder should be');
      expect(await files.read(path.join(dir, 'Backup', 'Status.plist'))).toEqual({ kind: 'missing' });
      expect(await files.check(path.join(dir, 'Backup', 'Status.plist'))).toEqual({ kind: 'missing' });
      expect(await files.read(path.join(dir, 'x'.repeat(300), 'Status.plist'))).toEqual({ kind: 'unreadable', code: 'ENAMETOOLONG' });
    });

    it('says which way a file was written', async () => {
      const files = createPlistFiles();
      await writeFile(path.join(dir, 'binary'), infoPlist(device, 'binary', 1000));
      await writeFile(path.join(dir, 'xml'), infoPlist(device, 'xml', 1000));
      expect(await files.read(path.join(dir, 'binary'))).toMatchObject({ kind: 'ok', encoding: 'binary' });
      expect(await files.read(path.join(dir, 'xml'))).toMatchObject({ kind: 'ok', encoding: 'xml' });
    });

    it('looks into a file of exactly the largest size it takes, and no further', async () => {
      const files = createPlistFiles();
      await writeFile(path.join(dir, 'limit'), '');
      await truncate(path.join(dir, 'limit'), MAX_PLIST_BYTES);
      // Looked into: its first bytes (zeros, as the file is sparse) are not a property list's.
      expect(await files.read(path.join(dir, 'limit'))).toEqual({ kind: 'damaged', reason: 'it is not a property list' });
      expect(await files.check(path.join(dir, 'limit'))).toEqual({ kind: 'damaged', reason: 'it is not a property list' });
    });

    it('refuses to hold a binary plist whole past its own, smaller cap, though its two ends look whole', async () => {
      const file = path.join(dir, 'Manifest.plist');
      const size = MAX_BINARY_PLIST_BYTES + 1;
      // The header, then (sparse) nothing, then a trailer for one object at the start and its one-byte offset table.
      await writeSparseBinaryPlist(file, size);
      const files = createPlistFiles();
      expect(await files.check(file)).toEqual({ kind: 'ok', encoding: 'binary' });
      expect(await files.read(file)).toEqual({ kind: 'too-large', bytes: size });
    });

    it('holds for an XML read enough for its text, and never more than one slice and the longest text run', async () => {
      const budget = createByteBudget();
      const reserved: number[] = [];
      const watched = { reserve: (bytes: number) => (reserved.push(bytes), budget.reserve(bytes)), inUse: budget.inUse };
      const small = infoPlist(device, 'xml', 1024 * 1024);
      await writeFile(path.join(dir, 'small'), small);
      await writeFile(path.join(dir, 'large'), infoPlist(device, 'xml', 30 * 1024 * 1024));
      const files = createPlistFiles(watched);
      await files.read(path.join(dir, 'small'));
      await files.read(path.join(dir, 'large'), new Set(['Device Name']));
      const [forSmall, forLarge] = reserved as [number, number];
      // Decoded text takes up to two bytes a character; a small file's reservation is a fraction of the cap.
      expect(forSmall).toBeGreaterThanOrEqual(2 * small.length);
      expect(forSmall).toBeLessThan(4 * small.length);
      expect(forLarge).toBe(256 * 1024 + 2 * MAX_XML_RUN_CHARS);
      expect(budget.inUse()).toBe(0);
    });

    it('names an XML file whose markup breaks partway as damaged, for why it broke', async () => {
      const file = path.join(dir, 'Status.plist');
      await writeFile(file, '<?xml version="1.0"?>\n<plist version="1.0"><dict><key>A</key><string>b</dict></plist>\n');
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'damaged', reason: 'its contents are garbled' });
    });

    it('takes an XML file as whole only when it ends with its closing tag, blank lines aside', async () => {
      const files = createPlistFiles();
      const whole = infoPlist(device, 'xml', 1000).toString('utf8').trimEnd();
      await writeFile(path.join(dir, 'trailing'), `${whole}\n<!-- a second copy began here\n`);
      await writeFile(path.join(dir, 'blank'), `${whole}\n\n  \n`);
      expect(await files.check(path.join(dir, 'trailing'))).toEqual({ kind: 'damaged', reason: 'it is cut short' });
      expect(await files.check(path.join(dir, 'blank'))).toEqual({ kind: 'ok', encoding: 'xml' });
    });

    it('reports a folder where a file should be as unreadable', async () => {
      await mkdir(path.join(dir, 'Manifest.plist'));
      expect(await createPlistFiles().read(path.join(dir, 'Manifest.plist'))).toEqual({ kind: 'unreadable', code: 'EISDIR' });
    });
  });
});

describe('backups probe', () => {
  describe('createPlistFiles, against hostile files', () => {
    it('reads a big XML Info.plist only as far as the keys asked for', { timeout: 60_000 }, async () => {
      const file = path.join(dir, 'Info.plist');
      const bytes = infoPlist(device, 'xml', 24 * 1024 * 1024);
      await writeFile(file, bytes);
      const keys = new Set(['Device Name', 'Product Version']);
      const result = await createPlistFiles().read(file, keys);
      expect(result).toEqual({ kind: 'ok', encoding: 'xml', value: { 'Device Name': 'Big iPhone', 'Product Version': '17.5.1' } });
    });

    it('never holds the event loop for long while it streams a big XML Info.plist', { timeout: 60_000 }, async () => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, infoPlist(device, 'xml', 8 * 1024 * 1024));
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const result = await createPlistFiles().read(file);
      delay.disable();
      expect(result).toMatchObject({ kind: 'ok', value: { 'Device Name': 'Big iPhone' } });
      // One 256 kB slice at a time, the rest of the app runs between them (the bound stretches on a busy machine).
      expect(delay.max / 1e6).toBeLessThan(timeBudgetMs(250));
    });

    it('refuses a binary plist whose references expand past its budget, as damaged and at once', async () => {
      const file = path.join(dir, 'Status.plist');
      await writeFile(file, referenceBomb(40));
      const started = performance.now();
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'damaged', reason: expect.stringMatching(/^it is larger than any real one/) });
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(2000));
    });

    it.skipIf(process.platform === 'win32')('does not follow a link to a real plist or to /dev/zero, nor open a FIFO', async () => {
      await writeFile(path.join(dir, 'elsewhere.plist'), statusPlist(device, 'finished'));
      await symlink(path.join(dir, 'elsewhere.plist'), path.join(dir, 'Status.plist'));
      await symlink('/dev/zero', path.join(dir, 'Info.plist'));
      execFileSync('mkfifo', [path.join(dir, 'Manifest.plist')]);
      const files = createPlistFiles();
      expect(await files.read(path.join(dir, 'Status.plist'))).toEqual({ kind: 'unreadable', code: 'ELINK' });
      expect(await files.check(path.join(dir, 'Info.plist'))).toEqual({ kind: 'unreadable', code: 'ELINK' });
      expect(await files.read(path.join(dir, 'Manifest.plist'))).toEqual({ kind: 'unreadable', code: 'ENOTREG' });
    });

    it('holds no more memory for reads in flight than its budget', async () => {
      const budget = createByteBudget(5 * 1024 * 1024);
      let peak = 0;
      const watched = { reserve: async (bytes: number) => {
        const release = await budget.reserve(bytes);
        peak = Math.max(peak, budget.inUse());
        return release;
      }, inUse: budget.inUse };
      const names = Array.from({ length: 8 }, (_, index) => path.join(dir, `Manifest-${index}.plist`));
      const manifest = infoPlist(device, 'binary', 2 * 1024 * 1024);
      await Promise.all(names.map((name) => writeFile(name, manifest)));
      const files = createPlistFiles(watched);
      const results = await Promise.all(names.map((name) => files.read(name)));
      expect(results.every((result) => result.kind === 'ok')).toBe(true);
      expect(peak).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(peak).toBeGreaterThanOrEqual(manifest.length);
    });
  });
});
