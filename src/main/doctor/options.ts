/** The doctor's command line: what each option means, and a one-line message for anything wrong. */
import { parseArgs } from 'node:util';
import type { WorldOptions } from '../core/default-probes';
import { ADDRESS_FORMS, parseUsbmuxAddress } from '../core/probes/usbmux/address';

/** What `--help` prints. */
export const USAGE = `Usage: npm run doctor -- [options]

Looks at this computer, any connected iPhone, local backups and Apple's status page once,
then prints what it found and what to do next.

Options:
  --json               print one JSON object instead of plain words
  --usbmux ADDRESS     usbmuxd to ask: UNIX:/path or 127.0.0.1:port (this computer only)
  --backups-dir DIR    look for backups in DIR instead of the usual folders
  --status-url URL     read Apple's status feed from URL
  --offline            do not fetch Apple's status feed
  --no-verify          list the backups without checking every file they list (faster with many big backups)
  --host OS:VERSION    plan for another computer: macos:10.14.6, windows:10.0.22631, linux:6.8
                       (this computer's USB, usbmuxd and backup folders are then not checked,
                       unless --usbmux or --backups-dir names them)
  -h, --help           show this help
`;

/** The sources that belong to this computer and so say nothing about another one planned for with --host. */
export type LocalSource = 'usb' | 'usbmux' | 'backups';

/** A parsed command line; `notChecked` lists the sources left alone because they would describe this computer, not the --host one. */
export type DoctorCommand =
  | { kind: 'run'; json: boolean; world: WorldOptions; notChecked: LocalSource[] }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

const OPTIONS = {
  json: { type: 'boolean' },
  usbmux: { type: 'string' },
  'backups-dir': { type: 'string' },
  'status-url': { type: 'string' },
  offline: { type: 'boolean' },
  'no-verify': { type: 'boolean' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Node's parseArgs messages are long; this says the same in one short line. */
function argumentError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${quoted}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // The same code covers `--usbmux` with nothing after it and `--json=yes` given to a switch.
      const option = /--[\w-]+/.exec(message ?? '')?.[0] ?? quoted;
      return / does not take an argument/.test(message ?? '') ? `option ${option} takes no value` : `option ${option} needs a value`;
    }
    default:
      return (message ?? String(error)).split('\n')[0] as string;
  }
}

function hostOption(text: string): WorldOptions['host'] | null {
  const match = /^(macos|windows|linux):(\d+(?:\.\d+)*)$/i.exec(text.trim());
  return match ? { os: (match[1] as string).toLowerCase() as 'macos' | 'windows' | 'linux', version: match[2] as string } : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Reads the arguments after `npm run doctor --`. */
export function parseDoctorArgs(args: string[]): DoctorCommand {
  let values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return { kind: 'error', message: argumentError(error) };
  }
  if (values.help) return { kind: 'help' };
  const world: WorldOptions = {};
  if (values.usbmux !== undefined) {
    if (!parseUsbmuxAddress(values.usbmux)) return { kind: 'error', message: `--usbmux: "${values.usbmux}" is not ${ADDRESS_FORMS}` };
    world.usbmuxAddress = values.usbmux;
  }
  if (values['status-url'] !== undefined) {
    if (!isHttpUrl(values['status-url'])) return { kind: 'error', message: `--status-url: "${values['status-url']}" is not an http(s) URL` };
    if (values.offline) return { kind: 'error', message: '--status-url and --offline cannot be used together' };
    world.statusUrl = values['status-url'];
  }
  if (values.host !== undefined) {
    const host = hostOption(values.host);
    if (!host) return { kind: 'error', message: `--host: "${values.host}" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)` };
    world.host = host;
  }
  if (values['backups-dir'] !== undefined) {
    if (values['backups-dir'].trim() === '') return { kind: 'error', message: '--backups-dir needs a folder' };
    world.backupsDir = values['backups-dir'];
  }
  if (values.offline) world.offline = true;
  if (values['no-verify']) world.verifyBackups = false;
  // Planning for another computer: this computer's USB bus, usbmuxd and backup folders are not that computer's, unless named outright.
  const notChecked: LocalSource[] = world.host ? ['usb', ...(world.usbmuxAddress ? [] : ['usbmux' as const]), ...(world.backupsDir ? [] : ['backups' as const])] : [];
  return { kind: 'run', json: values.json ?? false, world, notChecked };
}
