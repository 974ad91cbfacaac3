/**
 * The built doctor, run as a person runs it: a child process under plain Node, against a test
 * usbmuxd with two phones, a local status feed, or nothing at all.
 */
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startTestUsbmuxd, tempSocketPath } from '../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, BRUNOS_IPAD } from '../support/usbmuxd/scripted-device';
import { startStatusServer, statusFeed } from '../support/status-server';
import { archivedName, filesOf, makeTempRoot, removeTempRoot, treeFingerprint, writeBackup, writePlaceholderBackup, type BackupSpec } from '../support/backup-fixtures';

const DOCTOR = join(process.cwd(), 'out', 'main', 'doctor.js');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, whatever its exit code. */
function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Runs the built doctor with a usbmuxd address that nothing answers unless a test gives one. */
function doctor(args: string[]): Promise<Outcome> {
  const env = { ...process.env, USBMUXD_SOCKET_ADDRESS: 'UNIX:/nonexistent/usbmuxd' };
  return run(process.execPath, [DOCTOR, ...args], env);
}

test.describe('doctor', () => {
  test('lists the backups in a --backups-dir with their facts, and the free space', async () => {
    const root = await makeTempRoot('doctor');
    try {
      await writeBackup(root, { udid: '00008120001A2B3C4D5E001E', deviceName: "Ana's iPhone", productType: 'iPhone15,2', iosVersion: '18.1', date: new Date('2026-11-20T08:15:00Z'), encrypted: true, infoEncoding: 'binary' });
      await writeBackup(root, { udid: '3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b', deviceName: "Bruno's iPad", date: new Date('2026-10-02T19:00:00Z'), snapshotState: 'uploading', plistEncoding: 'xml' });
      const outcome = await doctor(['--json', '--offline', '--host', 'macos:15.1', '--backups-dir', root]);
      expect(outcome.code).toBe(0);
      const report = JSON.parse(outcome.stdout);
      expect(report.sources.backups).toEqual({ state: 'ok', reason: null });
      expect(report.disk.freeBytes).toBeGreaterThan(0);
      const byUdid = Object.fromEntries(report.backups.map((backup: { udid: string }) => [backup.udid, backup]));
      expect(byUdid['00008120001A2B3C4D5E001E']).toEqual({
        udid: '00008120001A2B3C4D5E001E',
        path: join(root, '00008120001A2B3C4D5E001E'),
        archived: false,
        deviceName: "Ana's iPhone",
        productType: 'iPhone15,2',
        iosVersion: '18.1',
        lastBackupDate: '2026-11-20T08:15:00Z',
        complete: true,
        encrypted: true,
        sizeBytes: expect.any(Number),
        problem: null,
        inProgress: null,
        interrupted: null,
        verification: { state: 'encrypted', filesListed: null, filesMissing: null },
        contents: null,
      });
      expect(byUdid['3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b']).toMatchObject({ deviceName: "Bruno's iPad", complete: false, encrypted: false });
      expect(byUdid['3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b'].problem).toEqual(expect.any(String));
    } finally {
      await removeTempRoot(root);
    }
  });

  test('proves each kind of backup will restore, or says why not, in JSON and in words, leaving every byte as it was', async () => {
    // Seven backups written, then the doctor run twice, checking every file each time.
    test.slow();
    const root = await makeTempRoot('doctor-proof');
    const udid = (n: number) => `00008110-00000000000000${String(n).padStart(2, '0')}`;
    const whole: BackupSpec = { udid: udid(1), deviceName: 'Whole', files: 3, contents: { photosAndVideos: 5, messages: true, whatsapp: true, contacts: true, notes: true } };
    const missing: BackupSpec = { udid: udid(2), deviceName: 'Missing', files: 6, missingFiles: 2 };
    const ios9: BackupSpec = { udid: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', deviceName: 'Old', index: 'mbdb', contents: { photosAndVideos: 2 } };
    try {
      await writeBackup(root, whole);
      await writeBackup(root, missing);
      await writeBackup(root, ios9);
      await writeBackup(root, { udid: udid(3), deviceName: 'Locked', encrypted: true });
      await writeBackup(root, { udid: udid(4), deviceName: 'No manifest', omit: ['Manifest.plist'] });
      await writeBackup(root, { ...whole, folderName: archivedName(udid(1), new Date('2026-01-01T12:00:00Z')), date: new Date('2026-01-01T12:00:00Z') });
      await writePlaceholderBackup(root, { udid: udid(5), deviceName: 'Placeholder' }, 'pymobiledevice3');
      const before = await treeFingerprint(root);
      const outcome = await doctor(['--json', '--offline', '--host', 'macos:15.1', '--backups-dir', root]);
      expect(outcome.code).toBe(0);
      const backups: Array<Record<string, unknown>> = JSON.parse(outcome.stdout).backups;
      const named = (name: string, archived = false) => backups.find((backup) => backup.deviceName === name && backup.archived === archived);
      const nothing = { photosAndVideos: 0, messages: false, whatsapp: false, contacts: false, notes: false };
      expect(named('Whole')).toMatchObject({ complete: true, verification: { state: 'verified', filesListed: filesOf(whole).length, filesMissing: 0 }, contents: { photosAndVideos: 5, messages: true, whatsapp: true, contacts: true, notes: true } });
      expect(named('Whole', true)).toMatchObject({ udid: udid(1), archived: true, complete: true, verification: { state: 'verified' } });
      expect(named('Missing')).toMatchObject({ complete: false, verification: { state: 'files-missing', filesListed: filesOf(missing).length, filesMissing: 2 }, problem: `2 of ${filesOf(missing).length} files this backup lists are missing, so it may not restore; make a new backup.` });
      expect(named('Old')).toMatchObject({ complete: true, verification: { state: 'verified', filesMissing: 0 }, contents: { ...nothing, photosAndVideos: 2 } });
      expect(named('Locked')).toMatchObject({ complete: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null }, contents: null });
      expect(named('No manifest')).toMatchObject({ complete: false, problem: expect.stringMatching(/Manifest\.plist is missing/) });
      expect(named('Placeholder')).toMatchObject({ complete: false, verification: { state: 'unreadable' }, interrupted: { stoppedAt: expect.any(String) }, problem: expect.stringMatching(/stopped before the phone sent anything/) });

      const words = await doctor(['--offline', '--host', 'macos:15.1', '--backups-dir', root]);
      expect(words.stdout).toContain(`Whole, `);
      expect(words.stdout).toMatch(/Whole, \d{1,2}:\d\d [AP]M on \w+ \d+, \d{4}: Verified: all \d+ files it lists are here; 5 photos and videos · Messages · WhatsApp chats · Contacts · Notes/);
      expect(words.stdout).toContain('Whole, archived copy, Jan 1, 2026');
      expect(await treeFingerprint(root)).toEqual(before);
    } finally {
      await removeTempRoot(root);
    }
  });

  test('reports two phones from usbmuxd and an outage from the status feed, as one JSON object', async () => {
    const usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, { ...ANAS_IPHONE, connection: 'Network' }, BRUNOS_IPAD] });
    const status = await startStatusServer({ body: statusFeed([{ statusType: 'Outage', eventStatus: 'ongoing', message: 'Backups are failing.' }]) });
    try {
      const outcome = await doctor(['--json', '--usbmux', usbmuxd.address, '--status-url', status.url, '--host', 'macos:15.1', '--backups-dir', '/nonexistent']);
      expect(outcome.code).toBe(0);
      const report = JSON.parse(outcome.stdout);
      expect(report.host).toMatchObject({ os: 'macos', version: '15.1' });
      expect(report.route).toBe('finder');
      expect(report.devices).toEqual([
        {
          udid: ANAS_IPHONE.udid,
          kind: 'iphone',
          name: "Ana's iPhone",
          iosVersion: '18.1',
          productType: 'iPhone15,2',
          modelName: 'iPhone 14 Pro',
          connections: ['network', 'usb'],
          paired: true,
          seenBy: ['usbmux'],
        },
        {
          udid: BRUNOS_IPAD.udid,
          kind: 'ipad',
          name: "Bruno's iPad",
          iosVersion: '17.5',
          productType: 'iPad13,1',
          modelName: 'iPad Air (4th generation)',
          connections: ['usb'],
          paired: false,
          seenBy: ['usbmux'],
        },
      ]);
      expect(report.backups).toEqual([]);
      expect(report.icloudBackupStatus).toEqual({ state: 'outage', message: 'Backups are failing.' });
      expect(report.sources.usbmux).toEqual({ state: 'ok', reason: null });
      expect(report.sources.status).toEqual({ state: 'ok', reason: null });
      expect(report.sources.usb.state).toMatch(/^(ok|unavailable)$/);
      expect(report.sources.backups.state).toMatch(/^(ok|unavailable)$/);
      expect(report.next).toContain("Unlock Bruno's iPad");
      expect(report.plan.next.title).toBeTruthy();
      expect(report.plan.warnings[0]).toMatchObject({ id: 'icloud-status', severity: 'problem' });
    } finally {
      await usbmuxd.stop();
      await status.close();
    }
  });

  test('reports, and exits 0, with every source unavailable', async () => {
    const path = tempSocketPath();
    try {
      const outcome = await doctor(['--json', '--offline', '--usbmux', `UNIX:${path}`]);
      expect(outcome.code).toBe(0);
      const report = JSON.parse(outcome.stdout);
      expect(Object.keys(report)).toEqual(expect.arrayContaining(['host', 'route', 'devices', 'backups', 'icloudBackupStatus', 'sources']));
      expect(report.devices).toEqual([]);
      expect(report.backups).toEqual([]);
      expect(report.icloudBackupStatus.state).toBe('unknown');
      expect(report.sources.usbmux).toEqual({ state: 'unavailable', reason: `usbmuxd is not running (nothing at ${path}).` });
      expect(report.sources.status).toEqual({ state: 'unavailable', reason: "Offline: Apple's status feed was not checked." });
      for (const key of ['usb', 'usbmux', 'backups', 'status']) expect(report.sources[key].state, key).toMatch(/^(ok|unavailable)$/);
    } finally {
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  test('says in plain words what it found and what to do next', async () => {
    const usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
    try {
      const outcome = await doctor(['--offline', '--usbmux', usbmuxd.address, '--host', 'windows:10.0.22631']);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain('Computer:       Windows 11');
      expect(outcome.stdout).toContain('Backup program: Apple Devices');
      expect(outcome.stdout).toContain("Ana's iPhone (iPhone 14 Pro, iOS 18.1) over USB; trusts this computer");
      expect(outcome.stdout).toContain("Next: Open Apple Devices, select Ana's iPhone, and click Back Up Now on the General page.");
    } finally {
      await usbmuxd.stop();
    }
  });

  const hosts: Array<[os: string, version: string, route: string]> = [
    ['macos', '10.9.5', 'itunes'],
    ['macos', '10.14.6', 'itunes'],
    ['macos', '10.15', 'finder'],
    ['macos', '26.1', 'finder'],
    ['windows', '6.1.7601', 'itunes'],
    ['windows', '10.0.19044', 'itunes'],
    ['windows', '10.0.19045', 'apple-devices'],
    ['windows', '10.0.19046', 'apple-devices'],
    ['windows', '10.0.22000', 'apple-devices'],
    ['linux', '6.8', 'idevicebackup2'],
  ];
  for (const [os, version, route] of hosts) {
    test(`plans ${route} for --host ${os}:${version}`, async () => {
      const outcome = await doctor(['--json', '--offline', '--host', `${os}:${version}`]);
      expect(JSON.parse(outcome.stdout)).toMatchObject({ host: { os, version }, route });
    });
  }

  test('with --host alone, reports nothing of this computer’s USB, usbmuxd or backups as the other computer’s', async () => {
    const json = JSON.parse((await doctor(['--json', '--offline', '--host', 'windows:10.0.19044'])).stdout);
    expect(json).toMatchObject({ route: 'itunes', devices: [], backups: [], backupFolders: [], notChecked: ['usb', 'usbmux', 'backups'] });
    for (const source of ['usb', 'usbmux', 'backups']) expect(json.sources[source].reason).toMatch(/^Not checked: --host plans for another computer/);
    expect(json.plan.warnings.map((warning: { id: string }) => warning.id)).not.toEqual(expect.arrayContaining(['usbmux-unavailable', 'usb-unreadable', 'backups-unreadable']));
    const text = (await doctor(['--offline', '--host', 'windows:10.0.19044'])).stdout;
    expect(text).toContain('(planned for with --host; not this computer)');
    expect(text).not.toMatch(/usbmuxd is not running|not answering|no USB subsystem|\/nonexistent/i);
    expect(text).toContain('Next: On that computer, plug the phone in');
    expect(text).toContain('Apple Devices needs Windows 10 version 22H2 (build 19045) or later, and this is build 19044');
  });

  test('prints its version, the folders it checked and the free space there, and names each device by model', async () => {
    const root = await makeTempRoot('doctor');
    const usbmuxd = await startTestUsbmuxd({ devices: [BRUNOS_IPAD] });
    try {
      const outcome = await doctor(['--offline', '--usbmux', usbmuxd.address, '--backups-dir', root]);
      expect(outcome.stdout).toMatch(/^Backup Lifeboat doctor \d+\.\d+\.\d+$/m);
      expect(outcome.stdout).toContain(`Folders checked:\n  - ${root}\n`);
      expect(outcome.stdout).toMatch(/^Free space: +[\d.,]+ (GB|MB) where backups go$/m);
      const json = JSON.parse((await doctor(['--json', '--offline', '--usbmux', usbmuxd.address, '--backups-dir', root])).stdout);
      expect(json.doctor.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(json.backupFolders).toEqual([root]);
      expect(json.devices[0].modelName).toBe('iPad Air (4th generation)');
    } finally {
      await usbmuxd.stop();
      await removeTempRoot(root);
    }
  });

  for (const args of [['--bogus'], ['--usbmux'], ['--usbmux', 'nowhere'], ['--host', 'beos:5'], ['--status-url', 'ftp://x'], ['extra']]) {
    test(`refuses ${args.join(' ')} with exit 2 and one line`, async () => {
      const outcome = await doctor(args);
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
      expect(outcome.stderr).toMatch(/^doctor: .+ \(see --help\)\n$/);
      expect(outcome.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    });
  }

  test('runs through npm without rebuilding a fresh build, keeping stdout to the JSON', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const outcome = await run(npm, ['run', '--silent', 'doctor', '--', '--json', '--offline', '--usbmux', 'UNIX:/nonexistent/usbmuxd']);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).not.toContain('Building the doctor');
    expect(JSON.parse(outcome.stdout).route).toBe('idevicebackup2');
  });
});
