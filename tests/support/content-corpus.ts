/** Every word the app can show, gathered from the content modules, for tests that read the whole text. */
import { CHECKLIST_ITEMS, MARK_LABELS } from '../../src/shared/content/checklist-items';
import { CHECKLIST_INTRO, LOCAL_BACKUP_WHY, PATH_TO_ICLOUD_DATE, PREVENTION, STILL_STUCK } from '../../src/shared/content/icloud-help';
import { ENCRYPTION, encryptionHow } from '../../src/shared/content/encryption';
import { pictureAlt } from '../../src/shared/content/pictures';
import { everyPictureSpec, PICTURE_DEVICES } from './picture-specs';
import { PASSCODE_PROMPT, stepContent } from '../../src/shared/content/walkthrough-steps';
import { problemContent } from '../../src/shared/content/problems';
import { ICLOUD_STATUS_LABEL, nextStepWords, routeExplained, stepInShort, warningWords } from '../../src/shared/content/overview';
import { supportSummary } from '../../src/shared/content/support-summary';
import { plan } from '../../src/shared/guidance/plan';
import { backup, NOW, PHONES, progress, snapshot } from './snapshots';
import { STEP_IDS, type ProblemId } from '../../src/shared/guidance/types';
import type { Route } from '../../src/shared/guidance/route';
import type { OsFamily } from '../../src/shared/snapshot';

/** Every route. */
export const ROUTES: Route[] = ['finder', 'apple-devices', 'itunes', 'idevicebackup2', 'none'];
/** Every OS family. */
export const OSES: OsFamily[] = ['macos', 'windows', 'linux', 'other'];
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
  const fixed = [CHECKLIST_ITEMS, MARK_LABELS, CHECKLIST_INTRO, LOCAL_BACKUP_WHY, PATH_TO_ICLOUD_DATE, PREVENTION, STILL_STUCK, ENCRYPTION, PASSCODE_PROMPT, ICLOUD_STATUS_LABEL];
  const perRoute = ROUTES.flatMap((route) => [
    encryptionHow(route),
    ...STEP_IDS.flatMap((step) => [stepContent(step, route), stepInShort(step, route)]),
    ...OSES.flatMap((os) => [routeExplained(route, os), ...PROBLEMS.flatMap((problem) => [problemContent(problem, os, route, true), problemContent(problem, os, route, false)])]),
  ]);
  const pictures = everyPictureSpec().flatMap((spec) => Object.values(PICTURE_DEVICES).map((device) => pictureAlt(spec, device)));
  return [...new Set(strings([...fixed, ...perRoute, ...pictures, ...derived()]))];
}

/** Words built from the planner's decisions, over worlds that reach every next step and warning. */
function derived(): unknown[] {
  const worlds = [
    snapshot(),
    snapshot({ devices: [PHONES.recovery], status: { state: 'outage', message: 'Down.' }, sources: { status: { state: 'unavailable', reason: 'Offline.' } } }),
    snapshot({ os: 'windows', version: '10.0.22631', software: { appleDevices: false, itunes: 'none', mobileDeviceService: 'missing' }, freeBytes: 1 }),
    snapshot({ devices: [PHONES.ready], backups: [backup({ inProgress: { bytesWritten: 5_000_000 } })], sources: { backups: { state: 'needs-permission', reason: 'x' } } }),
    snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-10-01T00:00:00Z' })], sources: { backups: { state: 'unavailable', reason: 'x' } } }),
  ];
  const saved = [progress(), progress({ checklist: { 'try-backup-now': 'fine', storage: 'culprit' } })];
  return worlds.flatMap((world) =>
    saved.flatMap((state) => {
      const guidance = plan(world, state, NOW);
      return [nextStepWords(guidance, world, NOW), guidance.warnings.map((warning) => warningWords(warning, guidance, world)), supportSummary(world, state, guidance, NOW)];
    }),
  );
}
