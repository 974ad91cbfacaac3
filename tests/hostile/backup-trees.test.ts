/**
 * The built doctor against hostile backup folders: plists that expand without end, files that are
 * links or FIFOs, device folders that lead to `/` or to themselves, a root with 100,000 entries.
 * Each case reports (exit 0) with a plain reason within 10 s and 300 MB, and leaves the tree
 * byte-identical: the app never writes to a backup folder.
 */
import creator from 'bplist-creator';
import { execFileSync } from 'node:child_process';
import { symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ageTree, deviceOf, infoPlist, makeTempRoot, removeTempRoot, treeFingerprint, writeBackup } from '../support/backup-fixtures';
import { rawBinaryPlist, referenceBomb } from '../support/hostile/binary-plist-bytes';
import { expectWithinBudget, reportOf, runDoctor, type DoctorRun } from '../support/hostile/run-doctor';
import { machineStretch } from '../support/machine-load';

const UDID = '00008110001A2C3E0E38802E';
const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => removeTempRoot(root)));
});
async function root(): Promise<string> {
  const made = await makeTempRoot('hostile');
  roots.push(made);
  return made;
}

/** A day long past: a backup last touched then is not one being written, so its problems show. */
const LONG_AGO = new Date('2024-05-01T09:30:00Z');

/** Runs the doctor on `backups`, checking the tree is the same before and after. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report is read field by field.
async function doctorOn(backups: string): Promise<{ run: DoctorRun; report: Record<string, any> }> {
  await ageTree(backups, LONG_AGO);
  const before = await treeFingerprint(backups);
  const run = await runDoctor(['--json', '--offline', '--backups-dir', backups]);
  expect(await treeFingerprint(backups), 'the backup tree changed').toEqual(before);
  expectWithinBudget(run, expect);
  return { run, report: reportOf(run) };
}

const posix = process.platform !== 'win32';

describe.concurrent('hostile backup trees, against the built doctor', () => {
  it('a Status.plist of shared references that expands to four billion values', async () => {
    const backups = await root();
    const written = await writeBackup(backups, { udid: UDID, snapshotState: null, files: 2 });
    await writeFile(path.join(written.path, 'Status.plist'), referenceBomb(32));
    const { report } = await doctorOn(backups);
    expect(report.backups[0].problem).toContain('Status.plist is damaged (it is larger than any real one');
    expect(report.backups[0].deviceName).toBe('Test iPhone');
  });

  it('a 48 MB XML Info.plist of two million values that must be read for the phone’s name', async () => {
    const backups = await root();
    const written = await writeBackup(backups, { udid: UDID, deviceName: 'Big iPhone', omit: ['Manifest.plist'], infoAppBytes: 0, files: 1 });
    // Values, not icon data: what made the old reader build a tree of gigabytes. They sort before the keys the app needs.
    const info = infoPlist(deviceOf({ udid: UDID, deviceName: 'Big iPhone' }), 'xml').toString('utf8');
    const apps = `<key>Applications</key><array>${'<string>com.example.app</string><integer>1</integer>'.repeat(925_000)}</array>`;
    await writeFile(path.join(written.path, 'Info.plist'), info.replace('<dict>', `<dict>${apps}`));
    const { report } = await doctorOn(backups);
    // About 4 s of CPU here: on a machine far busier than its cores the doctor's own 18 s wait for
    // the scan can run out first, and then it must say so; anywhere else it reads the name.
    if (report.backups.length === 0 && machineStretch() > 2) expect(report.sources.backups.reason).toMatch(/did not answer in time|Nothing reported/);
    else expect(report.backups[0]).toMatchObject({ deviceName: 'Big iPhone', iosVersion: '17.5.1', lastBackupDate: '2024-05-01T09:30:00Z' });
  });

  it.skipIf(!posix)('a device folder that is a link to /, never walked', async () => {
    const backups = await root();
    await symlink('/', path.join(backups, UDID));
    const { report } = await doctorOn(backups);
    expect(report.backups).toEqual([expect.objectContaining({ udid: UDID, sizeBytes: null, problem: 'This entry is a link to a folder that does not look like an iPhone backup, so it was not read.' })]);
  });

  it.skipIf(!posix)('a device folder that is a link to a backup moved to another disk, read as usual', async () => {
    const backups = await root();
    const disk = await root();
    const moved = await writeBackup(disk, { udid: UDID, files: 3 });
    await symlink(moved.path, path.join(backups, UDID));
    const { report } = await doctorOn(backups);
    expect(report.backups).toEqual([expect.objectContaining({ udid: UDID, complete: true, problem: null, sizeBytes: moved.bytes })]);
  });

  it.skipIf(!posix)('a device folder that is a link loop', async () => {
    const backups = await root();
    await symlink(path.join(backups, UDID), path.join(backups, UDID));
    const { report } = await doctorOn(backups);
    expect(report.backups).toEqual([expect.objectContaining({ problem: 'This entry is a link that leads back to itself, so there is no backup to read in it.' })]);
  });

  it.skipIf(!posix)('an Info.plist that is a FIFO, a Manifest.plist that links to /dev/zero, a Status.plist that links elsewhere', async () => {
    const backups = await root();
    const written = await writeBackup(backups, { udid: UDID, omit: ['Info.plist', 'Manifest.plist', 'Status.plist'], files: 1 });
    const outside = await root();
    await writeFile(path.join(outside, 'Status.plist'), creator({ SnapshotState: 'finished', Date: new Date() }));
    execFileSync('mkfifo', [path.join(written.path, 'Info.plist')]);
    await symlink('/dev/zero', path.join(written.path, 'Manifest.plist'));
    await symlink(path.join(outside, 'Status.plist'), path.join(written.path, 'Status.plist'));
    const { report } = await doctorOn(backups);
    const problem = report.backups[0].problem as string;
    expect(report.backups[0].complete).toBeNull();
    expect(problem).toContain('Status.plist could not be read (it is a link, which a backup never holds, so it was not followed)');
    expect(problem).toContain('Manifest.plist could not be read (it is a link, which a backup never holds, so it was not followed)');
    expect(problem).toContain('Info.plist could not be read (it is not an ordinary file)');
  });

  it('plists nested 200,000 deep, with offsets out of range, with a key named __proto__, with huge numbers and dates, in UTF-16, and 200 MB', async () => {
    const backups = await root();
    const device = deviceOf({ udid: UDID });
    const cases: Array<[string, Record<string, Buffer>]> = [
      ['00008110-0000000000000001', { 'Manifest.plist': Buffer.from(`<plist>${'<dict><key>a</key>'.repeat(200_000)}</plist>`) }],
      ['00008110-0000000000000002', { 'Status.plist': rawBinaryPlist([[0xd1, 0, 1, 0, 2], [0x5d, ...Buffer.from('SnapshotState')]], { offsets: { 1: 0xfffffff0 } }) }],
      ['00008110-0000000000000003', { 'Manifest.plist': creator({ ['__proto__']: { polluted: true }, IsEncrypted: false, Lockdown: { DeviceName: 'Proto' } } as Record<string, unknown>) }],
      ['00008110-0000000000000004', { 'Status.plist': Buffer.from(`<plist><dict><key>SnapshotState</key><string>finished</string><key>Date</key><date>+275760-09-13T00:00:01Z</date><key>N</key><integer>${'9'.repeat(60)}</integer></dict></plist>`) }],
      ['00008110-0000000000000005', { 'Info.plist': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(infoPlist(device, 'xml').toString('utf8').replace('UTF-8', 'UTF-16'), 'utf16le')]) }],
    ];
    for (const [udid, files] of cases) {
      const written = await writeBackup(backups, { udid, omit: Object.keys(files) as Array<'Info.plist'>, files: 1 });
      for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(written.path, name), bytes);
    }
    const huge = await writeBackup(backups, { udid: '00008110-0000000000000006', omit: ['Info.plist', 'Manifest.plist'], files: 1 });
    await writeFile(path.join(huge.path, 'Info.plist'), '<?xml version="1.0"?>');
    await truncate(path.join(huge.path, 'Info.plist'), 200 * 1024 ** 2);
    const { report } = await doctorOn(backups);
    const byUdid = Object.fromEntries((report.backups as Array<{ udid: string; problem: string | null; deviceName: string | null }>).map((backup) => [backup.udid, backup]));
    expect(byUdid['00008110-0000000000000001']?.problem).toContain('Manifest.plist is damaged (it is larger than any real one (it nests deeper than 64 levels))');
    expect(byUdid['00008110-0000000000000002']?.problem).toContain('Status.plist is damaged (it points outside itself)');
    expect(byUdid['00008110-0000000000000003']?.deviceName).toBe('Proto');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(byUdid['00008110-0000000000000004']?.problem).toBeNull();
    expect(byUdid['00008110-0000000000000005']?.problem).toBeNull();
    expect(byUdid['00008110-0000000000000006']?.problem).toContain('Info.plist is unusually large (200 MB) and was not read');
  });

  it.skipIf(!posix)('a backup root with 100,000 entries', async () => {
    const backups = await root();
    execFileSync('sh', ['-c', 'seq -f "folder-%06g" 1 100000 | xargs mkdir'], { cwd: backups });
    const real = await writeBackup(backups, { udid: UDID, files: 2 });
    await ageTree(real.path, LONG_AGO);
    const before = await treeFingerprint(real.path);
    const run = await runDoctor(['--json', '--offline', '--backups-dir', backups]);
    expect(await treeFingerprint(real.path)).toEqual(before);
    expectWithinBudget(run, expect);
    const report = reportOf(run);
    expect(report.sources.backups.reason).toBe(`${backups} holds 100,001 folders; only 256 were read (99,745 more not shown).`);
    expect(report.backups).toContainEqual(expect.objectContaining({ udid: UDID, complete: true }));
  });
});

