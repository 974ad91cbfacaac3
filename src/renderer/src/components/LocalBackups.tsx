/** The local backups on this computer, newest first, with their state; a folder can be shown but is never changed. */
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

function byDate(a: Backup, b: Backup): number {
  return Date.parse(b.lastBackupDate ?? '') - Date.parse(a.lastBackupDate ?? '') || 0;
}

/** The local backups section. */
export function LocalBackups({ bridge, snapshot, now }: ScreenProps) {
  const source = snapshot.sources.backups;
  const access = useFullDiskAccess(snapshot);
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
        <table className="backups">
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
            {[...snapshot.backups].sort(byDate).map((backup) => {
              const age = backup.lastBackupDate ? ageInDays(backup.lastBackupDate, now) : null;
              return (
                <tr key={backup.udid} data-testid="local-backup">
                  <th scope="row">
                    {backup.deviceName ?? 'Unnamed device'}
                    <DeviceId udid={backup.udid} />
                  </th>
                  <td>
                    {backup.lastBackupDate ? `${formatMoment(backup.lastBackupDate, now)} (${formatAge(age ?? 0)})` : 'Unknown'}
                    {age !== null && age > STALE_AFTER_DAYS ? <span className="flag warning">Older than a week</span> : null}
                  </td>
                  <td>{state(backup)}</td>
                  <td>{backup.sizeBytes !== null ? formatSize(backup.sizeBytes) : '—'}</td>
                  <td>
                    <ActionButton bridge={bridge} request={{ action: 'reveal-backup', udid: backup.udid }} label="Show folder" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
