/**
 * Schemas for every argument the renderer can send. Main never trusts a payload's shape: each
 * is parsed here first, and anything else gets a clear error instead of reaching the core.
 */
import { z } from 'zod';
import { ACTION_IDS } from '../shared/ipc';

const shortText = z.string().max(10_000);
const checklistItemId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const udid = z.string().regex(/^[0-9A-Fa-f-]{24,64}$/);

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
  z.strictObject({ kind: z.literal('confirm-step'), step: checklistItemId, done: z.boolean() }),
  z.strictObject({ kind: z.literal('support'), field: z.enum(['errorText', 'howLong', 'iosVersion']), value: shortText }),
  z.strictObject({
    kind: z.literal('backup-attempt'),
    udid,
    previousNewest: z.string().max(64).nullable(),
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
