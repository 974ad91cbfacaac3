/**
 * Turns a failed Electron download into one message a person can act on: what failed and why,
 * how to try again, and the two settings Electron documents for networks that cannot reach its
 * download host directly (ELECTRON_MIRROR and ELECTRON_GET_USE_PROXY). Pure, so every cause is
 * unit-tested.
 */

/** The oldest Node.js that Electron's installer (and @electron/get) declare they support. */
export const INSTALLER_NODE_FLOOR = '22.12.0';

/** Where Electron's installer downloads from when no mirror is set. */
export const DEFAULT_DOWNLOAD_BASE = 'https://github.com/electron/electron/releases/download/';

/** Electron's page on installing through mirrors and proxies. */
export const INSTALL_HELP_URL = 'https://www.electronjs.org/docs/latest/tutorial/installation';

/** True when Node.js `version` (e.g. "20.20.2" or "v22.12.0") is at least `floor`. */
export function nodeAtLeast(version, floor) {
  const parse = (text) => text.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [a, b] = [parse(version), parse(floor)];
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The mirror the installer uses, as @electron/get reads it from the environment; null for none. */
export function configuredMirror(env) {
  return env.ELECTRON_MIRROR || env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.npm_package_config_electron_mirror || null;
}

function hostOf(url) {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Output patterns, most specific first, each with the reason it means. */
const CAUSES = [
  {
    kind: 'node',
    test: /ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|ERR_UNKNOWN_FILE_EXTENSION|Cannot use import statement|SyntaxError|Unexpected token/,
  },
  { kind: 'checksum', test: /checksum|did not match|sha256/i },
  { kind: 'disk', test: /ENOSPC|no space left/i },
  { kind: 'permission', test: /EACCES|EPERM|permission denied/i },
  { kind: 'tls', test: /certificate|CERT_|SSL|TLS|self[- ]signed/i },
  { kind: 'http', test: /Response code (\d{3})|HTTPError/ },
  {
    kind: 'network',
    test: /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR|socket hang up|other side closed|getaddrinfo/,
  },
];

/** What kind of failure the installer's output shows: node, checksum, disk, permission, tls, http, network or unknown. */
export function classifyInstallFailure(output, nodeVersion) {
  // Stack frames name files (utils.js, sumchecker …) that would match the patterns by accident.
  const said = output
    .split(/\r?\n/)
    .filter((line) => !/^\s*at\s/.test(line))
    .join('\n');
  for (const cause of CAUSES) {
    if (!cause.test.test(said)) continue;
    // A syntax or module error is the Node version's fault only where Node is older than the floor.
    if (cause.kind === 'node' && nodeAtLeast(nodeVersion, INSTALLER_NODE_FLOOR)) continue;
    return cause.kind;
  }
  return 'unknown';
}

/** The installer's last line that says something (its error), without stack frames. */
function lastMeaningfulLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^[\^~\s]+$/.test(line) && !line.startsWith('Node.js v'));
  const errorLine = [...lines].reverse().find((line) => /error|fail/i.test(line));
  return (errorLine ?? lines.at(-1) ?? 'no output').slice(0, 300);
}

/** The same line without its leading error name ("TypeError: fetch failed" → "fetch failed"). */
function errorDetail(output) {
  return lastMeaningfulLine(output).replace(/^\w*Error(\s*\[\w+\])?:\s*/, '');
}

function why(kind, { output, nodeVersion, host, mirror, packageDir }) {
  switch (kind) {
    case 'node':
      return `Electron's installer needs Node.js ${INSTALLER_NODE_FLOOR} or newer, and this is Node.js ${nodeVersion.replace(/^v/, '')}.`;
    case 'checksum':
      return 'the downloaded file was damaged on the way (its checksum did not match Electron\u2019s).';
    case 'disk':
      return 'the disk is full: Electron needs about 300 MB free while it unpacks.';
    case 'permission':
      return `the installer may not write into ${packageDir} (permission denied).`;
    case 'tls':
      return `the secure connection to ${host} was not trusted (${errorDetail(output)}). A proxy that inspects traffic often causes this.`;
    case 'http': {
      const status = output.match(/Response code (\d{3})/)?.[1];
      if (status === '404') return mirror ? `the mirror ${mirror} has no Electron files at the address it was asked for (HTTP 404).` : `${host} answered that the file does not exist (HTTP 404).`;
      if (status === '407') return 'the proxy asks for a login (HTTP 407); put the user name and password in HTTPS_PROXY.';
      return `${host} refused the download${status ? ` (HTTP ${status})` : ''}.`;
    }
    case 'network':
      return `the download could not reach ${host} (${errorDetail(output)}).`;
    default:
      return `the installer stopped with: ${lastMeaningfulLine(output)}`;
  }
}

/** The command line that runs `command` again with `assignments` set, in the platform's usual shell. */
function example(platform, assignments, command) {
  if (platform === 'win32') return `${assignments.map(([name, value]) => `$env:${name}="${value}"`).join('; ')}; ${command}`;
  return `${assignments.map(([name, value]) => `${name}=${value}`).join(' ')} ${command}`;
}

/**
 * The message for a failed install, as lines of text.
 * `output` is the end of what the installer printed; `command` is what the person ran (`npm start`).
 */
export function explainInstallFailure({ output, version, nodeVersion, platform, env, packageDir, command = 'npm start' }) {
  const kind = classifyInstallFailure(output, nodeVersion);
  const mirror = configuredMirror(env);
  const host = hostOf(mirror ?? DEFAULT_DOWNLOAD_BASE);
  const lines = [
    `Backup Lifeboat cannot start: Electron ${version}, which runs its window, is not installed yet, and installing it failed.`,
    `Why: ${why(kind, { output, nodeVersion, host, mirror, packageDir })}`,
    '',
  ];
  if (kind === 'node') {
    lines.push(`To fix it: install Node.js 22 LTS or newer from https://nodejs.org, then run \`${command}\` again.`);
    return lines.join('\n');
  }
  lines.push(
    `To try again: run \`${command}\` again once this computer is online. The download is about 100 MB and happens once.`,
    'If this network reaches the internet only through a proxy, set HTTPS_PROXY to its address and ELECTRON_GET_USE_PROXY=true:',
    `    ${example(platform, [['HTTPS_PROXY', 'http://proxy.example:8080'], ['ELECTRON_GET_USE_PROXY', 'true']], command)}`,
    `If ${host} cannot be reached from here, download from a mirror of Electron's releases by setting ELECTRON_MIRROR (its address ends in /):`,
    `    ${example(platform, [['ELECTRON_MIRROR', 'https://npmmirror.com/mirrors/electron/']], command)}`,
    `More on both: ${INSTALL_HELP_URL}`,
  );
  if (!nodeAtLeast(nodeVersion, INSTALLER_NODE_FLOOR)) {
    lines.push(
      '',
      `Also: Electron's installer is made for Node.js ${INSTALLER_NODE_FLOOR} or newer, and this is Node.js ${nodeVersion.replace(/^v/, '')}. If the download keeps failing, install Node.js 22 LTS or newer from https://nodejs.org.`,
    );
  }
  return lines.join('\n');
}
