/**
 * The saved progress file's shape, as the JSON Schema electron-store and `conf` check on every
 * read and write, and its defaults. A file that does not fit is not half-used: it is set aside
 * and progress starts fresh (see open-backend.ts).
 */
import { emptyProgress, type Progress } from '../../shared/progress';

/** The file's name without extension, inside the app's data folder. */
export const PROGRESS_FILE = 'progress';

/**
 * The file's limits, in one place: the IPC schemas (ipc-schemas.ts) take theirs from here, so the
 * page can never send what the file would then refuse to save.
 */
export const PROGRESS_LIMITS = {
  /** Checklist item and walkthrough step ids. */
  idPattern: '^[a-z0-9-]{1,64}$',
  /** What the person types for Apple Support. */
  maxText: 10_000,
  /** Dates, UDIDs and other short values. */
  maxShortText: 100,
  maxConfirmedSteps: 64,
  maxChecklistMarks: 64,
} as const;

const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const text = { type: 'string', maxLength: PROGRESS_LIMITS.maxText };
const shortText = { type: 'string', maxLength: PROGRESS_LIMITS.maxShortText };
const nullable = (schema: object) => ({ anyOf: [{ type: 'null' }, schema] });

/** JSON Schema of the one key the file holds, `progress`. */
export const PROGRESS_SCHEMA = {
  progress: {
    type: 'object',
    required: ['checklist', 'icloudLastBackup', 'confirmedSteps', 'support', 'backupAttempt', 'notice'],
    properties: {
      checklist: {
        type: 'object',
        maxProperties: PROGRESS_LIMITS.maxChecklistMarks,
        propertyNames: { pattern: PROGRESS_LIMITS.idPattern },
        additionalProperties: { enum: ['not-yet', 'fine', 'culprit'] },
      },
      icloudLastBackup: nullable({
        type: 'object',
        required: ['date', 'notedAt'],
        properties: { date: { anyOf: [isoDay, { const: 'never' }] }, notedAt: shortText },
      }),
      confirmedSteps: { type: 'array', maxItems: PROGRESS_LIMITS.maxConfirmedSteps, items: { type: 'string', pattern: PROGRESS_LIMITS.idPattern } },
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
          previousNewest: { type: ['string', 'null'], maxLength: PROGRESS_LIMITS.maxShortText },
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
