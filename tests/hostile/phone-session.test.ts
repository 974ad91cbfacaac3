/**
 * The built doctor against hostile answers to the read-only session with a trusted phone: a pair
 * record that expands without end, a handshake that never ends, a phone that answers its session
 * with megabytes. Each is a plain reason on the phone (exit 0) within 10 s and 300 MB, and the
 * rest of the report is unaffected.
 */
import { build } from 'plist';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeUsbmuxFrame } from '../../src/main/core/probes/usbmux/frames';
import type { PlistDict } from '../../src/main/core/probes/usbmux/plist-codec';
import { dictionaryBomb } from '../support/hostile/binary-plist-bytes';
import { startRawUsbmuxd, type RawUsbmuxd } from '../support/hostile/raw-usbmuxd';
import { expectWithinBudget, reportOf, runDoctor } from '../support/hostile/run-doctor';
import { ANAS_IPHONE, phoneDomains, type ScriptedDevice } from '../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';

const peers: Array<RawUsbmuxd | TestUsbmuxd> = [];
afterAll(async () => {
  await Promise.all(peers.map((peer) => peer.stop()));
});

const xml = (dict: PlistDict) => Buffer.from(build(dict));
const reply = (tag: number, dict: PlistDict) => encodeUsbmuxFrame(tag, xml(dict));
const doctor = (address: string) => runDoctor(['--json', '--offline', '--backups-dir', '/nonexistent', '--usbmux', address]);

async function withPhone(device: ScriptedDevice): Promise<TestUsbmuxd> {
  const usbmuxd = await startTestUsbmuxd({ devices: [device] });
  peers.push(usbmuxd);
  return usbmuxd;
}

describe.concurrent('hostile answers to the session with a trusted phone, against the built doctor', () => {
  it('a pair record that is a 300-byte binary plist of shared references', async () => {
    const entry = { DeviceID: 3, MessageType: 'Attached', Properties: { SerialNumber: ANAS_IPHONE.udid, ConnectionType: 'USB', ProductID: 0x12a8 } };
    const peer = await startRawUsbmuxd((socket, tag, message) => {
      switch (message?.MessageType) {
        case 'Listen':
          return void socket.write(Buffer.concat([reply(tag, { MessageType: 'Result', Number: 0 }), reply(0, entry)]));
        case 'ListDevices':
          return void socket.write(reply(tag, { DeviceList: [entry] }));
        case 'ReadPairRecord':
          return void socket.write(reply(tag, { PairRecordData: dictionaryBomb('HostID', 32) }));
        default:
          // The phone's own lockdown is refused: only the pair record is under test.
          return void socket.write(reply(tag, { MessageType: 'Result', Number: 3 }));
      }
    });
    peers.push(peer);
    const run = await doctor(peer.address);
    expectWithinBudget(run, expect);
    const report = reportOf(run);
    expect(report.sources.usbmux.state).toBe('ok');
    expect(report.devices).toEqual([expect.objectContaining({ udid: ANAS_IPHONE.udid, paired: true, phoneSays: null, phoneSaysReason: 'session-refused' })]);
  });

  it('a phone that takes the TLS handshake and never answers it', async () => {
    const usbmuxd = await withPhone({ ...ANAS_IPHONE, session: 'tls-stalls' });
    const run = await doctor(usbmuxd.address);
    expectWithinBudget(run, expect);
    expect(reportOf(run).devices).toEqual([expect.objectContaining({ name: "Ana's iPhone", phoneSays: null, phoneSaysReason: 'tls-failed' })]);
  });

  it('a trusted phone that answers inside its session with 3.9 MB of values', async () => {
    const junk = Array.from({ length: 160_000 }, (_, index) => `value ${index} padding`);
    const usbmuxd = await withPhone({ ...ANAS_IPHONE, domains: phoneDomains({ battery: { Junk: junk } }) });
    const run = await doctor(usbmuxd.address);
    expectWithinBudget(run, expect);
    // The oversized reply is refused unread, which ends the session: the phone is shown, saying nothing this time.
    expect(reportOf(run).devices).toEqual([expect.objectContaining({ name: "Ana's iPhone", paired: true, phoneSays: null, phoneSaysReason: 'no-answer' })]);
    expect(usbmuxd.requests.filter((request) => /^lockdown:(SetValue|Pair|StartService)/.test(request))).toEqual([]);
  });
});
