/**
 * Where usbmuxd listens: a Unix socket on macOS and Linux, TCP 127.0.0.1:27015 on Windows
 * (Apple Mobile Device Service), or wherever `USBMUXD_SOCKET_ADDRESS` points, written the way
 * libusbmuxd reads it: `UNIX:/path` or `host:port`.
 */

/** A place to connect to. */
export type UsbmuxAddress = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

/** The default Unix socket of usbmuxd on macOS and Linux. */
export const DEFAULT_UNIX_SOCKET = '/var/run/usbmuxd';

/** Apple Mobile Device Service on Windows. */
export const WINDOWS_ADDRESS: UsbmuxAddress = { kind: 'tcp', host: '127.0.0.1', port: 27015 };

/** A Windows named pipe (`\\.\pipe\name`), Windows' kind of local socket. */
const NAMED_PIPE = /^\\\\[.?]\\pipe\\./i;

/** Reads `UNIX:/path` (or a named pipe on Windows), `host:port` or `[v6]:port`; null for anything else. */
export function parseUsbmuxAddress(text: string): UsbmuxAddress | null {
  const value = text.trim();
  if (/^unix:/i.test(value)) {
    const path = value.slice(5);
    return path.startsWith('/') || NAMED_PIPE.test(path) ? { kind: 'unix', path } : null;
  }
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value);
  if (!match) return null;
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return null;
  return { kind: 'tcp', host: (match[1] ?? match[2]) as string, port };
}

/** The address to use: the override when given, else the platform's usual place. */
export function resolveUsbmuxAddress(
  platform: NodeJS.Platform,
  override: string | undefined,
): { address: UsbmuxAddress } | { error: string } {
  if (override !== undefined && override !== '') {
    const address = parseUsbmuxAddress(override);
    return address ? { address } : { error: `"${override}" is not a usbmuxd address (expected UNIX:/path or host:port).` };
  }
  return { address: platform === 'win32' ? WINDOWS_ADDRESS : { kind: 'unix', path: DEFAULT_UNIX_SOCKET } };
}

/** The address as a person would write it. */
export function describeAddress(address: UsbmuxAddress): string {
  if (address.kind === 'unix') return address.path;
  return address.host.includes(':') ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}
