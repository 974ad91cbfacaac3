import { describe, expect, it } from 'vitest';
import {
  decodeUsbmuxFrame,
  encodeLockdownFrame,
  encodeUsbmuxFrame,
  FramingError,
  lockdownFrameReader,
  MAX_FRAME_BYTES,
  usbmuxFrameReader,
} from '../../../../../../src/main/core/probes/usbmux/frames';

describe('probes', () => {
  describe('usbmux frames', () => {
    it('writes the 16-byte little-endian header: length with header, version 1, plist type 8, tag', () => {
      const frame = encodeUsbmuxFrame(7, Buffer.from('abc'));
      expect([...frame.subarray(0, 16)]).toEqual([19, 0, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0, 7, 0, 0, 0]);
      expect(decodeUsbmuxFrame(frame)).toEqual({ version: 1, message: 8, tag: 7, payload: Buffer.from('abc') });
    });

    it('writes lockdown frames with a 4-byte big-endian length', () => {
      expect([...encodeLockdownFrame(Buffer.from('hi'))]).toEqual([0, 0, 0, 2, 0x68, 0x69]);
    });

    it('reassembles frames split across reads and several in one read', () => {
      const reader = usbmuxFrameReader();
      const both = Buffer.concat([encodeUsbmuxFrame(1, Buffer.from('one')), encodeUsbmuxFrame(2, Buffer.from('two!'))]);
      reader.push(both.subarray(0, 10));
      expect(reader.next()).toBeNull();
      reader.push(both.subarray(10));
      expect(decodeUsbmuxFrame(reader.next() as Buffer).payload.toString()).toBe('one');
      expect(decodeUsbmuxFrame(reader.next() as Buffer).payload.toString()).toBe('two!');
      expect(reader.next()).toBeNull();
      expect(reader.rest().length).toBe(0);
    });

    it('keeps the bytes after a frame for whoever takes the stream over', () => {
      const reader = usbmuxFrameReader();
      reader.push(Buffer.concat([encodeUsbmuxFrame(1, Buffer.from('ok')), Buffer.from([0, 0, 0, 5])]));
      reader.next();
      expect([...reader.rest()]).toEqual([0, 0, 0, 5]);
    });

    it('refuses lengths no honest peer sends, instead of waiting for them', () => {
      const tooLong = Buffer.alloc(16);
      tooLong.writeUInt32LE(MAX_FRAME_BYTES + 1, 0);
      const tooShort = Buffer.alloc(16);
      tooShort.writeUInt32LE(3, 0);
      for (const header of [tooLong, tooShort]) {
        const reader = usbmuxFrameReader();
        reader.push(header);
        expect(() => reader.next()).toThrow(FramingError);
      }
      const lockdown = lockdownFrameReader();
      lockdown.push(Buffer.from([0xff, 0xff, 0xff, 0xff]));
      expect(() => lockdown.next()).toThrow(FramingError);
    });

    it('takes a message with nothing in it as a whole frame, not a broken one, and reads on after it', () => {
      const usbmux = usbmuxFrameReader();
      usbmux.push(Buffer.concat([encodeUsbmuxFrame(5, Buffer.alloc(0)), encodeUsbmuxFrame(6, Buffer.from('x'))]));
      expect(decodeUsbmuxFrame(usbmux.next()!)).toMatchObject({ tag: 5, payload: Buffer.alloc(0) });
      expect(decodeUsbmuxFrame(usbmux.next()!)).toMatchObject({ tag: 6, payload: Buffer.from('x') });
      const lockdown = lockdownFrameReader();
      lockdown.push(encodeLockdownFrame(Buffer.alloc(0)));
      expect(lockdown.next()).toEqual(Buffer.from([0, 0, 0, 0]));
      expect(lockdown.next()).toBeNull();
    });
  });
});
