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
import { PhoneSays } from '../components/PhoneSays';
import { CHECKLIST_ITEMS } from '../../../shared/content/checklist-items';
import { ICLOUD_NEVER } from '../../../shared/progress';
import type { ScreenProps } from './screen-props';

/** The day `daysBack` days before `now`, as YYYY-MM-DD in this computer's time zone. */
function dayBefore(now: Date, daysBack: number): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysBack);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The dates screen. */
export default function Dates(props: ScreenProps) {
  const { bridge, guidance, now, snapshot, go } = props;
  const noted = guidance.dates.icloud;
  const never = guidance.dates.icloudNever;
  const [draft, setDraft] = useState(noted?.date ?? '');
  const note = (date: string) => bridge.setProgress({ kind: 'icloud-last-backup', date }).catch(() => undefined);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(draft)) void note(draft);
  };
  const quick = (date: string) => {
    setDraft(date === ICLOUD_NEVER ? '' : date);
    void note(date);
  };
  const flag = guidance.warnings.find((warning) => warning.id === 'backup-stale' || warning.id === 'backup-missing');
  const flagWords = flag ? warningWords(flag, guidance, snapshot) : null;
  return (
    <>
      <ScreenTitle lead="When did your phone last back up? More than a week ago means it is time to look.">Last backup dates</ScreenTitle>
      {flag && flagWords ? (
        <MessageCard message={{ ...flagWords, screen: flagWords.screen?.id === 'dates' ? undefined : flagWords.screen }} bridge={bridge} go={go} tone={flag.severity} />
      ) : null}
      <section className="card" aria-labelledby="icloud-date-heading" data-testid="icloud-date-section">
        <h2 id="icloud-date-heading">iCloud</h2>
        <p>The computer cannot read iCloud’s date, so look on your phone — the date is under the Back Up Now button:</p>
        <PathSteps steps={PATH_TO_ICLOUD_DATE} />
        <fieldset className="quick-dates">
          <legend>Your phone shows “Last successful backup:” and then…</legend>
          <div className="buttons">
            <button type="button" className="button" onClick={() => quick(dayBefore(now, 0))}>
              Today
            </button>
            <button type="button" className="button" onClick={() => quick(dayBefore(now, 1))}>
              Yesterday
            </button>
            <button type="button" className="button" onClick={() => quick(ICLOUD_NEVER)}>
              Never
            </button>
          </div>
        </fieldset>
        <form className="inline-form" onSubmit={save}>
          <label htmlFor="icloud-date">…or a date: type the date shown on your phone</label>
          <input id="icloud-date" type="date" max={dayBefore(now, 0)} value={draft} onChange={(event) => setDraft(event.target.value)} required />
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
          ) : never ? (
            <>
              Noted: <strong>Never</strong> — your phone has never finished an iCloud backup. <span className="flag warning">No iCloud backup</span>
            </>
          ) : (
            <>
              No date noted yet. <span className="flag">Not noted yet</span>
            </>
          )}
        </p>
        {never ? (
          <button type="button" className="button primary" onClick={() => go('checklist', 'backup-switch')}>
            Go to “{CHECKLIST_ITEMS['backup-switch']?.title}”
          </button>
        ) : null}
        {noted ? <p className="muted">You noted it on {formatDay(noted.notedAt)}; look again on the phone if that was a while ago.</p> : null}
      </section>
      <PhoneSays open={(item) => go('checklist', item)} />
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
