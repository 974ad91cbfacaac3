/**
 * How older progress files are brought up to today's shape. Migrations are keyed by the version of
 * the file's format, not of the app, so a release that leaves the format alone migrates nothing.
 * `conf` runs each migration newer than the one recorded in the file, in order, before it checks
 * the schema.
 */
import { emptyProgress } from '../../shared/progress';

/** The format version this build writes. */
export const PROGRESS_FORMAT_VERSION = '2.0.0';

/** The little of a store a migration touches (electron-store and conf both have it). */
export interface MigratableStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * 1.0.0 → 2.0.0: the first format had no iOS version in the support notes, no backup attempt and
 * no notice. Everything the person already entered is kept as it was.
 */
export function migrateTo2(store: MigratableStore): void {
  const old = store.get('progress');
  if (!isRecord(old)) return;
  const fresh = emptyProgress();
  const support = isRecord(old.support) ? old.support : {};
  store.set('progress', {
    ...fresh,
    ...old,
    support: { ...fresh.support, ...support },
    backupAttempt: old.backupAttempt ?? null,
    notice: old.notice ?? null,
  });
}

/** Every migration, by the format version it produces. */
export const PROGRESS_MIGRATIONS: Record<string, (store: MigratableStore) => void> = {
  [PROGRESS_FORMAT_VERSION]: migrateTo2,
};
