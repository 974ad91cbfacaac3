/** The iCloud checklist: every cause in the order that fixes most failures, each marked by the person and remembered. */
import { useState } from 'react';
import { CHECKLIST_ITEMS, MARK_LABELS } from '../../../shared/content/checklist-items';
import { checklistState } from '../../../shared/guidance/checklist';
import { CHECKLIST_INTRO } from '../../../shared/content/icloud-help';
import type { ChecklistMark } from '../../../shared/progress';
import { ScreenTitle } from '../components/ScreenTitle';
import { StillStuck } from '../components/StillStuck';
import { ChecklistItem } from '../components/ChecklistItem';
import { PhoneAnswers } from '../components/PhoneAnswers';
import { phoneLines } from '../../../shared/content/phone-answers';
import { PhoneSays } from '../components/PhoneSays';
import { alreadySafe } from '../../../shared/content/safety-first';
import { formatAge, formatDay } from '../../../shared/content/format';
import type { ScreenProps } from './screen-props';

/** The checklist screen. */
export default function Checklist(props: ScreenProps) {
  const { bridge, progress, guidance, go, jump, now } = props;
  const phone = guidance.walkthrough.device;
  const lines = phone ? phoneLines(phone, now) : {};
  const [localJump, setLocalJump] = useState<{ item: string; count: number } | null>(null);
  const target = localJump && (!jump || localJump.count > jump.count) ? localJump : jump;
  const open = (item: string) => setLocalJump({ item, count: Math.max(localJump?.count ?? 0, jump?.count ?? 0) + 1 });
  const local = guidance.dates.local;
  const safety = {
    alreadySafe: local && !local.stale ? alreadySafe(`${formatDay(local.date)} (${formatAge(local.ageDays)})`) : null,
    backUp: () => go('walkthrough'),
  };
  // A mark shows at once, before main has saved it; main's answer then takes over.
  const [pending, setPending] = useState<Record<string, ChecklistMark>>({});
  const saved = Object.keys(pending).filter((item) => (progress.checklist[item] ?? 'not-yet') === pending[item]);
  if (saved.length > 0) setPending((current) => Object.fromEntries(Object.entries(current).filter(([item]) => !saved.includes(item))));
  const checklist = checklistState({ checklist: { ...progress.checklist, ...pending } });
  const mark = (item: string, value: ChecklistMark) => {
    setPending((current) => ({ ...current, [item]: value }));
    bridge.setProgress({ kind: 'checklist', item, mark: value }).catch(() =>
      setPending((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== item))),
    );
  };
  return (
    <>
      <ScreenTitle lead={CHECKLIST_INTRO.lead} focusOnArrival={!jump}>{CHECKLIST_INTRO.title}</ScreenTitle>
      <section className="card intro" aria-labelledby="order-heading">
        <h2 id="order-heading">Why this order</h2>
        <p>{CHECKLIST_INTRO.order}</p>
        <p>{CHECKLIST_INTRO.several}</p>
        <p className="progress-line" data-testid="checklist-count" role="status">
          {checklist.checkedCount} of {checklist.items.length} checked
          {checklist.icloudWorks ? ' — the test backup worked.' : ''}
        </p>
      </section>
      <PhoneAnswers device={phone} now={now} />
      <PhoneSays open={open} />
      <ol className="checklist">
        {checklist.items.map((item, index) => {
          const words = CHECKLIST_ITEMS[item.id];
          if (!words) return null;
          return (
            <ChecklistItem
              key={item.id}
              id={item.id}
              number={index + 1}
              words={words}
              labels={words.marks ?? MARK_LABELS}
              mark={item.mark}
              isNext={checklist.nextItem === item.id}
              phoneLine={lines[item.id]}
              onMark={(value) => mark(item.id, value)}
              jumpCount={target?.item === item.id ? target.count : undefined}
              safety={safety}
            />
          );
        })}
      </ol>
      <StillStuck {...props} />
    </>
  );
}
