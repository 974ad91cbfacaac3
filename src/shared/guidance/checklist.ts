/**
 * The iCloud checklist's order and what the person's marks add up to. The order goes from what
 * is most often wrong and quickest to put right to what changes the most: storage, then Wi-Fi and
 * power, then a test backup, then the rarer causes, and resetting network settings last.
 */
import type { Progress } from '../progress';
import type { ChecklistKind, ChecklistState } from './types';

/** Every checklist item's id and kind, in the order to work through them. */
export const CHECKLIST_ORDER: ReadonlyArray<{ id: string; kind: ChecklistKind }> = [
  { id: 'storage', kind: 'cause' },
  { id: 'wifi', kind: 'cause' },
  { id: 'power', kind: 'cause' },
  { id: 'backup-switch', kind: 'cause' },
  { id: 'try-backup-now', kind: 'try' },
  { id: 'too-much-data', kind: 'cause' },
  { id: 'ios-update', kind: 'cause' },
  { id: 'apple-account', kind: 'cause' },
  { id: 'reset-network', kind: 'last-resort' },
];

/** The test backup's id: its "fine" mark means iCloud backs up again. */
export const TRY_ITEM = 'try-backup-now';

/** Reads the checklist's state from the person's marks. */
export function checklistState(progress: Pick<Progress, 'checklist'>): ChecklistState {
  const items = CHECKLIST_ORDER.map(({ id, kind }) => ({ id, kind, mark: progress.checklist[id] ?? 'not-yet' }));
  const open = items.filter((item) => item.mark === 'not-yet');
  const icloudWorks = progress.checklist[TRY_ITEM] === 'fine';
  return {
    items,
    nextItem: open[0]?.id ?? null,
    checkedCount: items.length - open.length,
    culprits: items.filter((item) => item.kind !== 'try' && item.mark === 'culprit').map((item) => item.id),
    icloudWorks,
    exhausted: open.length === 0 && !icloudWorks,
  };
}
