#!/usr/bin/env node
/**
 * Writes resources/licenses/THIRD_PARTY_NOTICES.md: every package the installed app ships (the
 * production dependency tree in package-lock.json) with its licence text, followed by the
 * notices for the Rust crates compiled into the `usb` package's native module and for the data
 * list of device model names.
 * `--check` exits 1 when the committed file is out of date, so a new dependency cannot ship
 * without its notice.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const target = join(root, 'resources', 'licenses', 'THIRD_PARTY_NOTICES.md');
const nativeNotices = join(root, 'resources', 'licenses', 'usb-native-crates.md');
const dataNotices = join(root, 'resources', 'licenses', 'device-model-names.md');

/** The production packages from the lockfile, sorted by name. */
export function productionPackages(lock) {
  return Object.entries(lock.packages ?? {})
    .filter(([path, meta]) => path.startsWith('node_modules/') && !meta.dev && !meta.devOptional)
    .map(([path, meta]) => ({
      path,
      name: path.replace(/^.*node_modules\//, ''),
      version: meta.version,
      license: meta.license ?? 'UNKNOWN',
      platformSpecific: Boolean(meta.os || meta.cpu),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function licenceText(packageDir) {
  if (!existsSync(packageDir)) return null;
  const file = readdirSync(packageDir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file ? readFileSync(join(packageDir, file), 'utf8').trim() : null;
}

/** The whole notices document. */
export function renderNotices() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const parts = [
    '# Third-party notices',
    '',
    'Backup Lifeboat ships the following open-source software. Each is used under the licence shown.',
    '',
  ];
  for (const pkg of productionPackages(lock)) {
    parts.push(`## ${pkg.name} ${pkg.version}`, '', `Licence: ${pkg.license}`, '');
    // Platform-specific native packages are installed only on their own OS, so the document must not
    // depend on which one is present: their licence is named, and its text ships inside the package.
    const text = pkg.platformSpecific ? null : licenceText(join(root, pkg.path));
    parts.push(text ? text.split('\n').map((line) => `    ${line}`.trimEnd()).join('\n') : '    (The licence text ships with the package itself.)', '');
  }
  parts.push(readFileSync(nativeNotices, 'utf8').trim(), '');
  parts.push(readFileSync(dataNotices, 'utf8').trim(), '');
  return parts.join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const rendered = renderNotices();
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== rendered) {
      process.stderr.write('resources/licenses/THIRD_PARTY_NOTICES.md is out of date: run `npm run notices`.\n');
      process.exit(1);
    }
  } else {
    writeFileSync(target, rendered);
  }
}
