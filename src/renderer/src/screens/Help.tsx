/**
 * Get help: whether the trouble is Apple's, and a summary for Apple Support built from what the
 * app knows plus what the person types, copied through main (the page has no clipboard access).
 */
import { useState } from 'react';
import { STILL_STUCK } from '../../../shared/content/icloud-help';
import { ICLOUD_STATUS_LABEL } from '../../../shared/content/overview';
import { supportSummary } from '../../../shared/content/support-summary';
import type { SupportNotes } from '../../../shared/progress';
import { ActionButton } from '../components/ActionButton';
import { ScreenTitle } from '../components/ScreenTitle';
import type { ScreenProps } from './screen-props';

/** The help screen. */
export default function Help({ bridge, snapshot, progress, guidance, now }: ScreenProps) {
  const [notes, setNotes] = useState<SupportNotes>(progress.support);
  const save = (field: keyof SupportNotes) => {
    if (notes[field] !== progress.support[field]) {
      bridge.setProgress({ kind: 'support', field, value: notes[field] }).catch(() => undefined);
    }
  };
  const edit = (field: keyof SupportNotes) => (event: { target: { value: string } }) => setNotes({ ...notes, [field]: event.target.value });
  const summary = supportSummary(snapshot, { ...progress, support: notes }, guidance, now);
  const phoneVersion = guidance.walkthrough.device?.iosVersion;
  const status = snapshot.icloudBackupStatus;

  return (
    <>
      <ScreenTitle lead="When nothing on the checklist helps, there are two ways forward.">Get help</ScreenTitle>
      <section className="card" aria-labelledby="apple-side-heading">
        <h2 id="apple-side-heading">1. {STILL_STUCK.statusTitle}</h2>
        <p>{STILL_STUCK.status}</p>
        <p>
          Right now Apple says: <strong>{ICLOUD_STATUS_LABEL[status.state]}</strong> — {status.message}
        </p>
        <ActionButton bridge={bridge} request={{ action: 'open-system-status' }} label="Open Apple’s status page" />
      </section>
      <section className="card" aria-labelledby="support-heading">
        <h2 id="support-heading">2. {STILL_STUCK.supportTitle}</h2>
        <p>{STILL_STUCK.support}</p>
        <div className="form">
          <label htmlFor="error-text">The exact error message, word for word (if there is one)</label>
          <textarea id="error-text" rows={3} value={notes.errorText} onChange={edit('errorText')} onBlur={() => save('errorText')} />
          <label htmlFor="how-long">How long has it been going on?</label>
          <input id="how-long" type="text" placeholder="for example: about three weeks" value={notes.howLong} onChange={edit('howLong')} onBlur={() => save('howLong')} />
          {phoneVersion ? (
            <p>
              iOS version: <strong>{phoneVersion}</strong> (read from the connected phone)
            </p>
          ) : (
            <>
              <label htmlFor="ios-version">iOS version (on the phone: Settings → General → About → iOS Version)</label>
              <input id="ios-version" type="text" inputMode="decimal" value={notes.iosVersion} onChange={edit('iosVersion')} onBlur={() => save('iosVersion')} />
            </>
          )}
        </div>
        <label htmlFor="summary" className="summary-label">
          Your summary, ready to paste into a message or read out on the phone
        </label>
        <textarea id="summary" className="summary" readOnly rows={summary.split('\n').length + 1} value={summary} data-testid="support-summary" />
        <div className="buttons">
          <ActionButton bridge={bridge} request={{ action: 'copy-text', text: summary }} label="Copy the summary" primary />
          <ActionButton bridge={bridge} request={{ action: 'open-apple-support' }} label="Contact Apple Support" />
        </div>
      </section>
    </>
  );
}
