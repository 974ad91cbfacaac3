import { chmod, chown } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { canDenyReads, makeTempRoot, removeTempRoot, waitFor, withoutRootPowers, writeBackup } from '../../../../../support/backup-fixtures';

const ANN = '00008110-001A2C3E0E38802E';
const NOBODY = 65534;
const isRoot = typeof process.geteuid === 'function' && process.geteuid() === 0;

let root: string;
beforeEach(async () => {
  root = await makeTempRoot();
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('probes', () => {
  describe('backups', () => {
    // A real refusal needs folder modes (not Windows) and a folder the test can hand to another account (root).
    describe.skipIf(!canDenyReads || !isRoot)('a refused root', () => {
      it('is tried again while refused, and its backups show as soon as access is given, with no restart', async () => {
        await writeBackup(root, { udid: ANN });
        // The folder belongs to the account the probe runs as, so that account can open it again as a person granting access would.
        await chown(root, NOBODY, NOBODY);
        await chmod(root, 0o000);
        const reports: ProbeReport[] = [];
        await withoutRootPowers(async () => {
          const probe = createBackupsProbe({ roots: [root], platform: 'darwin', permissionRecheckMs: 100, debounceMs: 20 });
          await probe.start((report) => reports.push(report));
          try {
            expect(reports.at(-1)?.source?.state).toBe('needs-permission');
            // Each recheck reports: two of them, still refused.
            await waitFor(() => reports.length >= 3, 'two rechecks while refused');
            expect(reports.every((report) => report.source?.state === 'needs-permission')).toBe(true);
            await chmod(root, 0o755);
            await waitFor(() => reports.at(-1)?.source?.state === 'ok', 'the backups to show once access is given');
            expect(reports.at(-1)?.backups?.map((backup) => backup.udid)).toEqual([ANN]);
          } finally {
            await probe.stop();
          }
        });
      });
    });
  });
});
