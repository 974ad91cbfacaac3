/** The first screen: this computer and its route, the phone, Apple's status, the last backups, and the one next step. */
import { lazy, Suspense } from 'react';
import { routeProgramName } from '../../../shared/guidance/route';
import { deviceLabel, modelName } from '../../../shared/content/device-names';
import { formatAge, formatDay } from '../../../shared/content/format';
import { ICLOUD_STATUS_LABEL, nextStepWords, routeExplained, warningWords } from '../../../shared/content/overview';
import type { DatedBackup } from '../../../shared/guidance/types';
import { ActionButton } from '../components/ActionButton';
import { DeviceId } from '../components/DeviceId';
import { MessageCard } from '../components/MessageCard';
import { ScreenTitle } from '../components/ScreenTitle';
import type { ScreenProps } from './screen-props';

// Loaded only when a Mac needs it, so the picture stays out of the first screen's script.
const FullDiskAccessPicture = lazy(() => import('../pictures/FullDiskAccessPicture'));

function BackupAge({ label, backup, missing, known = true }: { label: string; backup: DatedBackup | null; missing: string; known?: boolean }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>
        {backup ? (
          <>
            {formatDay(backup.date)} <span className="muted">({formatAge(backup.ageDays)})</span>
            {backup.stale ? <span className="flag warning">Older than a week</span> : <span className="flag ok">Recent</span>}
          </>
        ) : (
          <>
            {missing} {known ? <span className="flag warning">Missing</span> : null}
          </>
        )}
      </dd>
    </div>
  );
}

/** The overview screen. */
export function Overview({ bridge, snapshot, guidance, now, go }: ScreenProps) {
  const next = nextStepWords(guidance, snapshot, now);
  const status = snapshot.icloudBackupStatus;
  const { dates } = guidance;
  return (
    <>
      <ScreenTitle>At a glance</ScreenTitle>
      <MessageCard message={next} bridge={bridge} go={go} tone="next" testId="next-step" />
      {guidance.warnings.length > 0 ? (
        <div className="warnings">
          {guidance.warnings.map((warning) => (
            <MessageCard key={warning.id} message={warningWords(warning, guidance, snapshot)} bridge={bridge} go={go} tone={warning.severity} testId={`warning-${warning.id}`}>
              {warning.id === 'backups-need-permission' && snapshot.host.os === 'macos' ? (
                <Suspense fallback={null}>
                  <FullDiskAccessPicture macosVersion={snapshot.host.version} />
                </Suspense>
              ) : null}
            </MessageCard>
          ))}
        </div>
      ) : null}
      <div className="grid">
        <section className="card" aria-labelledby="computer-heading">
          <h2 id="computer-heading">This computer</h2>
          <p className="big" data-testid="host-name">
            {snapshot.host.displayName}
          </p>
          <p data-testid="route">
            <strong>Backs up with {routeProgramName(guidance.route)}.</strong> {routeExplained(guidance.route, snapshot.host.os)}
          </p>
        </section>
        <section className="card" aria-labelledby="phone-heading">
          <h2 id="phone-heading">Your phone</h2>
          {snapshot.devices.length === 0 ? (
            <p>No phone is connected. Plug it in with a cable when you want to back it up to this computer.</p>
          ) : (
            <ul className="devices">
              {snapshot.devices.map((device) => (
                <li key={device.udid} data-testid="connected-device">
                  <span className="big" data-testid="device-name">{deviceLabel(device)}</span>
                  <span className="muted">
                    {modelName(device)}
                    {device.iosVersion ? `, iOS ${device.iosVersion}` : ''}
                    {device.connections.includes('usb') ? '' : ', over Wi-Fi only'}
                  </span>
                  <DeviceId udid={device.udid} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="status-heading" data-testid="icloud-status">
          <h2 id="status-heading">iCloud Backup at Apple</h2>
          <p className="big">
            <span className={`dot ${status.state}`} aria-hidden="true" />
            {ICLOUD_STATUS_LABEL[status.state]}
          </p>
          <p>{status.message}</p>
          <ActionButton bridge={bridge} request={{ action: 'open-system-status' }} label="Open Apple’s status page" />
        </section>
        <section className="card" aria-labelledby="dates-heading">
          <h2 id="dates-heading">Last backups</h2>
          <dl className="facts">
            <BackupAge label="iCloud (as noted from your phone)" backup={dates.icloud} missing="Not noted yet." />
            <BackupAge label="On this computer" backup={dates.local} missing={dates.localKnown ? 'None found.' : 'Not checked yet.'} known={dates.localKnown} />
          </dl>
          <button type="button" className="button" onClick={() => go('dates')}>
            Note or see dates
          </button>
        </section>
      </div>
    </>
  );
}
