/**
 * The process figure 6 times, one run at a time: `verify FOLDER` checks a backup against its
 * Manifest.db as the app does; `stat FOLDER` is the floor it is held against, looking up every
 * file in the folder's sub-folders with Node's fs and nothing more (the same number of lookups in
 * flight). Prints one JSON line: the milliseconds the work took, the process's peak memory, and
 * what it found, so a fast run is never a broken one.
 */
import { lstat, readdir } from 'node:fs';
import { readdir as readdirAsync } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyBackup } from '../src/main/core/probes/backups/verification/verify-backup';

/** What one run reports. */
export interface VerifyRun {
  ms: number;
  peakRssMb: number;
  files: number;
  missing: number;
}

const IN_FLIGHT = 64;

/** Looks up every file in the two-digit sub-folders, a bounded number at once. */
async function statEverything(folder: string): Promise<{ files: number; missing: number }> {
  const subs = (await readdirAsync(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => path.join(folder, entry.name));
  const paths: string[] = [];
  await Promise.all(subs.map((sub) => new Promise<void>((done) => readdir(sub, (error, names) => {
    if (!error) for (const name of names) paths.push(path.join(sub, name));
    done();
  }))));
  let files = 0;
  let missing = 0;
  await new Promise<void>((done) => {
    let next = 0;
    let inFlight = 0;
    const pump = () => {
      while (inFlight < IN_FLIGHT && next < paths.length) {
        inFlight += 1;
        lstat(paths[next++] as string, (error, stats) => {
          inFlight -= 1;
          if (error || !stats.isFile()) missing += 1;
          else files += 1;
          pump();
        });
      }
      if (inFlight === 0 && next >= paths.length) done();
    };
    pump();
  });
  return { files, missing };
}

async function main(mode: string, folder: string): Promise<VerifyRun> {
  const start = performance.now();
  let found: { files: number; missing: number };
  if (mode === 'verify') {
    const result = await verifyBackup(folder, 'db');
    if (result.state !== 'verified' && result.state !== 'files-missing') throw new Error(`Verification ended ${result.state}.`);
    found = { files: result.filesListed, missing: result.filesMissing };
  } else {
    found = await statEverything(folder);
  }
  const ms = performance.now() - start;
  return { ms, peakRssMb: process.resourceUsage().maxRSS / 1024, ...found };
}

main(process.argv[2] ?? '', process.argv[3] ?? '').then(
  (run) => process.stdout.write(`${JSON.stringify(run)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
