import { describe, expect, it } from 'vitest';
import { describeAddress, parseUsbmuxAddress, resolveUsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';

describe('probes', () => {
  describe('usbmux address', () => {
    it('reads UNIX:/path and host:port as libusbmuxd does', () => {
      expect(parseUsbmuxAddress('UNIX:/var/run/usbmuxd')).toEqual({ kind: 'unix', path: '/var/run/usbmuxd' });
      expect(parseUsbmuxAddress('UNIX:\\\\.\\pipe\\usbmuxd')).toEqual({ kind: 'unix', path: '\\\\.\\pipe\\usbmuxd' });
      expect(parseUsbmuxAddress('UNIX:C:\\usbmuxd')).toBeNull();
      expect(parseUsbmuxAddress('127.0.0.1:27015')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 27015 });
      expect(parseUsbmuxAddress('[::1]:27015')).toEqual({ kind: 'tcp', host: '::1', port: 27015 });
      expect(parseUsbmuxAddress('localhost:27015')).toEqual({ kind: 'tcp', host: 'localhost', port: 27015 });
      expect(parseUsbmuxAddress('127.1.2.3:27015')).toEqual({ kind: 'tcp', host: '127.1.2.3', port: 27015 });
    });

    it('refuses a usbmuxd on another computer: what a phone says must not cross a network', () => {
      for (const text of ['192.168.1.20:27015', '10.0.0.1:27015', 'example.com:27015', '[fe80::1]:27015', '127.0.0.1.evil.com:27015', '127.0.0.999:27015', '0.0.0.0:27015']) {
        expect(parseUsbmuxAddress(text), text).toBeNull();
      }
      expect(resolveUsbmuxAddress('linux', '192.168.1.20:27015')).toEqual({ error: expect.stringContaining('is not a usbmuxd address') });
    });

    it('refuses anything else', () => {
      for (const text of ['', '/var/run/usbmuxd', 'UNIX:relative', 'localhost', 'localhost:0', 'localhost:70000', 'a:b:c']) expect(parseUsbmuxAddress(text), text).toBeNull();
    });

    it('uses the Unix socket on macOS and Linux, TCP 27015 on Windows, and an override anywhere', () => {
      expect(resolveUsbmuxAddress('darwin', undefined)).toEqual({ address: { kind: 'unix', path: '/var/run/usbmuxd' } });
      expect(resolveUsbmuxAddress('linux', '')).toEqual({ address: { kind: 'unix', path: '/var/run/usbmuxd' } });
      expect(resolveUsbmuxAddress('win32', undefined)).toEqual({ address: { kind: 'tcp', host: '127.0.0.1', port: 27015 } });
      expect(resolveUsbmuxAddress('win32', 'UNIX:/tmp/u')).toEqual({ address: { kind: 'unix', path: '/tmp/u' } });
      expect(resolveUsbmuxAddress('linux', 'nope')).toEqual({ error: '"nope" is not a usbmuxd address (expected UNIX:/path, a named pipe, or a port on this computer such as 127.0.0.1:27015).' });
    });

    it('writes addresses the way people read them', () => {
      expect(describeAddress({ kind: 'tcp', host: '::1', port: 27015 })).toBe('[::1]:27015');
      expect(describeAddress({ kind: 'unix', path: '/var/run/usbmuxd' })).toBe('/var/run/usbmuxd');
    });
  });
});
