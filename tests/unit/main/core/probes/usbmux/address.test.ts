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

    it('takes every loopback spelling: 127.x.y.z up to 255, IPv4-mapped, localhost in any case, ::1 written out in full', () => {
      for (const text of ['127.255.255.255:27015', '127.10.200.30:27015', '[::ffff:127.0.0.1]:27015', 'LocalHost:27015', '[0:0:0:0:0:0:0:1]:27015', '[0000:0000:0000:0000:0000:0000:0000:0001]:27015']) {
        expect(parseUsbmuxAddress(text), text).not.toBeNull();
      }
      for (const text of ['127.0.0.256:27015', '127.1000.0.1:27015', 'x127.0.0.1:27015', '[0:0:0:0:0:0:1]:27015', '[0:0:0:0:0:0:0:2]:27015', '[x0:0:0:0:0:0:0:1]:27015', '[0:0:0:0:0:0:0:1x]:27015', '[00000:0:0:0:0:0:0:1]:27015']) {
        expect(parseUsbmuxAddress(text), text).toBeNull();
      }
    });

    it('takes ports 1 to 65535, spaces around the address, and unix: in any case', () => {
      expect(parseUsbmuxAddress('127.0.0.1:1')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 1 });
      expect(parseUsbmuxAddress('127.0.0.1:65535')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 65535 });
      expect(parseUsbmuxAddress('127.0.0.1:65536')).toBeNull();
      expect(parseUsbmuxAddress('  127.0.0.1:27015\n')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 27015 });
      expect(parseUsbmuxAddress(' unix:/var/run/usbmuxd ')).toEqual({ kind: 'unix', path: '/var/run/usbmuxd' });
      expect(parseUsbmuxAddress('x127.0.0.1:27015x')).toBeNull();
      expect(parseUsbmuxAddress('127.0.0.1:27015/x')).toBeNull();
      expect(parseUsbmuxAddress('my UNIX:/var/run/usbmuxd')).toBeNull();
      expect(parseUsbmuxAddress('UNIX:x\\\\.\\pipe\\usbmuxd')).toBeNull();
    });

    it('refuses anything else', () => {
      for (const text of ['', '/var/run/usbmuxd', 'UNIX:relative', 'localhost', 'localhost:0', 'localhost:70000', 'a:b:c']) expect(parseUsbmuxAddress(text), text).toBeNull();
    });

    it('reads the whole setting: text in front of a valid address makes it no address at all', () => {
      for (const text of ['evil:127.0.0.1:27015', 'x[::1]:27015', '/tmp//unix:/usbmuxd', 'UNIX:x\\\\.\\pipe\\usbmuxd']) {
        expect(parseUsbmuxAddress(text), text).toBeNull();
      }
      expect(parseUsbmuxAddress('UNIX:\\\\.\\pipe\\usbmuxd')).toEqual({ kind: 'unix', path: '\\\\.\\pipe\\usbmuxd' });
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
      expect(describeAddress({ kind: 'tcp', host: '127.0.0.1', port: 27015 })).toBe('127.0.0.1:27015');
      expect(describeAddress({ kind: 'unix', path: '/var/run/usbmuxd' })).toBe('/var/run/usbmuxd');
    });
  });
});
