/** Every word the app can show, gathered from the content modules, for tests that read the whole text. */
import { CHECKLIST_ITEMS, MARK_LABELS } from '../../src/shared/content/checklist-items';
import { CHECKLIST_INTRO, LOCAL_BACKUP_WHY, PATH_TO_ICLOUD_DATE, PREVENTION, STILL_STUCK } from '../../src/shared/content/icloud-help';
import { ENCRYPTION, encryptionHow } from '../../src/shared/content/encryption';
import { pictureAlt } from '../../src/shared/content/pictures';
import { everyPictureSpec, pictureDevices } from './picture-specs';
import { PASSCODE_PROMPT, stepContent } from '../../src/shared/content/walkthrough-steps';
import { problemContent } from '../../src/shared/content/problems';
import { ICLOUD_STATUS_LABEL, nextStepWords, routeExplained, stepInShort, warningWords } from '../../src/shared/content/overview';
import { supportSummary } from '../../src/shared/content/support-summary';
import { computerBackupLines, phoneLines, phoneSaysIntro, PHONE_SILENT } from '../../src/shared/content/phone-answers';
import { plan } from '../../src/shared/guidance/plan';
import { backup, NOW, PHONE_SAYS, PHONES, progress, snapshot } from './snapshots';
import { STEP_IDS, type ProblemId } from '../../src/shared/guidance/types';
import type { Route } from '../../src/shared/guidance/route';
import type { OsFamily, Snapshot } from '../../src/shared/snapshot';
import type { DeviceNoun } from '../../src/shared/content/device-names';
import { fullDiskAccessSteps, FULL_DISK_ACCESS_GRANTED } from '../../src/shared/content/full-disk-access';
import { PHONE_MESSAGES, PHONE_SAYS_INTRO } from '../../src/shared/content/phone-says';
import { SAFETY_FIRST } from '../../src/shared/content/safety-first';
import { passcodePrompt, passcodeWhileRunning } from '../../src/shared/content/walkthrough-steps';

/** Every route. */
export const ROUTES: Route[] = ['finder', 'apple-devices', 'itunes', 'idevicebackup2', 'none'];
/** Every OS family. */
export const OSES: OsFamily[] = ['macos', 'windows', 'linux', 'other'];
/** Every way a device is addressed. */
export const NOUNS: DeviceNoun[] = ['iPhone', 'iPad', 'iPod touch'];
/** Computers on each side of every line the words draw. */
export const HOSTS: Array<{ os: OsFamily; version: string }> = [
  { os: 'macos', version: '10.14.6' },
  { os: 'macos', version: '15.1' },
  { os: 'windows', version: '6.1.7601' },
  { os: 'windows', version: '10.0.19044' },
  { os: 'windows', version: '10.0.19045' },
  { os: 'windows', version: '10.0.22631' },
  { os: 'linux', version: '6.8' },
  { os: 'other', version: '' },
];
/** Every problem. */
export const PROBLEMS: ProblemId[] = ['recovery-mode', 'dfu-mode', 'no-device-support', 'network-only', 'program-missing', 'no-program'];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Each string the content modules can produce, once. */
export function contentStrings(): string[] {
  const fixed = [
    CHECKLIST_ITEMS, MARK_LABELS, CHECKLIST_INTRO, LOCAL_BACKUP_WHY, PATH_TO_ICLOUD_DATE, PREVENTION, STILL_STUCK, ENCRYPTION, PASSCODE_PROMPT, ICLOUD_STATUS_LABEL,
    fullDiskAccessSteps('15.1'), fullDiskAccessSteps('12.7'), FULL_DISK_ACCESS_GRANTED, PHONE_MESSAGES, PHONE_SAYS_INTRO, SAFETY_FIRST, NOUNS.map(passcodePrompt), NOUNS.map(passcodeWhileRunning),
    PHONE_SILENT,
  ];
  const perRoute = ROUTES.flatMap((route) => [
    encryptionHow(route),
    ...NOUNS.flatMap((noun) => STEP_IDS.flatMap((step) => [stepContent(step, route, noun), stepInShort(step, route, noun)])),
    ...HOSTS.map((host) => routeExplained(route, host)),
    ...OSES.flatMap((os) =>
      NOUNS.flatMap((noun) => PROBLEMS.flatMap((problem) => [problemContent(problem, os, route, true, noun), problemContent(problem, os, route, false, noun)])),
    ),
  ]);
  const phone = [phoneLines(PHONES.answering, NOW), computerBackupLines(PHONE_SAYS, NOW), phoneSaysIntro(PHONES.answering), phoneSaysIntro(null)];
  const pictures = everyPictureSpec().flatMap((spec) => Object.values(pictureDevices()).map((device) => pictureAlt(spec, device)));
  return [...new Set(strings([...fixed, ...perRoute, ...phone, ...pictures, ...derived()]))];
}

/** Words built from the planner's decisions, over worlds that reach every next step and warning. */
function derived(): unknown[] {
  const worlds: Snapshot[] = [
    snapshot(),
    snapshot({ devices: [PHONES.recovery], status: { state: 'outage', message: 'Down.' }, sources: { status: { state: 'unavailable', reason: 'Offline.' } } }),
    snapshot({ os: 'windows', version: '10.0.22631', software: { appleDevices: false, itunes: 'none', mobileDeviceService: 'missing' }, freeBytes: 1 }),
    snapshot({ devices: [PHONES.ready], backups: [backup({ inProgress: { bytesWritten: 5_000_000 } })], sources: { backups: { state: 'needs-permission', reason: 'x' } } }),
    snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-10-01T00:00:00Z' })], sources: { backups: { state: 'unavailable', reason: 'x' } } }),
  ];
  worlds.push(
    snapshot({ devices: [{ ...PHONES.ready, kind: 'ipad', productType: 'iPad13,4' }], backups: [backup({ lastBackupDate: '2026-11-01T09:00:00Z' })] }),
    snapshot({ devices: [PHONES.ready], backups: [backup({ inProgress: { bytesWritten: 7_000_000_000 } })] }),
    snapshot({ os: 'windows', version: '10.0.19044', devices: [PHONES.recovery] }),
  );
  const attempt = { udid: PHONES.ready.udid, startedAt: '2026-11-20T11:00:00Z', previousNewest: null, previousSizeBytes: 6_000_000_000 };
  const saved = [
    progress(),
    progress({ checklist: { 'try-backup-now': 'fine', storage: 'culprit' } }),
    progress({ icloudLastBackup: { date: 'never', notedAt: NOW.toISOString() }, backupAttempt: attempt, confirmedSteps: ['open-program', 'options', 'back-up-now'] }),
    progress({ icloudLastBackup: { date: '2026-10-01', notedAt: NOW.toISOString() } }),
  ];
  return worlds.flatMap((world) =>
    saved.flatMap((state) => {
      const guidance = plan(world, state, NOW);
      return [nextStepWords(guidance, world, NOW), guidance.warnings.map((warning) => warningWords(warning, guidance, world)), supportSummary(world, state, guidance, NOW)];
    }),
  );
}
