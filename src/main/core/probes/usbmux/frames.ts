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
  /** The largest frame this header may announce. */
  maxLength(header: Buffer): number;
}

/** Collects stream bytes into whole frames, one at a time, so a caller can stop mid-stream. */
export interface FrameReader {
  /** Adds received bytes. */
  push(chunk: Buffer): void;
  /** The next whole frame (header included), or null until more bytes arrive. Throws FramingError. */
  next(): Buffer | null;
  /** Bytes received after the last frame taken. */
  rest(): Buffer;
  /** How many bytes are waiting: part of a frame not yet whole when `next()` gave null. */
  buffered(): number;
}

function createFrameReader(format: FrameFormat): FrameReader {
  // Chunks are kept as they come and joined only once a whole frame (or a header) is there, so a
  // large frame sent in many small pieces costs its size once, not its size times the pieces.
  let chunks: Buffer[] = [];
  let length = 0;
  const gather = (bytes: number): Buffer => {
    if ((chunks[0]?.length ?? 0) < bytes) chunks = [Buffer.concat(chunks, length)];
    return chunks[0] as Buffer;
  };
  return {
    push(chunk) {
      if (chunk.length === 0) return;
      chunks.push(chunk);
      length += chunk.length;
    },
    next() {
      if (length < format.headerSize) return null;
      const header = gather(format.headerSize);
      const total = format.totalLength(header);
      if (total < format.headerSize || total > format.maxLength(header)) {
        throw new FramingError(`The peer announced a message of ${total} bytes.`);
      }
      if (length < total) return null;
      const joined = gather(total);
      const frame = joined.subarray(0, total);
      chunks[0] = joined.subarray(total);
      if ((chunks[0] as Buffer).length === 0) chunks.shift();
      length -= total;
      return frame;
    },
    rest: () => (length === 0 ? Buffer.alloc(0) : gather(length)),
    buffered: () => length,
  };
}

/**
 * The largest pushed message accepted (tag 0, after `Listen`): real `Attached`, `Detached` and
 * `Paired` messages are well under a kilobyte, and a daemon that pushes megabytes is refused.
 */
export const MAX_PUSH_BYTES = 64 * 1024;

/** A reader for usbmuxd frames; replies may be up to MAX_FRAME_BYTES, pushes up to MAX_PUSH_BYTES. */
export function usbmuxFrameReader(): FrameReader {
  return createFrameReader({
    headerSize: USBMUX_HEADER_SIZE,
    totalLength: (header) => header.readUInt32LE(0),
    maxLength: (header) => (header.readUInt32LE(12) === 0 ? MAX_PUSH_BYTES : MAX_FRAME_BYTES),
  });
}

/** A reader for lockdownd frames. */
export function lockdownFrameReader(): FrameReader {
  return createFrameReader({ headerSize: 4, totalLength: (header) => 4 + header.readUInt32BE(0), maxLength: () => MAX_FRAME_BYTES });
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
