/** Tells the person when their saved progress had to start fresh, or cannot be saved. */
import type { Bridge } from '../../../shared/ipc';
import type { ProgressNotice } from '../../../shared/progress';

/** Props for the banner. */
export interface NoticeBannerProps {
  notice: ProgressNotice;
  bridge: Bridge;
}

function words(notice: ProgressNotice): { title: string; body: string } {
  if (notice.kind === 'not-saved') {
    return {
      title: 'Your progress is not being saved',
      body: 'This computer would not let the app save your checklist. It works for now, but will be forgotten when you close the app.',
    };
  }
  return {
    title: 'Your saved progress could not be read, so the app started fresh',
    body: notice.keptAs
      ? `Nothing is lost: the old file was kept as “${notice.keptAs}” in the app’s data folder. Just mark the checklist again.`
      : 'Just mark the checklist again.',
  };
}

/** The banner, with a button to dismiss it. */
export function NoticeBanner({ notice, bridge }: NoticeBannerProps) {
  const { title, body } = words(notice);
  return (
    <section className="notice" aria-labelledby="notice-title" data-testid="progress-notice">
      <div>
        <h2 id="notice-title">{title}</h2>
        <p>{body}</p>
      </div>
      <button type="button" className="button" onClick={() => void bridge.setProgress({ kind: 'dismiss-notice' }).catch(() => undefined)}>
        OK
      </button>
    </section>
  );
}
