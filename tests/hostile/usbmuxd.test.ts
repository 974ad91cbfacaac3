/**
 * The built doctor against a hostile usbmuxd and hostile phones: whatever they send, it reports
 * (exit 0) with a plain reason, within 10 s and 300 MB. Any USB device can speak lockdown, so
 * every answer a phone gives is as hostile as what a broken daemon says.
 */
import creator from 'bplist-creator';
import { build } from 'plist';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeUsbmuxFrame } from '../../src/main/core/probes/usbmux/frames';
import type { PlistDict } from '../../src/main/core/probes/usbmux/plist-codec';
import { dictionaryBomb, rawBinaryPlist, selfReference } from '../support/hostile/binary-plist-bytes';
import { startRawUsbmuxd, type RawUsbmuxd } from '../support/hostile/raw-usbmuxd';
import { describeRun, expectWithinBudget, reportOf, runDoctor } from '../support/hostile/run-doctor';
import { ANAS_IPHONE, phoneValues, type ScriptedDevice } from '../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';

const peers: Array<RawUsbmuxd | TestUsbmuxd> = [];
afterAll(async () => {
  await Promise.all(peers.map((peer) => peer.stop()));
});

async function raw(answer: Parameters<typeof startRawUsbmuxd>[0]): Promise<string> {
  const peer = await startRawUsbmuxd(answer);
  peers.push(peer);
  return peer.address;
}

async function withPhone(device: ScriptedDevice): Promise<TestUsbmuxd> {
  const usbmuxd = await startTestUsbmuxd({ devices: [device] });
  peers.push(usbmuxd);
  return usbmuxd;
}

const xml = (dict: PlistDict) => Buffer.from(build(dict));
const reply = (tag: number, payload: Buffer) => encodeUsbmuxFrame(tag, payload);
const doctor = (address: string, ...extra: string[]) => runDoctor(['--json', '--offline', '--backups-dir', '/nonexistent', '--usbmux', address, ...extra]);
const UDID = '00008120-001A2B3C4D5E001E';

/** A phone whose lockdown answers every request with `bytes`. */
const phoneAnswering = (bytes: Buffer): ScriptedDevice => ({ ...ANAS_IPHONE, lockdownReply: bytes });
/** A 3.9 MB XML lockdown answer: a real GetValue reply padded with a huge array of strings. */
const fatLockdownReply = xml({ Request: 'GetValue', Value: { ...phoneValues(UDID, 'Fat'), Junk: Array.from({ length: 160_000 }, (_, i) => `value ${i} padding`) } });

describe.concurrent('hostile usbmuxd and lockdown, against the built doctor', () => {
  it("a 300-byte binary plist of shared references as usbmuxd's reply to Listen", async () => {
    const address = await raw((socket, tag) => socket.write(reply(tag, dictionaryBomb('MessageType', 24))));
    const run = await doctor(address);
    expectWithinBudget(run, expect);
    expect(reportOf(run).sources.usbmux).toEqual({ state: 'unavailable', reason: 'usbmuxd sent a reply this app cannot read.' });
  });

  it("the same bomb as a phone's lockdown reply", async () => {
    const usbmuxd = await withPhone(phoneAnswering(dictionaryBomb('Value', 24)));
    const run = await doctor(usbmuxd.address);
    expectWithinBudget(run, expect);
    const report = reportOf(run);
    expect(report.sources.usbmux.state).toBe('ok');
    expect(report.devices).toEqual([expect.objectContaining({ udid: UDID, name: null, kind: 'iphone' })]);
  });

  it('a 3.9 MB XML lockdown reply', async () => {
    expect(fatLockdownReply.length).toBeGreaterThan(3_800_000);
    const usbmuxd = await withPhone(phoneAnswering(fatLockdownReply));
    const run = await doctor(usbmuxd.address);
    expectWithinBudget(run, expect);
    expect(reportOf(run).devices).toEqual([expect.objectContaining({ udid: UDID, name: null })]);
  });

  it.each<[string, Buffer]>([
    ['a cycle', selfReference()],
    ['offsets pointing outside the file', rawBinaryPlist([[0xd1, 0, 1, 0, 2], [0x55, ...Buffer.from('Value')]], { offsets: { 1: 0xffff_ff00 } })],
    ['XML nested 200,000 deep', Buffer.from(`<plist>${'<array>'.repeat(200_000)}${'</array>'.repeat(200_000)}</plist>`)],
    ['entity declarations (billion laughs)', Buffer.from('<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><plist><dict><key>Value</key><string>&b;</string></dict></plist>')],
    ['a huge integer and an impossible date', xml({ Request: 'GetValue', Value: { DeviceName: 'Ana' } }).toString().replace('<dict>', '<dict><key>N</key><integer>99999999999999999999999999</integer><key>D</key><date>+999999-01-01T00:00:00Z</date>') as unknown as Buffer],
  ])('a lockdown reply with %s', async (_name, bytes) => {
    const usbmuxd = await withPhone(phoneAnswering(Buffer.from(bytes)));
    const run = await doctor(usbmuxd.address);
    expectWithinBudget(run, expect);
    expect(reportOf(run).devices).toEqual([expect.objectContaining({ udid: UDID })]);
  });

  it('a usbmuxd that starts its reply and never finishes it', async () => {
    const address = await raw((socket, tag) => socket.write(reply(tag, xml({ MessageType: 'Result', Number: 0 })).subarray(0, 40)));
    const run = await doctor(address);
    expectWithinBudget(run, expect);
    // Whichever deadline comes first, the request's or the unfinished message's, the reason says so.
    expect(reportOf(run).sources.usbmux.reason).toMatch(/^usbmuxd (started a message and never finished it|did not answer Listen in time)\.$/);
  });

  it('a usbmuxd that pushes 3.9 MB messages every 100 ms', async () => {
    // Made before the doctor starts, so what is measured is the doctor, not the peer building its message.
    const fat = reply(0, Buffer.from(`<plist version="1.0"><dict><key>MessageType</key><string>Attached</string><key>Junk</key><string>${'x'.repeat(3_900_000)}</string></dict></plist>`));
    const address = await raw((socket, tag, message) => {
      if (message?.MessageType !== 'Listen') return void socket.write(reply(tag, xml({ DeviceList: [] })));
      socket.write(reply(tag, xml({ MessageType: 'Result', Number: 0 })));
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(fat)), 100);
    });
    const run = await doctor(address);
    expectWithinBudget(run, expect);
    // The phone list is usbmuxd's word: whether the report caught it between reconnects or not, it says which.
    const { usbmux } = reportOf(run).sources;
    if (usbmux.state !== 'ok') expect(usbmux.reason).toMatch(/broken message|never finished/);
  });

  it('a usbmuxd that floods 10,000 phones plugged in and out', async () => {
    const attached = (id: number) =>
      `<plist version="1.0"><dict><key>MessageType</key><string>Attached</string><key>DeviceID</key><integer>${id}</integer><key>Properties</key><dict><key>SerialNumber</key><string>00008120-${id.toString(16).toUpperCase().padStart(16, '0')}</string><key>ConnectionType</key><string>USB</string><key>ProductID</key><integer>4776</integer></dict></dict></plist>`;
    const detached = (id: number) => `<plist version="1.0"><dict><key>MessageType</key><string>Detached</string><key>DeviceID</key><integer>${id}</integer></dict></plist>`;
    const flood = Buffer.concat(Array.from({ length: 10_000 }, (_, index) => [reply(0, Buffer.from(attached(index + 1))), ...(index < 9_999 ? [reply(0, Buffer.from(detached(index + 1)))] : [])]).flat());
    const address = await raw((socket, tag, message) => {
      if (message?.MessageType === 'ListDevices') return void socket.write(reply(tag, xml({ DeviceList: [] })));
      if (message?.MessageType !== 'Listen') return void socket.write(reply(tag, xml({ MessageType: 'Result', Number: 2 })));
      socket.write(Buffer.concat([reply(tag, xml({ MessageType: 'Result', Number: 0 })), flood]));
    });
    const run = await doctor(address);
    expectWithinBudget(run, expect);
    expect(reportOf(run).sources.usbmux.state).toBe('ok');
  });

  it('a serial number that is a shell command, and names that steer the terminal', async () => {
    const evil = '$(touch ~/pwned) ; echo #';
    const name = 'Ana\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u202Eenohp';
    const address = await raw((socket, tag, message) => {
      const entry = { DeviceID: 7, MessageType: 'Attached', Properties: { SerialNumber: evil, ConnectionType: 'USB', ProductID: 0x12a8 } };
      if (message?.MessageType === 'Listen') return void socket.write(Buffer.concat([reply(tag, xml({ MessageType: 'Result', Number: 0 })), reply(0, xml(entry))]));
      if (message?.MessageType === 'ListDevices') return void socket.write(reply(tag, xml({ DeviceList: [entry] })));
      if (message?.MessageType === 'ReadPairRecord') return void socket.write(reply(tag, xml({ PairRecordData: Buffer.from('x') })));
      if (message?.MessageType === 'Connect') {
        socket.write(reply(tag, xml({ MessageType: 'Result', Number: 0 })));
        // Binary, as lockdownd may answer: XML cannot carry these control characters at all.
        const lockdown = (dict: PlistDict) => {
          const body = creator(dict);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(body.length);
          return Buffer.concat([length, body]);
        };
        let asked = 0;
        socket.removeAllListeners('data');
        socket.on('data', () => {
          asked += 1;
          socket.write(asked === 1 ? lockdown({ Request: 'QueryType', Type: 'com.apple.mobile.lockdown' }) : lockdown({ Request: 'GetValue', Value: { DeviceName: name, DeviceClass: 'iPhone', ProductType: 'iPhone15,2\u001b[31m', ProductVersion: '18.1' } }));
        });
      }
    });
    const run = await runDoctor(['--offline', '--backups-dir', '/nonexistent', '--host', 'linux:6.8', '--usbmux', address]);
    expectWithinBudget(run, expect);
    // eslint-disable-next-line no-control-regex -- looking for exactly these.
    expect(run.stdout, describeRun(run)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('Ana ]52;c;cm0gLXJmIH4= [2Jenohp');
    expect(run.stdout).toContain('Run: mkdir -p "$HOME/iPhone-backups" && idevicebackup2 backup --full "$HOME/iPhone-backups"');
    expect(run.stdout).not.toContain('touch ~/pwned) ; echo # backup');
  });

  it('a usbmuxd address on another computer, from the environment or the command line', async () => {
    const fromEnv = await runDoctor(['--json', '--offline', '--backups-dir', '/nonexistent'], { USBMUXD_SOCKET_ADDRESS: '192.168.1.20:27015' });
    expectWithinBudget(fromEnv, expect);
    expect(reportOf(fromEnv).sources.usbmux.reason).toContain('"192.168.1.20:27015" is not a usbmuxd address');
    const fromArgs = await runDoctor(['--usbmux', '192.168.1.20:27015']);
    expect(fromArgs.code).toBe(2);
    expect(fromArgs.stderr).toContain('is not UNIX:/path, a named pipe, or a port on this computer');
  });
});
