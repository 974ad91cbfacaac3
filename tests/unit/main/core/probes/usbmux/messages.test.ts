import { describe, expect, it } from 'vitest';
import { describeResult, parseDeviceList, parseEvent, resultNumber } from '../../../../../../src/main/core/probes/usbmux/messages';
import { networkOrderPort } from '../../../../../../src/main/core/probes/usbmux/lockdown';
import { decodePlistDict, encodePlist } from '../../../../../../src/main/core/probes/usbmux/plist-codec';

const attached = (id: number, serial: string, type = 'USB') => ({ DeviceID: id, MessageType: 'Attached', Properties: { ConnectionType: type, ProductID: 0x12a8, SerialNumber: serial } });

describe('probes', () => {
  describe('usbmux messages', () => {
    it('reads a device list, skipping entries it cannot use', () => {
      const list = parseDeviceList({
        DeviceList: [attached(1, '00008120001A2B3C4D5E001E'), attached(2, '00008120-001A2B3C4D5E001E', 'Network'), { DeviceID: 3 }, 'junk', { Properties: { SerialNumber: 'x' } }],
      });
      expect(list).toEqual([
        { deviceId: 1, udid: '00008120-001A2B3C4D5E001E', connection: 'usb', productId: 0x12a8 },
        { deviceId: 2, udid: '00008120-001A2B3C4D5E001E', connection: 'network', productId: 0x12a8 },
      ]);
      expect(parseDeviceList({ MessageType: 'Result', Number: 1 })).toBeNull();
    });

    it('takes a record without a connection type as USB, and Network in any case as Wi-Fi', () => {
      const bare = { DeviceID: 5, MessageType: 'Attached', Properties: { SerialNumber: '00008120001A2B3C4D5E001E' } };
      expect(parseEvent(bare)).toEqual({ type: 'attached', record: { deviceId: 5, udid: '00008120-001A2B3C4D5E001E', connection: 'usb', productId: null } });
      expect(parseEvent(attached(6, 'abc', 'NETWORK'))).toMatchObject({ record: { connection: 'network' } });
    });

    it('reads pushed Attached, Detached and Paired, and nothing else', () => {
      expect(parseEvent(attached(4, 'abc'))).toMatchObject({ type: 'attached', record: { deviceId: 4, udid: 'abc' } });
      expect(parseEvent({ MessageType: 'Detached', DeviceID: 4 })).toEqual({ type: 'detached', deviceId: 4 });
      expect(parseEvent({ MessageType: 'Paired', DeviceID: 4 })).toEqual({ type: 'paired', deviceId: 4 });
      expect(parseEvent({ MessageType: 'Banana', DeviceID: 4 })).toBeNull();
      expect(parseEvent({ MessageType: 'Detached', DeviceID: 'four' })).toBeNull();
    });

    it('reads results and says what they mean', () => {
      expect(resultNumber({ MessageType: 'Result', Number: 3 })).toBe(3);
      expect(resultNumber({ Number: 3 })).toBeNull();
      expect(describeResult(3)).toBe('the phone refused the connection');
      expect(describeResult(42)).toBe('usbmuxd answered with error 42');
      expect([0, 1, 2, 6, null].map(describeResult)).toEqual([
        'ok',
        'usbmuxd did not understand the request',
        'usbmuxd does not know that device',
        'usbmuxd speaks another protocol version',
        'usbmuxd gave no result',
      ]);
    });

    it('sends the lockdown port in network byte order, as usbmuxd expects', () => {
      expect(networkOrderPort(62078)).toBe(0x7ef2);
    });

    it('round-trips plists and reads nothing from non-plists', () => {
      expect(decodePlistDict(encodePlist({ MessageType: 'Listen', kLibUSBMuxVersion: 3 }))).toEqual({ MessageType: 'Listen', kLibUSBMuxVersion: 3 });
      expect(decodePlistDict(Buffer.from('{"MessageType":"Listen"}'))).toBeNull();
      expect(decodePlistDict(Buffer.from('<plist version="1.0"><array/></plist>'))).toBeNull();
      expect(decodePlistDict(Buffer.alloc(0))).toBeNull();
    });
  });
});
