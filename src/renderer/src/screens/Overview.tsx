/** The first screen: this computer and its route, the phone, Apple's status, the last backups, and the one next step. */
import { routeProgramName } from '../../../shared/guidance/route';
import { deviceLabel, modelName } from '../../../shared/content/device-names';
import { formatAge, formatDay } from '../../../shared/content/format';
import { ICLOUD_STATUS_LABEL, nextStepWords, routeExplained, warningWords } from '../../../shared/content/overview';
import type { DatedBackup } from '../../../shared/guidance/types';
import { ActionButton } from '../components/ActionButton';
import { DeviceId } from '../components/DeviceId';
import { FullDiskAccessGranted, useFullDiskAccess } from '../components/FullDiskAccessSteps';
import { MessageCard } from '../components/MessageCard';
import { ScreenTitle } from '../components/ScreenTitle';
import type { ScreenProps } from './screen-props';

/** A backup's date and age; with no date, a calm word about why (nothing noted yet is not a fault). */
function BackupAge({ label, backup, missing, flag }: { label: string; backup: DatedBackup | null; missing: string; flag: { text: string; tone: '' | 'warning' } | null }) {
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
            {missing} {flag ? <span className={`flag ${flag.tone}`.trim()}>{flag.text}</span> : null}
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
  const access = useFullDiskAccess(snapshot);
  return (
    <>
      <ScreenTitle>At a glance</ScreenTitle>
      {access === 'granted' ? <FullDiskAccessGranted /> : null}
      <MessageCard message={next} bridge={bridge} go={go} tone="next" testId="next-step" />
      {guidance.warnings.length > 0 ? (
        <div className="warnings">
          {guidance.warnings.map((warning) => (
            <MessageCard key={warning.id} message={warningWords(warning, guidance, snapshot)} bridge={bridge} go={go} tone={warning.severity} testId={`warning-${warning.id}`} />
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
            <strong>Backs up with {routeProgramName(guidance.route)}.</strong> {routeExplained(guidance.route, snapshot.host)}
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
            <BackupAge
              label="iCloud (as noted from your phone)"
              backup={dates.icloud}
              missing={dates.icloudNever ? 'Never, says your phone.' : 'Not noted yet.'}
              flag={dates.icloudNever ? { text: 'No iCloud backup', tone: 'warning' } : null}
            />
            <BackupAge
              label="On this computer"
              backup={dates.local}
              missing={dates.localKnown ? 'None yet.' : 'Not checked yet.'}
              flag={null}
            />
          </dl>
          <button type="button" className="button" onClick={() => go('dates')}>
            Note or see dates
          </button>
        </section>
      </div>
    </>
  );
}
