/**
 * The local backups on this computer, newest first, with what the app proved about each (every
 * listed file there, what it holds) and archived copies listed apart; a folder can be shown but
 * is never changed.
 */
import { archivedLabel, contentsLine, ENCRYPTED_CONTENTS, verificationLine } from '../../../shared/content/backup-proof';
import { formatAge, formatMoment, formatSize } from '../../../shared/content/format';
import { ageInDays, STALE_AFTER_DAYS } from '../../../shared/guidance/dates';
import type { Backup } from '../../../shared/snapshot';
import { ActionButton } from './ActionButton';
import { DeviceId } from './DeviceId';
import { FullDiskAccessGranted, FullDiskAccessSteps, useFullDiskAccess } from './FullDiskAccessSteps';
import type { ScreenProps } from '../screens/screen-props';

function state(backup: Backup): string {
  if (backup.inProgress) return 'Being written now';
  if (backup.problem) return backup.problem;
  if (backup.complete === false) return 'Unfinished';
  return backup.encrypted ? 'Complete, encrypted' : 'Complete';
}

/** What is inside, or why an encrypted one cannot say; nothing while it is being written or unread. */
function inside(backup: Backup): string | null {
  if (backup.inProgress) return null;
  if (backup.verification.state === 'encrypted') return ENCRYPTED_CONTENTS;
  return backup.contents ? contentsLine(backup.contents) : null;
}

/** What was proven, unless the state already says it (a problem naming the missing files) or the contents line explains it (encrypted). */
function proofOf(backup: Backup): string | null {
  const { state } = backup.verification;
  if (state === 'encrypted' || ((state === 'files-missing' || state === 'unreadable') && backup.problem)) return null;
  return verificationLine(backup);
}

function byDate(a: Backup, b: Backup): number {
  return Date.parse(b.lastBackupDate ?? '') - Date.parse(a.lastBackupDate ?? '') || 0;
}

function BackupsTable({ backups, caption, bridge, now }: { backups: Backup[]; caption: string } & Pick<ScreenProps, 'bridge' | 'now'>) {
  return (
    <table className="backups">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Phone</th>
          <th scope="col">Last backup</th>
          <th scope="col">State</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Folder</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...backups].sort(byDate).map((backup) => {
          const age = backup.lastBackupDate ? ageInDays(backup.lastBackupDate, now) : null;
          const proof = proofOf(backup);
          const holds = inside(backup);
          const archived = archivedLabel(backup);
          return (
            <tr key={backup.path} data-testid={backup.archived ? 'archived-backup' : 'local-backup'}>
              <th scope="row">
                {backup.deviceName ?? 'Unnamed device'}
                {archived ? <span className="muted"> ({archived})</span> : null}
                <DeviceId udid={backup.udid} />
              </th>
              <td>
                {backup.lastBackupDate ? `${formatMoment(backup.lastBackupDate, now)} (${formatAge(age ?? 0)})` : 'Unknown'}
                {age !== null && age > STALE_AFTER_DAYS && !backup.archived ? <span className="flag warning">Older than a week</span> : null}
              </td>
              <td>
                <span data-testid="backup-state">{state(backup)}</span>
                {proof ? (
                  <span className="muted backup-proof" data-testid="backup-verification">
                    {proof}
                  </span>
                ) : null}
                {holds ? (
                  <span className="backup-contents" data-testid="backup-contents">
                    {holds}
                  </span>
                ) : null}
              </td>
              <td>{backup.sizeBytes !== null ? formatSize(backup.sizeBytes) : '—'}</td>
              <td>{backup.archived ? null : <ActionButton bridge={bridge} request={{ action: 'reveal-backup', udid: backup.udid }} label="Show folder" />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The local backups section. */
export function LocalBackups({ bridge, snapshot, now }: ScreenProps) {
  const source = snapshot.sources.backups;
  const access = useFullDiskAccess(snapshot);
  const live = snapshot.backups.filter((backup) => !backup.archived);
  const archived = snapshot.backups.filter((backup) => backup.archived);
  return (
    <section className="card" aria-labelledby="local-heading">
      <h2 id="local-heading">On this computer</h2>
      {access === 'granted' ? <FullDiskAccessGranted /> : null}
      {access === 'needed' ? (
        <>
          <p>macOS keeps the backup folder private. Allow Backup Lifeboat to read it (it never changes anything there):</p>
          <FullDiskAccessSteps bridge={bridge} macosVersion={snapshot.host.version} headingLevel={3} />
        </>
      ) : source.state !== 'ok' ? (
        <p>{source.state === 'pending' ? 'Not checked yet.' : `The backup folder could not be read. ${source.reason ?? ''}`}</p>
      ) : snapshot.backups.length === 0 ? (
        <p>
          No backups on this computer yet. <span className="flag">None yet</span>
        </p>
      ) : (
        <>
          {live.length > 0 ? <BackupsTable backups={live} caption="Backups on this computer" bridge={bridge} now={now} /> : <p>No current backups; only archived copies.</p>}
          {archived.length > 0 ? (
            <>
              <h3 id="archived-heading">Archived copies</h3>
              <p className="muted">Copies Finder or iTunes kept with the date they were made. They are never updated; a restore can still use them.</p>
              <BackupsTable backups={archived} caption="Archived copies" bridge={bridge} now={now} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
