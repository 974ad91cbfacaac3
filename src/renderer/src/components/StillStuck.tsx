/** What to do when the checklist is done and iCloud still fails: Apple's status, a local backup, Apple Support. */
import { STILL_STUCK } from '../../../shared/content/icloud-help';
import { ICLOUD_STATUS_LABEL } from '../../../shared/content/overview';
import { ActionButton } from './ActionButton';
import type { ScreenProps } from '../screens/screen-props';

/** The "still not working?" section. */
export function StillStuck({ bridge, snapshot, go }: ScreenProps) {
  return (
    <section className="card" aria-labelledby="stuck-heading">
      <h2 id="stuck-heading">{STILL_STUCK.title}</h2>
      <h3>{STILL_STUCK.statusTitle}</h3>
      <p>{STILL_STUCK.status}</p>
      <p>
        Right now Apple says: <strong>{ICLOUD_STATUS_LABEL[snapshot.icloudBackupStatus.state]}</strong>.
      </p>
      <ActionButton bridge={bridge} request={{ action: 'open-system-status' }} label="Open Apple’s status page" />
      <h3>{STILL_STUCK.localTitle}</h3>
      <p>{STILL_STUCK.local}</p>
      <button type="button" className="button primary" onClick={() => go('walkthrough')}>
        Back up to this computer
      </button>
      <h3>{STILL_STUCK.supportTitle}</h3>
      <p>
        {STILL_STUCK.support} {STILL_STUCK.supportPointer}
      </p>
      <button type="button" className="button" onClick={() => go('help')}>
        Get help
      </button>
    </section>
  );
}
