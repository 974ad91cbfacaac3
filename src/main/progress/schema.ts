/**
 * The saved progress file's shape, as the JSON Schema electron-store and `conf` check on every
 * read and write, and its defaults. A file that does not fit is not half-used: it is set aside
 * and progress starts fresh (see open-backend.ts).
 */
import { emptyProgress, type Progress } from '../../shared/progress';

/** The file's name without extension, inside the app's data folder. */
export const PROGRESS_FILE = 'progress';

const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const text = { type: 'string', maxLength: 10_000 };
const shortText = { type: 'string', maxLength: 100 };
const nullable = (schema: object) => ({ anyOf: [{ type: 'null' }, schema] });

/** JSON Schema of the one key the file holds, `progress`. */
export const PROGRESS_SCHEMA = {
  progress: {
    type: 'object',
    required: ['checklist', 'icloudLastBackup', 'confirmedSteps', 'support', 'backupAttempt', 'notice'],
    properties: {
      checklist: {
        type: 'object',
        propertyNames: { pattern: '^[a-z0-9-]{1,64}$' },
        additionalProperties: { enum: ['not-yet', 'fine', 'culprit'] },
      },
      icloudLastBackup: nullable({
        type: 'object',
        required: ['date', 'notedAt'],
        properties: { date: { anyOf: [isoDay, { const: 'never' }] }, notedAt: shortText },
      }),
      confirmedSteps: { type: 'array', maxItems: 64, items: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } },
      support: {
        type: 'object',
        required: ['errorText', 'howLong', 'iosVersion'],
        properties: { errorText: text, howLong: text, iosVersion: text },
      },
      backupAttempt: nullable({
        type: 'object',
        required: ['udid', 'startedAt', 'previousNewest'],
        properties: {
          udid: shortText,
          startedAt: shortText,
          previousNewest: { type: ['string', 'null'], maxLength: 100 },
          previousSizeBytes: { type: ['number', 'null'], minimum: 0 },
        },
      }),
      notice: nullable({
        type: 'object',
        required: ['kind', 'at'],
        properties: { kind: { enum: ['reset-unreadable', 'not-saved'] }, keptAs: { type: ['string', 'null'] }, at: shortText },
      }),
    },
  },
} as const;

/** What a fresh file holds. */
export function progressDefaults(): { progress: Progress } {
  return { progress: emptyProgress() };
}
