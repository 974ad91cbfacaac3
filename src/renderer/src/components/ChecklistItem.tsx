/**
 * One checklist item: folded to its title and mark, opened when it becomes the next to check. It
 * never closes by itself, so marking it with the arrow keys does not pull it away from under the
 * person's focus; they fold it when they like.
 */
import { useEffect, useRef, useState } from 'react';
import { SAFETY_FIRST } from '../../../shared/content/safety-first';
import type { ChecklistItemContent } from '../../../shared/content/checklist-items';
import type { ChecklistMark } from '../../../shared/progress';
import { PHONE_SCREENS } from '../../../shared/content/illustrations';
import { Illustration } from './Illustration';
import { PathSteps } from './PathSteps';

/** Props for a checklist item. */
export interface ChecklistItemProps {
  id: string;
  number: number;
  words: ChecklistItemContent;
  labels: Record<ChecklistMark, string>;
  mark: ChecklistMark;
  isNext: boolean;
  onMark(mark: ChecklistMark): void;
  /** Changes each time the person asks to be taken to this item: it opens and takes the focus. */
  jumpCount?: number;
  /** For a risky check: a recent local backup in words (null when there is none), and the way to make one. */
  safety?: { alreadySafe: string | null; backUp(): void };
}

const MARKS: ChecklistMark[] = ['fine', 'culprit', 'not-yet'];

/** The item, as a disclosure with its marks inside. */
export function ChecklistItem({ id, number, words, labels, mark, isNext, onMark, jumpCount, safety }: ChecklistItemProps) {
  const picture = words.illustration ? <Illustration id={words.illustration} /> : null;
  const beside = words.illustration !== undefined && PHONE_SCREENS.has(words.illustration);
  const [open, setOpen] = useState(isNext || jumpCount !== undefined);
  const [wasNext, setWasNext] = useState(isNext);
  if (isNext !== wasNext) {
    setWasNext(isNext);
    if (isNext) setOpen(true);
  }
  const [jumped, setJumped] = useState(jumpCount);
  if (jumpCount !== jumped) {
    setJumped(jumpCount);
    setOpen(true);
  }
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (jumpCount === undefined) return;
    summary.current?.focus();
    summary.current?.scrollIntoView?.({ block: 'start' });
  }, [jumpCount]);
  return (
    <li className={`check-item mark-${mark}${isNext ? ' next' : ''}`} data-testid={`check-${id}`}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary ref={summary}>
          <span className="number" aria-hidden="true">
            {number}
          </span>
          <span className="check-title">{words.title}</span>
          <span className={`flag mark ${mark}`}>{isNext && mark === 'not-yet' ? 'Next' : labels[mark]}</span>
        </summary>
        <div className="check-body">
          {picture && beside ? picture : null}
          {words.risky && safety ? (
            <div className="callout" data-testid={`safety-first-${id}`}>
              {safety.alreadySafe ? (
                <p>{safety.alreadySafe}</p>
              ) : (
                <>
                  <p>
                    <strong>{SAFETY_FIRST.title}.</strong> {SAFETY_FIRST.why}
                  </p>
                  <button type="button" className="button" onClick={safety.backUp}>
                    {SAFETY_FIRST.button}
                  </button>
                </>
              )}
            </div>
          ) : null}
          <p>{words.why}</p>
          <h3>Where to look</h3>
          <PathSteps steps={words.where} />
          <p>{words.look}</p>
          <h3>What to do</h3>
          <ul>
            {words.fix.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {words.notes?.map((note) => (
            <p key={note} className="note">
              {note}
            </p>
          ))}
          {picture && !beside ? picture : null}
          <fieldset className="marks">
            <legend>How did it go?</legend>
            {MARKS.map((value) => (
              <label key={value} className={value === mark ? 'chosen' : undefined}>
                <input type="radio" name={`mark-${id}`} value={value} checked={value === mark} onChange={() => onMark(value)} />
                {labels[value]}
              </label>
            ))}
          </fieldset>
        </div>
      </details>
    </li>
  );
}
