/**
 * Schemas for every argument the renderer can send. Main never trusts a payload's shape: each
 * is parsed here first, and anything else gets a clear error instead of reaching the core.
 */
import { z } from 'zod';
import { CHECKLIST_ORDER } from '../shared/guidance/checklist';
import { STEP_IDS } from '../shared/guidance/types';
import { ACTION_IDS } from '../shared/ipc';
import { PROGRESS_LIMITS } from './progress/schema';
import { isDeviceUdid } from '../shared/safe-text';

// Every limit below is the progress file's own (or tighter), so nothing the page may send can make
// the file invalid and every later save fail. Ids are the app's own, so marks and confirmed steps
// can never outnumber what the file holds.
const shortText = z.string().max(PROGRESS_LIMITS.maxText);
const checklistItemId = z.enum(CHECKLIST_ORDER.map((item) => item.id) as [string, ...string[]]);
const stepId = z.enum(STEP_IDS);
// A phone's UDID in one of the two shapes Apple uses, and nothing else.
const udid = z.string().max(64).refine(isDeviceUdid, 'not a UDID');

/** No argument at all. */
export const noArgument = z.undefined();

/** `progress:set`. */
export const progressUpdateSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('checklist'),
    item: checklistItemId,
    mark: z.enum(['not-yet', 'fine', 'culprit']),
  }),
  z.strictObject({
    kind: z.literal('icloud-last-backup'),
    date: z.union([z.iso.date(), z.literal('never')]).nullable(),
  }),
  z.strictObject({ kind: z.literal('confirm-step'), step: stepId, done: z.boolean() }),
  z.strictObject({ kind: z.literal('support'), field: z.enum(['errorText', 'howLong', 'iosVersion']), value: shortText }),
  z.strictObject({
    kind: z.literal('backup-attempt'),
    udid,
    previousNewest: z.string().max(Math.min(64, PROGRESS_LIMITS.maxShortText)).nullable(),
    previousSizeBytes: z.number().int().nonnegative().nullable().optional(),
  }),
  z.strictObject({ kind: z.literal('restart-walkthrough') }),
  z.strictObject({ kind: z.literal('dismiss-notice') }),
  z.strictObject({ kind: z.literal('reset') }),
]);

const simpleActions = ACTION_IDS.filter(
  (id): id is Exclude<(typeof ACTION_IDS)[number], 'reveal-backup' | 'copy-text'> =>
    id !== 'reveal-backup' && id !== 'copy-text',
);

/** `action:run`: an action name from the enum, never a URL or a path. */
export const actionRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.enum(simpleActions) }),
  z.strictObject({ action: z.literal('reveal-backup'), udid }),
  z.strictObject({ action: z.literal('copy-text'), text: shortText }),
]);
