/**
 * Loading SQLite when the disk fails to hand over its WebAssembly the first time: `readFileSync`
 * of `node:fs` is wrapped to fail once for the .wasm file, as a failing or busy disk would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sqlite } from '../../../../../../../src/main/core/probes/backups/manifest/sqlite-runtime';

const disk = vi.hoisted(() => ({ wasmReadsToFail: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((...args: Parameters<typeof actual.readFileSync>) => {
    if (String(args[0]).endsWith('.wasm') && disk.wasmReadsToFail > 0) {
      disk.wasmReadsToFail -= 1;
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    return actual.readFileSync(...args);
  }) as typeof actual.readFileSync;
  return { ...actual, readFileSync, default: { ...actual, readFileSync } };
});

afterEach(() => {
  disk.wasmReadsToFail = 0;
});

describe('manifest', () => {
  describe('sqlite', () => {
    it('reports a failed load, and loads again on the next call rather than keep the failure', async () => {
      disk.wasmReadsToFail = 1;
      await expect(sqlite()).rejects.toThrow('EIO');
      const api = await sqlite();
      expect(typeof api.open_v2).toBe('function');
      expect(await sqlite()).toBe(api);
    });
  });
});
