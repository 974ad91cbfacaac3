/**
 * The local-backup walkthrough for this computer's program, advancing by itself as the phone is
 * plugged in, trusts the computer and is backed up, and by the person's word where the computer
 * cannot see what happened.
 */
import { useEffect, useRef } from 'react';
import { routeProgramName } from '../../../shared/guidance/route';
import type { StepId, Walkthrough as Plan } from '../../../shared/guidance/types';
import { deviceInSentence, deviceNoun, modelName } from '../../../shared/content/device-names';
import { LOCAL_BACKUP_WHY } from '../../../shared/content/icloud-help';
import { backupLine, routeExplained } from '../../../shared/content/overview';
import { contentsLine, ENCRYPTED_CONTENTS, stoppedWords } from '../../../shared/content/backup-proof';
import { formatCount, formatSize } from '../../../shared/content/format';
import { problemContent } from '../../../shared/content/problems';
import { stepContent } from '../../../shared/content/walkthrough-steps';
import { BackupStopped } from '../components/BackupStopped';
import { ProblemCard } from '../components/ProblemCard';
import { ScreenTitle } from '../components/ScreenTitle';
import { StepDetails } from '../components/StepDetails';
import { focusAndReveal } from '../focus';
import { useArrivedByNavigation } from '../hooks/useArrival';
import { useFocusFollows } from '../hooks/useFocusFollows';
import type { ScreenProps } from './screen-props';

function doneNote(step: StepId, plan: Plan): string | null {
  if (step === 'connect' && plan.device) {
    const { device } = plan;
    // A phone with no name read yet is already called by its model: "Found your iPhone 15 Pro", once.
    const model = device.name ? ` — ${modelName(device)}` : '';
    return `Found ${deviceInSentence(device)}${model}${device.iosVersion ? `, iOS ${device.iosVersion}` : ''}.`;
  }
  if (step === 'trust' && plan.device?.paired === true) return `The ${deviceNoun(plan.device)} trusts this computer.`;
  return null;
}

/** What the app found and proved about the finished backup, in a sentence. */
function foundDetails(plan: Plan): string {
  const { backup } = plan;
  const size = 'sizeBytes' in backup && backup.sizeBytes !== null ? ` (${formatSize(backup.sizeBytes)})` : '';
  if (backup.state === 'verified') {
    const files = backup.filesListed === null ? 'every file it lists' : `all ${formatCount(backup.filesListed)} files it lists`;
    return `The app found the finished backup on this computer${size} and checked that ${files} are here. Keep it where it is: a restore needs the folder untouched.`;
  }
  if (backup.state === 'encrypted') return `The app found the finished backup on this computer${size}. ${ENCRYPTED_CONTENTS}`;
  return '';
}

/** The walkthrough screen. */
export default function Walkthrough({ bridge, snapshot, guidance, now, go }: ScreenProps) {
  const { walkthrough, route } = guidance;
  const program = routeProgramName(route);
  const steps = useRef<HTMLOListElement>(null);
  const currentHeading = useRef<HTMLHeadingElement>(null);
  const finished = useRef<HTMLElement>(null);
  const finishedHeading = useRef<HTMLHeadingElement>(null);
  // A stopped backup's card, else the step to act on, else the finished backup: where focus goes on arrival and after every move on.
  const focusTarget = () => {
    const stoppedHeading = document.getElementById('stopped-heading');
    if (stoppedHeading) return { focus: stoppedHeading, reveal: stoppedHeading.closest('section') };
    return currentHeading.current
      ? { focus: currentHeading.current, reveal: currentHeading.current.closest('li') }
      : { focus: finishedHeading.current, reveal: finished.current };
  };
  const stage = `${walkthrough.current ?? 'none'}/${walkthrough.finished ?? 'open'}/${walkthrough.backup.state === 'stopped' ? 'stopped' : 'going'}`;
  const followNextChange = useFocusFollows(stage, focusTarget, steps);
  const arrived = useArrivedByNavigation();
  useEffect(() => {
    if (!arrived) return;
    // Something that stops the backup comes first; otherwise the step to act on.
    const problem = document.getElementById('problem-heading');
    const target = problem ? { focus: problem, reveal: problem.closest('section') } : focusTarget();
    focusAndReveal(target.focus, target.reveal);
    // Only on arrival; useFocusFollows moves focus on later changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const confirm = (step: StepId) => bridge.setProgress({ kind: 'confirm-step', step, done: true }).catch(() => undefined);
  const restart = () => {
    followNextChange();
    bridge.setProgress({ kind: 'restart-walkthrough' }).catch(() => undefined);
  };
  const status = backupLine(guidance, now);
  const currentIndex = walkthrough.current ? walkthrough.steps.findIndex((step) => step.id === walkthrough.current) : -1;
  const noun = deviceNoun(walkthrough.device);
  const currentWords = walkthrough.current ? stepContent(walkthrough.current, route, noun) : null;
  const { backup } = walkthrough;
  const stopped = backup.state === 'stopped' ? stoppedWords(backup.reason, backup.at, program) : null;

  return (
    <>
      <ScreenTitle lead={`${routeExplained(route, snapshot.host)} ${LOCAL_BACKUP_WHY}`} focusOnArrival={false}>
        {route === 'none' ? 'Back up to this computer' : `Back up with ${program}`}
      </ScreenTitle>
      {walkthrough.problem ? (
        <ProblemCard problem={problemContent(walkthrough.problem, snapshot.host.os, route, walkthrough.device !== null, noun)} bridge={bridge} />
      ) : null}
      <p className="live" role="status" data-testid="walkthrough-status">
        {stopped
          ? `${stopped.title}. What happened and what to do now are below.`
          : `${walkthrough.current && currentWords ? `Step ${currentIndex + 1} of ${walkthrough.steps.length}: ${currentWords.title}.` : 'All steps done.'}${status ? ` ${status}.` : ''}`}
      </p>
      {stopped ? <BackupStopped words={stopped} actions={stepContent('open-program', route, noun).actions ?? []} bridge={bridge} /> : null}
      {walkthrough.finished ? (
        <section ref={finished} className="card message done" aria-labelledby="finished-heading" data-testid="walkthrough-finished">
          <h2 id="finished-heading" data-testid="backup-status" ref={finishedHeading} tabIndex={-1}>
            {walkthrough.finished === 'found' ? `${status}.` : 'Backup finished'}
          </h2>
          {backup.state === 'verified' && backup.contents ? (
            <p className="big" data-testid="backup-contents">
              {contentsLine(backup.contents)}
            </p>
          ) : null}
          <p>
            {walkthrough.finished === 'found'
              ? foundDetails(walkthrough)
              : walkthrough.backup.state === 'cannot-see'
                ? 'You said the program finished. The app could not look into the backup folder to check it.'
                : 'You said the program finished, but the app has not found the new backup on this computer. Check the date of the latest backup in the program, and on the Last backup dates page.'}
          </p>
          {guidance.checklist.icloudWorks ? null : (
            <p data-testid="back-to-icloud">
              Your {noun} is safe now. Next, get iCloud backing up again, so it stays safe without the cable.
            </p>
          )}
          <div className="buttons">
            {guidance.checklist.icloudWorks ? null : (
              <button type="button" className="button primary" onClick={() => go('checklist')}>
                Back to fixing iCloud
              </button>
            )}
            <button type="button" className="button" onClick={() => go('dates')}>
              See backup dates
            </button>
            <button type="button" className="button" onClick={restart}>
              Make another backup
            </button>
          </div>
        </section>
      ) : null}
      <ol className="steps" ref={steps}>
        {walkthrough.steps.map(({ id, state }, index) => {
          const words = stepContent(id, route, noun);
          const note = state === 'done' ? doneNote(id, walkthrough) : null;
          return (
            <li key={id} className={`step ${state}`} data-testid={`step-${id}`} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-marker" aria-hidden="true">
                {state === 'upcoming' ? index + 1 : null}
              </span>
              <div className="step-main">
                <h2 className="step-title" ref={state === 'current' ? currentHeading : undefined} tabIndex={state === 'current' ? -1 : undefined}>
                  {words.title}
                  <span className="visually-hidden">{state === 'done' ? ' (done)' : state === 'current' ? ' (current step)' : ''}</span>
                </h2>
                {note ? <p className="muted">{note}</p> : null}
                {state === 'current' ? (
                  <>
                    <StepDetails words={words} guidance={guidance} bridge={bridge} backupStatus={status} host={snapshot.host} />
                    {walkthrough.awaitsConfirmation && words.confirm ? (
                      <button type="button" className="button primary" onClick={() => confirm(id)}>
                        {words.confirm}
                      </button>
                    ) : null}
                  </>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {walkthrough.finished ? null : (
        <p>
          <button type="button" className="button quiet" onClick={restart}>
            Start the walkthrough over
          </button>
        </p>
      )}
    </>
  );
}
