/**
 * The pair record's keys and certificates never leave the memory of the session that uses them:
 * not in any snapshot, not in anything the page receives over the bridge, not on the page, not in
 * the console of the page or of this process, not in the doctor's output, and not in any file the
 * app or the doctor writes. Each secret is looked for in every form it could take: PEM lines,
 * the base64 a plist's data field carries, the raw key bytes, and the HostID.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { test, expect } from '../support/e2e/app-fixture';
import { PHONE } from '../support/e2e/world';
import { openProgressBackend, progressFilePath, type ProgressFile } from '../../src/main/progress/open-backend';
import { pairingFor } from '../support/usbmuxd/pairing';
import { startTestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../support/usbmuxd/scripted-device';

const DOCTOR = join(process.cwd(), 'out', 'main', 'doctor.js');

/** Distinctive pieces of each secret, in each form it could leak in. */
function needles(secrets: string[], hostId: string): string[] {
  return secrets.flatMap((pem) => {
    const lines = pem.split('\n').filter((line) => line && !line.startsWith('-----'));
    const der = Buffer.from(lines.join(''), 'base64');
    const asPlistData = Buffer.from(pem).toString('base64');
    return [
      lines[2] as string, // a PEM line
      asPlistData.slice(120, 180), // base64 of the PEM, as in a plist <data> field
      der.subarray(200, 240).toString('hex'), // the DER bytes, as hex
      der.subarray(200, 240).toString('latin1'), // the DER bytes themselves
    ];
  }).concat(hostId);
}

/** The needles found in `text`, with whitespace also squeezed out (base64 may be wrapped). */
function found(text: string, all: string[]): string[] {
  const squeezed = text.replace(/\s+/g, '');
  return all.filter((needle) => text.includes(needle) || squeezed.includes(needle.replace(/\s+/g, '')));
}

/** Every file under `root` as text (binary files read byte for byte). */
function filesUnder(root: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile() && stat.size < 50_000_000) out.push({ path, text: readFileSync(path).toString('latin1') });
  }
  return out;
}

/** Records everything this process writes to its stdout and stderr until stopped. */
function captureOutput() {
  const written: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream, index) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));
      return (originals[index] as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
  });
  return {
    text: () => written.join(''),
    stop: () => streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write)),
  };
}

test.describe('the pair record stays secret', () => {
  test('never reaches a snapshot, the bridge, the page, a console, the doctor or a file', async ({ page, startWorld, launchApp }) => {
    test.slow();
    const pairing = await pairingFor(PHONE.udid);
    const all = needles(pairing.hostSecrets, pairing.hostId);
    expect(all.length).toBeGreaterThan(20);
    const home = mkdtempSync(join(tmpdir(), 'lifeboat-secrecy-'));
    const output = captureOutput();
    const pageConsole: string[] = [];
    page.on('console', (message) => pageConsole.push(message.text()));
    try {
      // Asked again every half second, so the test sees the phone asked more than once.
      const world = await startWorld({ phones: [{ phone: PHONE, trusted: false }], phoneRefreshMs: 500 });
      const progressBackend = openProgressBackend({ directory: join(home, 'userData'), open: (options) => new Conf(options) as unknown as ProgressFile });
      const app = await launchApp({ world, progressBackend });
      const snapshots: string[] = [];
      const stopWatching = app.core.subscribe((snapshot) => snapshots.push(JSON.stringify(snapshot)));
      await app.page.getByTestId('nav-checklist').click();
      // The phone is trusted while the app watches, answers, and is asked again.
      world.trust(PHONE);
      await expect(app.page.getByTestId('phone-line-storage')).toBeVisible();
      await app.page.getByRole('radio', { name: 'Checked — fine' }).first().click();
      await expect(app.page.getByTestId('checklist-count')).toContainText('1 of 9 checked');
      const sessions = () => world.requests.filter((request) => request === 'lockdown:StartSession').length;
      const before = sessions();
      await expect.poll(sessions, { timeout: 10_000 }).toBeGreaterThan(before);
      stopWatching();

      // What the phone said did arrive everywhere it should: the search below looks where data flows.
      expect(snapshots.some((snapshot) => snapshot.includes('"batteryPercent":64'))).toBe(true);
      const received = app.bridgeTraffic;
      expect(received.some((payload) => payload.includes('"batteryPercent":64'))).toBe(true);
      expect(filesUnder(home).map((file) => file.path)).toContain(progressFilePath(join(home, 'userData')));

      expect(found(snapshots.join('\n'), all), 'snapshots').toEqual([]);
      expect(found(received.join('\n'), all), 'what the page received over the bridge').toEqual([]);
      expect(found(await app.page.content(), all), 'the page').toEqual([]);
      expect(found(pageConsole.join('\n'), all), "the page's console").toEqual([]);

      const doctor = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
        const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), TMPDIR: join(home, 'tmp') };
        // --host plans for a Mac without this computer's usbmuxd unless --usbmux names one outright.
        execFile(process.execPath, [DOCTOR, '--json', '--offline', '--host', 'macos:15.1', '--usbmux', world.usbmuxAddress], { env, timeout: 30_000 }, (_error, stdout, stderr) =>
          resolve({ stdout, stderr }),
        );
      });
      expect(JSON.parse(doctor.stdout).devices[0].phoneSays.batteryPercent).toBe(64);
      expect(found(doctor.stdout + doctor.stderr, all), "the doctor's output").toEqual([]);
    } finally {
      output.stop();
    }
    expect(found(output.text(), all), "this process's console").toEqual([]);
    for (const file of filesUnder(home)) expect(found(file.text, all), file.path).toEqual([]);
    rmSync(home, { recursive: true, force: true });
  });

  test('a doctor run against a trusted phone writes nothing of the record anywhere under its home', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lifeboat-secrecy-doctor-'));
    const usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
    try {
      const pairing = await pairingFor(ANAS_IPHONE.udid);
      const all = needles(pairing.hostSecrets, pairing.hostId);
      const env = { ...process.env, HOME: home, TMPDIR: home, XDG_CONFIG_HOME: home };
      for (const args of [['--json'], []]) {
        const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) =>
          execFile(process.execPath, [DOCTOR, ...args, '--offline', '--host', 'macos:15.1', '--usbmux', usbmuxd.address], { env, timeout: 30_000 }, (_error, out, err) => resolve({ stdout: out, stderr: err })),
        );
        expect(stdout).toContain('64');
        expect(found(stdout + stderr, all)).toEqual([]);
      }
      for (const file of filesUnder(home)) expect(found(file.text, all), file.path).toEqual([]);
    } finally {
      await usbmuxd.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

