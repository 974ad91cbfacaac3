/**
 * The two framings on a usbmuxd socket (libusbmuxd `include/usbmuxd-proto.h`): usbmuxd's own
 * 16-byte little-endian header (length including the header, version, message type, tag), and,
 * once a `Connect` has turned the socket into a pipe to the phone, lockdownd's 4-byte big-endian
 * length. Lengths come from the other side, so absurd ones are refused instead of buffered.
 */

/** usbmuxd header size. */
export const USBMUX_HEADER_SIZE = 16;
/** Protocol version of plist messages. */
export const USBMUX_PLIST_VERSION = 1;
/** Message type of a plist message; the old binary types (1–7) are not spoken. */
export const USBMUX_MESSAGE_PLIST = 8;
/** The largest frame accepted: usbmuxd and lockdown replies are a few kilobytes. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** The peer sent a length that no honest peer sends; the connection cannot be trusted after it. */
export class FramingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FramingError';
  }
}

/** How one framing reads the length of a frame from its header. */
interface FrameFormat {
  headerSize: number;
  /** The frame's total size in bytes, header included. */
  totalLength(header: Buffer): number;
}

/** Collects stream bytes into whole frames, one at a time, so a caller can stop mid-stream. */
export interface FrameReader {
  /** Adds received bytes. */
  push(chunk: Buffer): void;
  /** The next whole frame (header included), or null until more bytes arrive. Throws FramingError. */
  next(): Buffer | null;
  /** Bytes received after the last frame taken. */
  rest(): Buffer;
}

function createFrameReader(format: FrameFormat): FrameReader {
  let buffer: Buffer = Buffer.alloc(0);
  return {
    push(chunk) {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    },
    next() {
      if (buffer.length < format.headerSize) return null;
      const total = format.totalLength(buffer);
      if (total < format.headerSize || total > MAX_FRAME_BYTES) {
        throw new FramingError(`The peer announced a message of ${total} bytes.`);
      }
      if (buffer.length < total) return null;
      const frame = buffer.subarray(0, total);
      buffer = buffer.subarray(total);
      return frame;
    },
    rest: () => buffer,
  };
}

/** A reader for usbmuxd frames. */
export function usbmuxFrameReader(): FrameReader {
  return createFrameReader({ headerSize: USBMUX_HEADER_SIZE, totalLength: (header) => header.readUInt32LE(0) });
}

/** A reader for lockdownd frames. */
export function lockdownFrameReader(): FrameReader {
  return createFrameReader({ headerSize: 4, totalLength: (header) => 4 + header.readUInt32BE(0) });
}

/** One decoded usbmuxd frame. */
export interface UsbmuxFrame {
  version: number;
  message: number;
  tag: number;
  payload: Buffer;
}

/** Splits a whole usbmuxd frame into header fields and payload. */
export function decodeUsbmuxFrame(frame: Buffer): UsbmuxFrame {
  return {
    version: frame.readUInt32LE(4),
    message: frame.readUInt32LE(8),
    tag: frame.readUInt32LE(12),
    payload: frame.subarray(USBMUX_HEADER_SIZE),
  };
}

/** A plist message with its usbmuxd header. */
export function encodeUsbmuxFrame(tag: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(USBMUX_HEADER_SIZE);
  header.writeUInt32LE(USBMUX_HEADER_SIZE + payload.length, 0);
  header.writeUInt32LE(USBMUX_PLIST_VERSION, 4);
  header.writeUInt32LE(USBMUX_MESSAGE_PLIST, 8);
  header.writeUInt32LE(tag, 12);
  return Buffer.concat([header, payload]);
}

/** A lockdownd message with its length prefix. */
export function encodeLockdownFrame(payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(payload.length, 0);
  return Buffer.concat([header, payload]);
}
