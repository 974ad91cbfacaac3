/**
 * The last backup dates: the iCloud date the person reads off the phone (the computer cannot see
 * it), beside the local backups on this computer, each flagged when older than a week.
 */
import { useState, type FormEvent } from 'react';
import { PATH_TO_ICLOUD_DATE, PREVENTION } from '../../../shared/content/icloud-help';
import { formatAge, formatDay } from '../../../shared/content/format';
import { warningWords } from '../../../shared/content/overview';
import { PathSteps } from '../components/PathSteps';
import { ScreenTitle } from '../components/ScreenTitle';
import { MessageCard } from '../components/MessageCard';
import { LocalBackups } from '../components/LocalBackups';
import type { ScreenProps } from './screen-props';

function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The dates screen. */
export default function Dates(props: ScreenProps) {
  const { bridge, guidance, now, snapshot, go } = props;
  const noted = guidance.dates.icloud;
  const [draft, setDraft] = useState(noted?.date ?? '');
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(draft)) bridge.setProgress({ kind: 'icloud-last-backup', date: draft }).catch(() => undefined);
  };
  const flag = guidance.warnings.find((warning) => warning.id === 'backup-stale' || warning.id === 'backup-missing');
  return (
    <>
      <ScreenTitle lead="When did your phone last back up? More than a week ago means it is time to look.">Last backup dates</ScreenTitle>
      {flag ? <MessageCard message={{ ...warningWords(flag, guidance, snapshot), screen: undefined }} bridge={bridge} go={go} tone={flag.severity} /> : null}
      <section className="card" aria-labelledby="icloud-date-heading">
        <h2 id="icloud-date-heading">iCloud</h2>
        <p>The computer cannot read iCloud’s date, so look on your phone — the date is under the Back Up Now button:</p>
        <PathSteps steps={PATH_TO_ICLOUD_DATE} />
        <form className="inline-form" onSubmit={save}>
          <label htmlFor="icloud-date">“Last successful backup” date shown on your phone</label>
          <input id="icloud-date" type="date" max={today(now)} value={draft} onChange={(event) => setDraft(event.target.value)} required />
          <button type="submit" className="button primary">
            Save the date
          </button>
        </form>
        <p data-testid="icloud-date">
          {noted ? (
            <>
              Noted: <strong>{formatDay(noted.date)}</strong> ({formatAge(noted.ageDays)}){' '}
              {noted.stale ? <span className="flag warning">Older than a week</span> : <span className="flag ok">Recent</span>}
            </>
          ) : (
            <>
              No date noted yet. <span className="flag warning">Missing</span>
            </>
          )}
        </p>
        {noted ? <p className="muted">You noted it on {formatDay(noted.notedAt)}; look again on the phone if that was a while ago.</p> : null}
      </section>
      <LocalBackups {...props} />
      <section className="card" aria-labelledby="prevention-heading">
        <h2 id="prevention-heading">{PREVENTION.title}</h2>
        <ul>
          {PREVENTION.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
