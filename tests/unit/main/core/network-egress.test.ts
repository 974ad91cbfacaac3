/**
 * No telemetry, proven at run time: the app's whole set of probes runs against a world with a
 * phone on the cable (test usbmuxd), the same phone on the USB bus, a backup of it on disk and a
 * local stand-in for Apple's status feed, while every socket the process opens and every web
 * request it makes is recorded. The only web request is the status feed, it carries nothing
 * about the phone, and every other socket goes to usbmuxd on this computer. The lint rules
 * (tests/unit/security-lint-rules.test.ts) keep any other code from reaching the network at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import dc from 'node:diagnostics_channel';
import net from 'node:net';
import { createCore, type Core } from '../../../../src/main/core/create-core';
import { createDefaultProbes } from '../../../../src/main/core/default-probes';
import { APPLE_STATUS_URL } from '../../../../src/main/core/probes/status/fetch-status';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../../../support/usbmuxd/scripted-device';
import { createScriptedUsbSource, usbIphone } from '../../../support/usb/scripted-usb-source';
import { startStatusServer, statusFeed, type StatusServer } from '../../../support/status-server';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../../support/backup-fixtures';

/** Where one socket was opened to. */
type Destination = { path: string } | { host: string; port: number };

/** Records every outgoing socket and web request of this process until stopped. */
function recordEgress() {
  const sockets: Destination[] = [];
  const requests: Array<{ url: string; method: string; headers: string[] }> = [];
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // net.connect hands over its arguments already normalised, as [options, callback].
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    if (typeof first === 'string') sockets.push({ path: first });
    else if (typeof first === 'number') sockets.push({ host: String(args[1] ?? 'localhost'), port: first });
    else if (first && typeof first === 'object') {
      const options = first as { path?: string; host?: string; port?: number };
      sockets.push(options.path !== undefined ? { path: options.path } : { host: options.host ?? 'localhost', port: Number(options.port) });
    }
    return connect.apply(this, args as Parameters<typeof connect>);
  } as typeof connect;
  const onRequest = (message: unknown) => {
    const { request } = message as { request: { origin: string; path: string; method: string; headers: string[] | string } };
    const headers = Array.isArray(request.headers) ? request.headers : request.headers.split('\r\n');
    requests.push({ url: `${request.origin}${request.path}`, method: request.method, headers });
  };
  dc.subscribe('undici:request:create', onRequest);
  return {
    sockets,
    requests,
    stop() {
      net.Socket.prototype.connect = connect;
      dc.unsubscribe('undici:request:create', onRequest);
    },
  };
}

describe('core', () => {
  describe('network egress', () => {
    let usbmuxd: TestUsbmuxd;
    let status: StatusServer;
    let root: string;
    let core: Core | undefined;

    beforeEach(async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      status = await startStatusServer({ body: statusFeed([]) });
      root = await makeTempRoot();
      await writeBackup(root, { udid: ANAS_IPHONE.udid.replace('-', ''), deviceName: "Ana's iPhone" });
    });
    afterEach(async () => {
      await core?.stop();
      core = undefined;
      await usbmuxd.stop();
      await status.close();
      await removeTempRoot(root);
    });

    it("makes one web request, to Apple's status feed, and opens no other socket than usbmuxd's", async () => {
      const egress = recordEgress();
      try {
        core = createCore({
          probes: createDefaultProbes({
            host: { os: 'macos', version: '15.1' },
            usbmuxAddress: usbmuxd.address,
            statusUrl: status.url,
            usbSource: createScriptedUsbSource([usbIphone('1-4:7', ANAS_IPHONE.udid.replace('-', ''))]),
            backupsDir: root,
          }),
        });
        await core.start();
        await vi.waitFor(() => {
          const snapshot = core?.getSnapshot();
          expect(snapshot?.devices).toEqual([expect.objectContaining({ name: "Ana's iPhone", seenBy: ['usb', 'usbmux'] })]);
          expect(snapshot?.backups).toHaveLength(1);
          expect(snapshot?.sources.status.state).toBe('ok');
        });
        await core.stop();
      } finally {
        egress.stop();
      }

      expect(egress.requests.map(({ url, method }) => `${method} ${url}`)).toEqual([`GET ${status.url}`]);
      const statusPort = Number(new URL(status.url).port);
      expect(egress.sockets.length).toBeGreaterThan(1);
      for (const destination of egress.sockets) {
        expect([{ path: usbmuxd.path }, { host: '127.0.0.1', port: statusPort }]).toContainEqual(destination);
      }

      // Nothing about the phone travels with the one request that leaves.
      const sent = JSON.stringify(egress.requests).toLowerCase();
      for (const secret of [ANAS_IPHONE.udid, ANAS_IPHONE.udid.replace('-', ''), ANAS_IPHONE.udid.slice(-12), "ana's iphone", 'iphone15,2']) {
        expect(sent).not.toContain(secret.toLowerCase());
      }
      expect(new URL(egress.requests[0]?.url ?? '').search).toBe('');
    });
  });

  describe("Apple's status feed", () => {
    it('is read from Apple over https, with no query that could carry anything', () => {
      const url = new URL(APPLE_STATUS_URL);
      expect(url.protocol).toBe('https:');
      expect(url.host).toBe('www.apple.com');
      expect(url.search).toBe('');
    });
  });
});
