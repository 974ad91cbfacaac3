/**
 * Where usbmuxd listens: a Unix socket on macOS and Linux, TCP 127.0.0.1:27015 on Windows
 * (Apple Mobile Device Service), or wherever `USBMUXD_SOCKET_ADDRESS` points, written the way
 * libusbmuxd reads it: `UNIX:/path` or `host:port`, with the host always this computer.
 */

/** A place to connect to. */
export type UsbmuxAddress = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

/** The default Unix socket of usbmuxd on macOS and Linux. */
export const DEFAULT_UNIX_SOCKET = '/var/run/usbmuxd';

/** Apple Mobile Device Service on Windows. */
export const WINDOWS_ADDRESS: UsbmuxAddress = { kind: 'tcp', host: '127.0.0.1', port: 27015 };

/** A Windows named pipe (`\\.\pipe\name`), Windows' kind of local socket. */
const NAMED_PIPE = /^\\\\[.?]\\pipe\\./i;

/** This computer's own addresses: usbmuxd is never asked for across a network (a phone's details would travel in clear). */
function isLoopback(host: string): boolean {
  const v4 = /^(?:::ffff:)?127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(host);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255);
  return host.toLowerCase() === 'localhost' || host === '::1' || /^(?:0{0,4}:){7}0{0,3}1$/.test(host);
}

/** What an address may be, in words for error messages. */
export const ADDRESS_FORMS = 'UNIX:/path, a named pipe, or a port on this computer such as 127.0.0.1:27015';

/**
 * Reads `UNIX:/path` (or a named pipe on Windows), or `host:port` / `[v6]:port` where the host is
 * this computer; null for anything else, another computer's address included.
 */
export function parseUsbmuxAddress(text: string): UsbmuxAddress | null {
  const value = text.trim();
  if (/^unix:/i.test(value)) {
    const path = value.slice(5);
    return path.startsWith('/') || NAMED_PIPE.test(path) ? { kind: 'unix', path } : null;
  }
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value);
  if (!match) return null;
  const port = Number(match[3]);
  const host = (match[1] ?? match[2]) as string;
  if (port < 1 || port > 65535 || !isLoopback(host)) return null;
  return { kind: 'tcp', host, port };
}

/** The address to use: the override when given, else the platform's usual place. */
export function resolveUsbmuxAddress(
  platform: NodeJS.Platform,
  override: string | undefined,
): { address: UsbmuxAddress } | { error: string } {
  if (override !== undefined && override !== '') {
    const address = parseUsbmuxAddress(override);
    return address ? { address } : { error: `"${override}" is not a usbmuxd address (expected ${ADDRESS_FORMS}).` };
  }
  return { address: platform === 'win32' ? WINDOWS_ADDRESS : { kind: 'unix', path: DEFAULT_UNIX_SOCKET } };
}

/** The address as a person would write it. */
export function describeAddress(address: UsbmuxAddress): string {
  if (address.kind === 'unix') return address.path;
  return address.host.includes(':') ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}
